/**
 * KlEstimators (chapter 5): a policy and a reference over a few tokens; draw N tokens from the
 * policy with a seed and compute Schulman's three per-sample KL estimators k1, k2, k3 for each,
 * then their sample means and standard deviations next to the exact expectations and standard
 * deviations and the true KL, so bias (k2) and variance (k1 ≫ k3) can be read off.
 * Computed by src/lib (sampleKlEstimators, klEstimatorMoments). N ≤ 200 000 draws take a few
 * milliseconds, so no chunked runner is needed.
 * Defaults: policy [0.5, 0.3, 0.2], ref [0.4, 0.4, 0.2], N = 1000, seed 1 (the chapter's example).
 */
import React, { useId } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { createRng, klEstimatorMoments, sampleKlEstimators } from '@site/src/lib';
import {
  BarChart,
  FieldRow,
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

const LIB_FILES = ['alignment/kl-sampling.ts', 'alignment/kl-moments.ts', 'alignment/kl.ts'] as const;
export const KL_DEFAULTS = { policy: [0.5, 0.3, 0.2], ref: [0.4, 0.4, 0.2], n: 1000, seed: 1 } as const;
/** How many individual draws the table lists. */
export const FIRST_ROWS = 8;
const KS = ['k1', 'k2', 'k3'] as const;

export default function KlEstimators() {
  const policy = useNumberListField(KL_DEFAULTS.policy, { min: 0, max: 1, minLength: 2 });
  const ref = useNumberListField(KL_DEFAULTS.ref, { min: 0, max: 1, minLength: 2 });
  const n = useNumberField(KL_DEFAULTS.n, { min: 1, max: 200000, integer: true });
  const seed = useNumberField(KL_DEFAULTS.seed, { integer: true });

  const result = useLibResult(() => {
    if (!policy.values || !ref.values || n.value === undefined || seed.value === undefined) return undefined;
    return {
      sample: sampleKlEstimators(policy.values, ref.values, n.value, createRng(seed.value)),
      exact: klEstimatorMoments(policy.values, ref.values),
    };
  }, [policy.values, ref.values, n.value, seed.value]);

  const err = result.error ?? '';
  // The lib's message names the offending input first ("ref[1] is 0 where …", "policy must sum to 1").
  const policyError = /[：:]\s*policy/.test(err) ? err : null;
  const refError = err && !policyError ? err : null;
  const v = result.value;
  const id = useId();
  const names = {
    k1: translate({ id: 'klEstimators.k1', message: 'k1 = −log r' }),
    k2: translate({ id: 'klEstimators.k2', message: 'k2 = ½(log r)²' }),
    k3: translate({ id: 'klEstimators.k3', message: 'k3 = (r − 1) − log r' }),
  };

  return (
    <WidgetFrame
      name="KlEstimators"
      title={<Translate id="klEstimators.title">三个 KL 估计量：k1、k2、k3 的偏差与方差</Translate>}
      description={
        <Translate id="klEstimators.description">
          从策略里采样 N 个词元，每个样本算出 k1、k2、k3，再与真实 KL
          比较：谁的平均值对得上（无偏），谁的波动小（低方差）。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        policy.reset();
        ref.reset();
        n.reset();
        seed.reset();
      }}
    >
      <FieldRow>
        <NumberListField
          field={policy}
          label={translate({ id: 'klEstimators.policy', message: '策略 π 的概率（逗号分隔）' })}
          libError={policyError}
        />
        <NumberListField
          field={ref}
          label={translate({ id: 'klEstimators.ref', message: '参考模型 π_ref 的概率（逗号分隔）' })}
          libError={refError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField field={n} label={translate({ id: 'klEstimators.n', message: '样本数 N' })} />
        <NumberField field={seed} label={translate({ id: 'klEstimators.seed', message: '随机种子' })} />
      </FieldRow>
      <div style={{ opacity: result.stale ? 0.5 : 1 }} aria-live="polite">
        <ResultGrid>
          <ResultItem label={<Translate id="klEstimators.trueKl">真实 KL(π ‖ π_ref)</Translate>} testId="true-kl">
            {v ? formatNumber(v.exact.trueKl, 4) : '—'}
          </ResultItem>
        </ResultGrid>
        <h4 className={styles.step} id={`${id}-first`}>
          <Translate id="klEstimators.firstHeading">前几个样本（r = π_ref(x) / π(x)）</Translate>
        </h4>
        <ResultTable
          testId="sample-table"
          labelledBy={`${id}-first`}
          columns={['#', <Translate id="klEstimators.col.token">采到的词元 x</Translate>, 'k1', 'k2', 'k3']}
        >
          <tbody>
            {v?.sample.samples.slice(0, FIRST_ROWS).map((x, i) => (
              <tr key={i} data-testid="sample-row">
                <th scope="row">{i + 1}</th>
                <td>{x}</td>
                <td>{formatNumber(v.sample.k1[i], 4)}</td>
                <td>{formatNumber(v.sample.k2[i], 4)}</td>
                <td>{formatNumber(v.sample.k3[i], 4)}</td>
              </tr>
            ))}
          </tbody>
        </ResultTable>
        <h4 className={styles.step} id={`${id}-summary`}>
          <Translate id="klEstimators.summaryHeading">N 个样本的平均值与标准差，对照精确值</Translate>
        </h4>
        <ResultTable
          testId="summary-table"
          labelledBy={`${id}-summary`}
          columns={[
            <Translate id="klEstimators.col.estimator">估计量</Translate>,
            <Translate id="klEstimators.col.mean">样本平均</Translate>,
            <Translate id="klEstimators.col.exactMean">精确期望</Translate>,
            <Translate id="klEstimators.col.std">样本标准差</Translate>,
            <Translate id="klEstimators.col.exactStd">精确标准差</Translate>,
          ]}
        >
          <tbody>
            {v &&
              KS.map((k) => (
                <tr key={k}>
                  <th scope="row">{names[k]}</th>
                  <td data-testid={`mean-${k}`}>{formatNumber(v.sample.mean[k], 4)}</td>
                  <td data-testid={`exact-mean-${k}`}>{formatNumber(v.exact.mean[k], 4)}</td>
                  <td data-testid={`std-${k}`}>{formatNumber(v.sample.std[k], 4)}</td>
                  <td data-testid={`exact-std-${k}`}>{formatNumber(v.exact.std[k], 4)}</td>
                </tr>
              ))}
          </tbody>
        </ResultTable>
        {v && (
          <BarChart
            categories={['k1', 'k2', 'k3']}
            parts={[
              {
                label: translate({ id: 'klEstimators.chart.std', message: '样本标准差' }),
                values: KS.map((k) => v.sample.std[k]),
              },
            ]}
            ariaLabel={translate({ id: 'klEstimators.chart.aria', message: '三个估计量的样本标准差' })}
            caption={
              <Translate id="klEstimators.chart.caption">
                每个估计量单个样本的标准差。k1 有正有负，波动最大；k2 和 k3 恒非负。平均值要除以 √N 才是估计的误差。
              </Translate>
            }
            table={{
              columns: [
                translate({ id: 'klEstimators.col.estimator', message: '估计量' }),
                translate({ id: 'klEstimators.chart.std', message: '样本标准差' }),
              ],
              rows: KS.map((k) => [k, formatNumber(v.sample.std[k], 4)]),
            }}
            yLabel={translate({ id: 'klEstimators.chart.std', message: '样本标准差' })}
            height={200}
          />
        )}
      </div>
    </WidgetFrame>
  );
}
