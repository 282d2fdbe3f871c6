/**
 * BestOfN (chapter 4): a base policy over K responses, each with a reward. Draw n responses
 * with a seed and keep the one with the highest reward; next to it the exact expected reward
 * of best-of-n, the exact KL from the base policy and the usual bound log n − (n−1)/n, as
 * charts and a table over n. Computed by src/lib (sampleBestOfN, bestOfNExpectedReward,
 * bestOfNExactKl, bestOfNKl, bestOfNDistribution). Defaults are the chapter's worked example.
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  bestOfNDistribution,
  bestOfNExactKl,
  bestOfNExpectedReward,
  bestOfNKl,
  createRng,
  sampleBestOfN,
} from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  NumberField,
  NumberListField,
  ResultGrid,
  ResultItem,
  ResultTable,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['reward/best-of-n.ts'] as const;
export const BEST_OF_N_DEFAULTS = {
  probs: [0.4, 0.3, 0.2, 0.08, 0.02],
  rewards: [0, 1, 2, 3, 4],
  n: 4,
  seed: 1,
} as const;
/** The n of the chart and the table. */
export const N_GRID = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64] as const;
const TABLE_N = [1, 2, 4, 8, 16, 32, 64];

export default function BestOfN() {
  const probs = useNumberListField(BEST_OF_N_DEFAULTS.probs, { min: 0, minLength: 1 });
  const rewards = useNumberListField(BEST_OF_N_DEFAULTS.rewards, { minLength: 1 });
  const n = useNumberField(BEST_OF_N_DEFAULTS.n, { min: 1, max: 1000, integer: true });
  const seed = useNumberField(BEST_OF_N_DEFAULTS.seed, { integer: true });

  const curves = useLibResult(() => {
    if (!probs.values || !rewards.values) return undefined;
    const p = probs.values;
    const r = rewards.values;
    return N_GRID.map((k) => ({
      n: k,
      reward: bestOfNExpectedReward(p, r, k),
      kl: bestOfNExactKl(p, r, k),
      bound: bestOfNKl(k),
    }));
  }, [probs.values, rewards.values]);

  const current = useLibResult(() => {
    if (!probs.values || !rewards.values || n.value === undefined || seed.value === undefined) return undefined;
    const p = probs.values;
    const r = rewards.values;
    return {
      draw: sampleBestOfN(p, r, n.value, createRng(seed.value)),
      reward: bestOfNExpectedReward(p, r, n.value),
      base: bestOfNExpectedReward(p, r, 1),
      kl: bestOfNExactKl(p, r, n.value),
      bound: bestOfNKl(n.value),
      dist: bestOfNDistribution(p, r, n.value),
    };
  }, [probs.values, rewards.values, n.value, seed.value]);

  const err = current.error ?? curves.error ?? '';
  const probsError = /probs/.test(err) ? err : null;
  const rewardsError = err && !probsError && /rewards|length/.test(err) ? err : null;
  const nError = err && !probsError && !rewardsError ? err : null;

  const v = current.value;
  const rows = curves.value ?? [];
  const label = (i: number) => translate({ id: 'bestOfN.response', message: '回答 {i}' }, { i: String(i + 1) });

  return (
    <WidgetFrame
      name="BestOfN"
      title={<Translate id="bestOfN.title">Best-of-n：采样 n 个，留下奖励最高的</Translate>}
      description={
        <Translate id="bestOfN.description">
          基础策略以给定概率生成几种回答，每种回答有一个奖励。按种子采样 n
          个、留下奖励最高的那个；看期望奖励和偏离基础策略的 KL 怎样随 n 增长。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        probs.reset();
        rewards.reset();
        n.reset();
        seed.reset();
      }}
    >
      <FieldRow>
        <NumberListField
          field={probs}
          label={translate({ id: 'bestOfN.probs', message: '基础策略的概率 p（逗号分隔，和为 1）' })}
          libError={probsError}
        />
        <NumberListField
          field={rewards}
          label={translate({ id: 'bestOfN.rewards', message: '每个回答的奖励 r' })}
          libError={rewardsError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={n}
          label={translate({ id: 'bestOfN.n', message: '样本数 n' })}
          libError={nError}
          slider={{ min: 1, max: 64, step: 1 }}
        />
        <NumberField field={seed} label={translate({ id: 'bestOfN.seed', message: '随机种子' })} />
      </FieldRow>
      <div style={{ opacity: current.stale ? 0.5 : 1 }} aria-live="polite">
        <p className={styles.draw}>
          <Translate id="bestOfN.drawn">采样到：</Translate>{' '}
          <span data-testid="samples">{v ? v.draw.samples.map((s) => s + 1).join(', ') : '—'}</span>
          {' → '}
          <Translate id="bestOfN.kept">留下</Translate>{' '}
          <strong data-testid="chosen">{v ? label(v.draw.chosen) : '—'}</strong>
          {v && (
            <>
              {' '}
              (r = <span data-testid="chosen-reward">{formatNumber(v.draw.reward, 4)}</span>)
            </>
          )}
        </p>
        <ResultGrid minItemWidth="11rem">
          <ResultItem label={<Translate id="bestOfN.base">基础策略的期望奖励（n = 1）</Translate>} testId="base-reward">
            {v ? formatNumber(v.base, 4) : '—'}
          </ResultItem>
          <ResultItem
            label={<Translate id="bestOfN.expected">best-of-n 的期望奖励</Translate>}
            testId="expected-reward"
          >
            {v ? formatNumber(v.reward, 4) : '—'}
          </ResultItem>
          <ResultItem label={<Translate id="bestOfN.kl">精确 KL(π_bon ‖ π)</Translate>} testId="kl">
            {v ? formatNumber(v.kl, 4) : '—'}
          </ResultItem>
          <ResultItem label={<Translate id="bestOfN.bound">上界 log n − (n−1)/n</Translate>} testId="bound">
            {v ? formatNumber(v.bound, 4) : '—'}
          </ResultItem>
        </ResultGrid>
        {v && (
          // No `stale`: the block around it greys out old numbers already.
          <ResultTable
            testId="distribution"
            caption={
              <Translate id="bestOfN.distCaption">每个回答被留下的概率：基础策略 p 与 best-of-n 之后 π_bon</Translate>
            }
            columns={[<Translate id="bestOfN.col.response">回答</Translate>, 'r', 'p', 'π_bon']}
          >
            <tbody>
              {v.dist.map((q, i) => (
                <tr key={i}>
                  <th scope="row">{label(i)}</th>
                  <td>{formatNumber(rewards.values?.[i] ?? NaN, 4)}</td>
                  <td>{formatNumber(probs.values?.[i] ?? NaN, 4)}</td>
                  <td>{formatNumber(q, 4)}</td>
                </tr>
              ))}
            </tbody>
          </ResultTable>
        )}
      </div>
      <div className={styles.charts} style={{ opacity: curves.stale ? 0.5 : 1 }}>
        <LineChart
          series={[
            {
              id: 'reward',
              label: translate({ id: 'bestOfN.chart.reward', message: '期望奖励' }),
              points: rows.map((x) => [x.n, x.reward] as [number, number]),
            },
          ]}
          markers={n.value !== undefined && n.value <= 64 ? [{ x: n.value, label: 'n' }] : []}
          logX
          ariaLabel={translate({ id: 'bestOfN.chart.rewardAria', message: 'best-of-n 的期望奖励随 n 变化' })}
          caption={
            <Translate id="bestOfN.chart.rewardCaption">
              期望奖励随 n 上升，但越来越慢，最终逼近最高的奖励（横轴是对数刻度）。
            </Translate>
          }
          xLabel="n"
          yLabel={translate({ id: 'bestOfN.chart.reward', message: '期望奖励' })}
          height={200}
        />
        <LineChart
          series={[
            {
              id: 'bound',
              label: translate({ id: 'bestOfN.chart.bound', message: 'log n − (n−1)/n' }),
              points: rows.map((x) => [x.n, x.bound] as [number, number]),
              dashed: true,
              color: 2,
            },
            {
              id: 'kl',
              label: translate({ id: 'bestOfN.chart.kl', message: '精确 KL' }),
              points: rows.map((x) => [x.n, x.kl] as [number, number]),
            },
          ]}
          markers={n.value !== undefined && n.value <= 64 ? [{ x: n.value, label: 'n' }] : []}
          logX
          ariaLabel={translate({ id: 'bestOfN.chart.klAria', message: 'best-of-n 的 KL 随 n 变化' })}
          caption={
            <Translate id="bestOfN.chart.klCaption">
              KL 大约按 log n 增长：n 翻倍，KL 只多约 ln 2 ≈ 0.69 纳特。回答只有几种、奖励又有并列时，精确 KL
              低于这个常用公式——它其实是上界。
            </Translate>
          }
          table={{
            columns: [
              'n',
              translate({ id: 'bestOfN.chart.reward', message: '期望奖励' }),
              translate({ id: 'bestOfN.chart.kl', message: '精确 KL' }),
              translate({ id: 'bestOfN.chart.bound', message: 'log n − (n−1)/n' }),
            ],
            rows: rows
              .filter((x) => TABLE_N.includes(x.n))
              .map((x) => [x.n, formatNumber(x.reward, 4), formatNumber(x.kl, 4), formatNumber(x.bound, 4)]),
          }}
          xLabel="n"
          yLabel={translate({ id: 'bestOfN.chart.klAxis', message: 'KL（纳特）' })}
          height={200}
        />
      </div>
    </WidgetFrame>
  );
}
