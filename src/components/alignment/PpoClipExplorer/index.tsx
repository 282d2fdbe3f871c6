/**
 * PpoClipExplorer (chapter 5): PPO's clipped surrogate min(ρA, clip(ρ, 1−ε, 1+ε)A) against the
 * probability ratio ρ, one chart for a positive and one for a negative advantage, with the flat
 * (zero-gradient) region shaded; below, a few tokens with new and old log-probabilities and
 * advantages → ratios, which tokens are clipped, the clip fraction and the loss.
 * Computed by src/lib (ppoClipObjectiveCurve, ppoClipFlatRegion, ppoClipLoss).
 * Defaults: ε = 0.2, |A| = 1 and the four tokens of the chapter's worked example.
 */
import React, { useId, useMemo } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { ppoClipFlatRegion, ppoClipLoss, ppoClipObjective, ppoClipObjectiveCurve } from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  LineChart,
  NumberField,
  NumberListField,
  ResultGrid,
  ResultItem,
  ResultRow,
  ResultTable,
  WidgetFrame,
  formatNumber,
  formatPercent,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['alignment/ppo-curve.ts', 'alignment/ppo.ts'] as const;
export const PPO_CLIP_DEFAULTS = {
  epsilon: 0.2,
  advantage: 1,
  logProbs: [-0.5, -1.5, -0.9, -1.5],
  oldLogProbs: [-1, -1, -1, -1],
  advantages: [1, 1, -1, -1],
} as const;
/** ρ from 0 to 2 in steps of 0.02. */
const RATIOS = Array.from({ length: 101 }, (_, i) => i / 50);
const X_MAX = 2;

