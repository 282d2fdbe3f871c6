/**
 * GaeCalculator (chapter 5): a short episode — a reward and a value estimate per token — plus
 * γ and λ give the TD errors δ_t, the GAE advantages A_t and the returns A_t + V_t, in a table
 * read from the last token back to the first, as GAE computes them. Presets set λ = 0 (one-step
 * TD) and λ = 1 (Monte Carlo return minus the value baseline). Computed by src/lib `gae`:
 * δ_t is gae(…, λ = 0).advantages, which is exactly r_t + γV_{t+1} − V_t.
 * Default: rewards [0, 0, 1], values [0.5, 0.6, 0.8], γ = 1, λ = 0.5, the chapter's example.
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { gae } from '@site/src/lib';
import {
  FieldRow,
  NumberField,
  NumberListField,
  PresetButton,
  Presets,
  ResultRow,
  ResultTable,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['alignment/gae.ts'] as const;
export const GAE_DEFAULTS = { rewards: [0, 0, 1], values: [0.5, 0.6, 0.8], gamma: 1, lambda: 0.5 } as const;

export default function GaeCalculator() {
  const rewards = useNumberListField(GAE_DEFAULTS.rewards, { minLength: 1 });
  const values = useNumberListField(GAE_DEFAULTS.values, { minLength: 1 });
  const gamma = useNumberField(GAE_DEFAULTS.gamma, { min: 0, max: 1 });
  const lambda = useNumberField(GAE_DEFAULTS.lambda, { min: 0, max: 1 });

  const result = useLibResult(() => {
    if (!rewards.values || !values.values || gamma.value === undefined || lambda.value === undefined) return undefined;
    const r = rewards.values;
    const v = values.values;
    const out = gae(r, v, gamma.value, lambda.value);
    return { r, v, deltas: gae(r, v, gamma.value, 0).advantages, ...out };
  }, [rewards.values, values.values, gamma.value, lambda.value]);

  const res = result.value;
  const T = res?.r.length ?? 0;
  const order = Array.from({ length: T }, (_, i) => T - 1 - i);

  return (
    <WidgetFrame
      name="GaeCalculator"
      title={<Translate id="gaeCalculator.title">GAE 计算器：从最后一个词元往回算</Translate>}
      description={
        <Translate id="gaeCalculator.description">
          输入一个短回合里每一步的奖励和价值估计，调 γ 和 λ，看 TD 误差 δ、优势 A 和回报怎样从后往前一步步算出来。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        rewards.reset();
        values.reset();
        gamma.reset();
        lambda.reset();
      }}
    >
      <FieldRow>
        <NumberListField
          field={rewards}
          label={translate({ id: 'gaeCalculator.rewards', message: '每步奖励 r_t（逗号分隔）' })}
          hint={translate({
            id: 'gaeCalculator.rewardsHint',
            message: 'RLHF 里通常只有最后一步有奖励模型的分数',
          })}
        />
        <NumberListField
          field={values}
          label={translate({ id: 'gaeCalculator.values', message: '价值估计 V(s_t)（逗号分隔）' })}
          hint={translate({
            id: 'gaeCalculator.valuesHint',
            message: '与奖励一样长；最后一步之后是终止状态，V = 0',
          })}
          libError={result.error}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={gamma}
          label={translate({ id: 'gaeCalculator.gamma', message: '折扣 γ' })}
          slider={{ min: 0, max: 1, step: 0.01 }}
        />
        <NumberField
          field={lambda}
          label={translate({ id: 'gaeCalculator.lambda', message: 'GAE 参数 λ' })}
          slider={{ min: 0, max: 1, step: 0.01 }}
        />
      </FieldRow>
      <Presets title={<Translate id="gaeCalculator.presets">两个极端：</Translate>}>
        <PresetButton pressed={lambda.value === 0} onClick={() => lambda.setText('0')}>
          <Translate id="gaeCalculator.preset0">λ = 0：一步 TD</Translate>
        </PresetButton>
        <PresetButton pressed={lambda.value === 1} onClick={() => lambda.setText('1')}>
          <Translate id="gaeCalculator.preset1">λ = 1：蒙特卡洛减基线</Translate>
        </PresetButton>
      </Presets>
      <p className={styles.note} data-testid="lambda-note" aria-live="polite">
        {lambda.value === 0 ? (
          <Translate id="gaeCalculator.note0">
            λ = 0：A_t 就是 δ_t，只看一步真实奖励，其余全靠价值估计 V(s_t+1)。方差小，但 V 估得不准时偏差大。
          </Translate>
        ) : lambda.value === 1 && gamma.value === 1 ? (
          <Translate id="gaeCalculator.note1">
            λ = 1：A_t 是从 t 起的全部（折扣）奖励减去 V(s_t)，中间的价值估计全部相消。无偏，但方差大。
          </Translate>
        ) : lambda.value === 1 ? (
          <Translate id="gaeCalculator.note1g">
            λ = 1：A_t 是从 t 起的折扣回报减去 V(s_t)，中间的价值估计全部相消。无偏，但方差大。
          </Translate>
        ) : (
          translate({
            id: 'gaeCalculator.noteMid',
            message: '0 < λ < 1：A_t = δ_t + γλ·A_t+1，把后面各步的 δ 按 (γλ) 的幂加权求和，在偏差和方差之间折中。',
          })
        )}
      </p>
      <ResultTable
        testId="gae-table"
        stale={result.stale}
        caption={
          <Translate id="gaeCalculator.tableCaption">
            从下往上读是时间顺序；GAE 从最上面一行（最后一步）开始算，每一行用到上一行的 A。
          </Translate>
        }
        columns={[
          't',
          'r_t',
          'V(s_t)',
          'V(s_t+1)',
          <Translate id="gaeCalculator.col.delta">δ_t = r_t + γV(s_t+1) − V(s_t)</Translate>,
          <Translate id="gaeCalculator.col.adv">A_t = δ_t + γλA_t+1</Translate>,
          <Translate id="gaeCalculator.col.return">回报 A_t + V(s_t)</Translate>,
        ]}
      >
        <tbody>
          {res && (
            <ResultRow tone="muted">
              <th scope="row">{T}</th>
              <td colSpan={6}>
                <Translate id="gaeCalculator.terminal">终止状态：V = 0，A = 0</Translate>
              </td>
            </ResultRow>
          )}
          {res &&
            order.map((t) => (
              <tr key={t} data-testid="gae-row">
                <th scope="row">{t}</th>
                <td>{formatNumber(res.r[t], 4)}</td>
                <td>{formatNumber(res.v[t], 4)}</td>
                <td>{t + 1 < T ? formatNumber(res.v[t + 1], 4) : '0'}</td>
                <td data-testid="delta">{formatNumber(res.deltas[t], 4)}</td>
                <td data-testid="advantage">{formatNumber(res.advantages[t], 4)}</td>
                <td data-testid="return">{formatNumber(res.returns[t], 4)}</td>
              </tr>
            ))}
        </tbody>
      </ResultTable>
    </WidgetFrame>
  );
}