export default function PpoClipExplorer() {
  const epsilon = useNumberField(PPO_CLIP_DEFAULTS.epsilon, { min: 0.01, max: 0.99 });
  const advantage = useNumberField(PPO_CLIP_DEFAULTS.advantage, { min: 0.01, max: 100 });
  const logProbs = useNumberListField(PPO_CLIP_DEFAULTS.logProbs, { max: 0, minLength: 1 });
  const oldLogProbs = useNumberListField(PPO_CLIP_DEFAULTS.oldLogProbs, { max: 0, minLength: 1 });
  const advantages = useNumberListField(PPO_CLIP_DEFAULTS.advantages, { minLength: 1 });

  const curves = useLibResult(() => {
    if (epsilon.value === undefined || advantage.value === undefined) return undefined;
    const a = advantage.value;
    const e = epsilon.value;
    return {
      pos: ppoClipObjectiveCurve(a, e, RATIOS),
      neg: ppoClipObjectiveCurve(-a, e, RATIOS),
      posFlat: ppoClipFlatRegion(a, e),
      negFlat: ppoClipFlatRegion(-a, e),
    };
  }, [epsilon.value, advantage.value]);

  const tokens = useLibResult(() => {
    if (!logProbs.values || !oldLogProbs.values || !advantages.values || epsilon.value === undefined) return undefined;
    const adv = advantages.values;
    const e = epsilon.value;
    const out = ppoClipLoss(logProbs.values, oldLogProbs.values, adv, e);
    return { adv, ...out, clipped: out.ratios.map((r, i) => ppoClipObjective(r, adv[i], e).clipped) };
  }, [logProbs.values, oldLogProbs.values, advantages.values, epsilon.value]);

  const flatLabel = translate({ id: 'ppoClipExplorer.flat', message: '梯度为 0' });
  const charts = useMemo(() => {
    const c = curves.value;
    if (!c) return [];
    return [
      { key: 'pos', points: c.pos, flat: c.posFlat, sign: '+' },
      { key: 'neg', points: c.neg, flat: c.negFlat, sign: '−' },
    ];
  }, [curves.value]);

  const t = tokens.value;
  const id = useId();
  const tokenError = tokens.error;
  // The lib's message names the offending input first ("advantages has length 2 but …").
  const subject = tokenError ? (/[：:]\s*([A-Za-z]+)/.exec(tokenError)?.[1] ?? '') : '';
  const fieldOf = (s: string) => (s === 'oldLogProbs' || s === 'advantages' ? s : s ? 'logProbs' : '');

  return (
    <WidgetFrame
      name="PpoClipExplorer"
      title={<Translate id="ppoClipExplorer.title">PPO 的裁剪目标：比率走出 1 ± ε 之后</Translate>}
      description={
        <Translate id="ppoClipExplorer.description">
          调 ε，看裁剪目标随概率比 ρ 的变化：优势为正时 ρ 超过 1 + ε 就不再有奖励，为负时 ρ 低于 1 − ε
          就不再有惩罚（阴影区梯度为 0）。下方表格对几个词元算出比率、是否被裁剪和损失。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        epsilon.reset();
        advantage.reset();
        logProbs.reset();
        oldLogProbs.reset();
        advantages.reset();
      }}
    >
      <FieldRow>
        <NumberField
          field={epsilon}
          label={translate({ id: 'ppoClipExplorer.epsilon', message: '裁剪范围 ε' })}
          slider={{ min: 0.05, max: 0.5, step: 0.01 }}
          hint={translate({ id: 'ppoClipExplorer.epsilonHint', message: 'PPO 论文与 InstructGPT 用 0.2' })}
        />
        <NumberField
          field={advantage}
          label={translate({ id: 'ppoClipExplorer.advantage', message: '曲线的优势大小 |A|' })}
          slider={{ min: 0.1, max: 2, step: 0.1 }}
        />
      </FieldRow>
      <ErrorAlert error={curves.error} />
      <div className={styles.charts} style={{ opacity: curves.stale ? 0.5 : 1 }}>
        {charts.map((c) => (
          <LineChart
            key={c.key}
            series={[
              {
                id: 'objective',
                label: translate({ id: 'ppoClipExplorer.chart.objective', message: '裁剪目标' }),
                points: c.points.map((p) => [p.ratio, p.objective] as [number, number]),
              },
            ]}
            bands={c.flat ? [{ from: c.flat[0], to: Math.min(c.flat[1], X_MAX), label: flatLabel }] : []}
            markers={[{ x: 1, label: 'ρ = 1' }]}
            ariaLabel={
              c.sign === '+'
                ? translate({ id: 'ppoClipExplorer.chart.ariaPos', message: '优势为正时裁剪目标随比率变化的曲线' })
                : translate({ id: 'ppoClipExplorer.chart.ariaNeg', message: '优势为负时裁剪目标随比率变化的曲线' })
            }
            caption={
              c.sign === '+'
                ? translate({
                    id: 'ppoClipExplorer.chart.captionPos',
                    message: 'A > 0：目标随 ρ 线性上升，到 1 + ε 之后变平——把好词元的概率再往上推也得不到更多奖励。',
                  })
                : translate({
                    id: 'ppoClipExplorer.chart.captionNeg',
                    message:
                      'A < 0：ρ 低于 1 − ε 之后目标变平——把坏词元的概率再往下压也不再减少惩罚；ρ 变大时惩罚不设上限。',
                  })
            }
            table={{
              columns: [
                'ρ',
                translate({ id: 'ppoClipExplorer.chart.objective', message: '裁剪目标' }),
                translate({ id: 'ppoClipExplorer.chart.slope', message: '斜率 dL/dρ' }),
              ],
              rows: c.points
                .filter((_, i) => i % 10 === 0)
                .map((p) => [formatNumber(p.ratio, 3), formatNumber(p.objective, 4), formatNumber(p.slope, 4)]),
            }}
            xLabel={
              c.sign === '+'
                ? translate({ id: 'ppoClipExplorer.chart.xPos', message: '概率比 ρ（A > 0）' })
                : translate({ id: 'ppoClipExplorer.chart.xNeg', message: '概率比 ρ（A < 0）' })
            }
            yLabel={translate({ id: 'ppoClipExplorer.chart.y', message: '目标 L(ρ)' })}
            xDomain={[0, X_MAX]}
            height={220}
          />
        ))}
      </div>

      <h4 className={styles.step} id={`${id}-tokens`}>
        <Translate id="ppoClipExplorer.tokensHeading">逐词元：比率、裁剪与损失</Translate>
      </h4>
      <FieldRow>
        <NumberListField
          field={logProbs}
          label={translate({ id: 'ppoClipExplorer.logProbs', message: '新策略的对数概率 log π_θ' })}
          libError={fieldOf(subject) === 'logProbs' ? tokenError : null}
        />
        <NumberListField
          field={oldLogProbs}
          label={translate({ id: 'ppoClipExplorer.oldLogProbs', message: '采样时（旧策略）的对数概率 log π_old' })}
          libError={fieldOf(subject) === 'oldLogProbs' ? tokenError : null}
        />
        <NumberListField
          field={advantages}
          label={translate({ id: 'ppoClipExplorer.advantages', message: '每个词元的优势 A_t' })}
          libError={fieldOf(subject) === 'advantages' ? tokenError : null}
        />
      </FieldRow>
      <div style={{ opacity: tokens.stale ? 0.5 : 1 }}>
        <ResultGrid live>
          <ResultItem label={<Translate id="ppoClipExplorer.loss">策略损失（词元平均）</Translate>} testId="ppo-loss">
            {t ? formatNumber(t.loss, 4) : '—'}
          </ResultItem>
          <ResultItem label={<Translate id="ppoClipExplorer.clipFraction">裁剪比例</Translate>} testId="clip-fraction">
            {t ? formatPercent(t.clipFraction, 3) : '—'}
          </ResultItem>
        </ResultGrid>
        <ResultTable
          testId="token-table"
          labelledBy={`${id}-tokens`}
          columns={[
            <Translate id="ppoClipExplorer.col.token">词元</Translate>,
            'A_t',
            <Translate id="ppoClipExplorer.col.ratio">比率 ρ_t</Translate>,
            'clip(ρ_t, 1−ε, 1+ε)',
            <Translate id="ppoClipExplorer.col.clipped">被裁剪？</Translate>,
            <Translate id="ppoClipExplorer.col.loss">损失 −min(ρA, clip·A)</Translate>,
          ]}
        >
          <tbody>
            {t?.ratios.map((r, i) => {
              const clipped = t.clipped[i];
              return (
                <ResultRow key={i} data-testid="token-row" tone={clipped ? 'warning' : undefined}>
                  <th scope="row">{i + 1}</th>
                  <td>{formatNumber(t.adv[i], 4)}</td>
                  <td>{formatNumber(r, 4)}</td>
                  <td>{formatNumber(t.clippedRatios[i], 4)}</td>
                  <td>
                    {clipped ? (
                      <Translate id="ppoClipExplorer.yes">是（梯度为 0）</Translate>
                    ) : (
                      <Translate id="ppoClipExplorer.no">否</Translate>
                    )}
                  </td>
                  <td>{formatNumber(t.tokenLosses[i], 4)}</td>
                </ResultRow>
              );
            })}
          </tbody>
        </ResultTable>
      </div>
    </WidgetFrame>
  );
}
