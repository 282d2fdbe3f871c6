/**
 * DpoExplorer (chapter 5): the summed log-probabilities of a chosen and a rejected response
 * under the policy and the reference, β, the loss type and label smoothing ε → the margin h,
 * the loss of every variant (sigmoid/DPO, IPO, hinge, robust), the implicit rewards and the
 * gradient weight σ(−βh), with the selected loss plotted against h. Computed by src/lib
 * (dpoLoss, dpoGradientWeight, dpoLossCurve). Defaults: the worked example of the DPO section
 * (π_c = −12.1, π_r = −14.3, ref_c = −12.9, ref_r = −13.8, β = 0.1 → h = 1.3, loss ≈ 0.6303).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { dpoGradientWeight, dpoLoss, dpoLossCurve, type DpoLossType } from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  LineChart,
  NumberField,
  ResultGrid,
  ResultItem,
  ResultRow,
  ResultTable,
  SelectField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';

const LIB_FILES = ['alignment/dpo.ts', 'alignment/dpo-curve.ts'] as const;
const TYPES: readonly DpoLossType[] = ['sigmoid', 'ipo', 'hinge', 'robust'];
const CURVE_POINTS = 81;

function typeLabel(t: DpoLossType): string {
  switch (t) {
    case 'sigmoid':
      return translate({ id: 'dpoExplorer.type.sigmoid', message: 'sigmoid（DPO；ε > 0 时为保守 DPO）' });
    case 'ipo':
      return translate({ id: 'dpoExplorer.type.ipo', message: 'IPO（平方损失）' });
    case 'hinge':
      return translate({ id: 'dpoExplorer.type.hinge', message: 'hinge（SLiC 式）' });
    case 'robust':
      return translate({ id: 'dpoExplorer.type.robust', message: 'robust（rDPO，标签噪声 ε）' });
  }
}

export default function DpoExplorer() {
  const pc = useNumberField(-12.1, { max: 0 });
  const pr = useNumberField(-14.3, { max: 0 });
  const rc = useNumberField(-12.9, { max: 0 });
  const rr = useNumberField(-13.8, { max: 0 });
  const beta = useNumberField(0.1, { min: 0.001, max: 10 });
  const eps = useNumberField(0, { min: 0, max: 0.49 });
  const [type, setType] = React.useState<DpoLossType>('sigmoid');

  const inputs = [pc.value, pr.value, rc.value, rr.value, beta.value, eps.value];
  const result = useLibResult(() => {
    if (inputs.some((v) => v === undefined)) return undefined;
    const [c, r, c0, r0, b, e] = inputs as number[];
    const all = TYPES.map((t) => ({
      type: t,
      loss: dpoLoss([c], [r], [c0], [r0], { beta: b, type: t, labelSmoothing: e }).losses[0],
    }));
    const main = dpoLoss([c], [r], [c0], [r0], { beta: b, type, labelSmoothing: e });
    const h = main.h[0];
    const range = Math.min(60, Math.max(2, 4 / b));
    return {
      h,
      loss: main.losses[0],
      chosenReward: main.chosenRewards[0],
      rejectedReward: main.rejectedRewards[0],
      weight: dpoGradientWeight(h, b),
      all,
      range,
      curve: dpoLossCurve({ beta: b, type, labelSmoothing: e }, -range, range, CURVE_POINTS),
    };
  }, [...inputs, type]);
  const v = result.value;

  return (
    <WidgetFrame
      name="DpoExplorer"
      title={<Translate id="dpoExplorer.title">DPO 损失：从对数概率到梯度权重</Translate>}
      description={
        <Translate id="dpoExplorer.description">
          输入一对回答在策略和参考模型下的对数概率（整段回答的 token 对数概率之和），看间隔
          h、各种变体的损失、隐式奖励和梯度权重 σ(−βh)。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        [pc, pr, rc, rr, beta, eps].forEach((f) => f.reset());
        setType('sigmoid');
      }}
    >
      <FieldRow>
        <NumberField field={pc} label={translate({ id: 'dpoExplorer.pc', message: '策略：log π(被选)' })} />
        <NumberField field={pr} label={translate({ id: 'dpoExplorer.pr', message: '策略：log π(被拒)' })} />
        <NumberField field={rc} label={translate({ id: 'dpoExplorer.rc', message: '参考：log π_ref(被选)' })} />
        <NumberField field={rr} label={translate({ id: 'dpoExplorer.rr', message: '参考：log π_ref(被拒)' })} />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={beta}
          label={translate({ id: 'dpoExplorer.beta', message: 'β' })}
          slider={{ min: 0.01, max: 1, step: 0.01 }}
        />
        <SelectField
          label={translate({ id: 'dpoExplorer.type', message: '损失类型' })}
          value={type}
          options={TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
          onChange={setType}
        />
        <NumberField
          field={eps}
          label={translate({ id: 'dpoExplorer.eps', message: '标签平滑 ε' })}
          hint={translate({ id: 'dpoExplorer.epsHint', message: '只用于 sigmoid 和 robust' })}
        />
      </FieldRow>
      <ResultGrid stale={result.stale} live minItemWidth="11rem">
        <ResultItem label={<Translate id="dpoExplorer.h">间隔 h</Translate>} testId="h">
          {v ? formatNumber(v.h, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="dpoExplorer.loss">所选损失</Translate>} testId="loss">
          {v ? formatNumber(v.loss, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="dpoExplorer.rewards">隐式奖励：被选，被拒</Translate>} testId="rewards">
          {v ? `${formatNumber(v.chosenReward, 4)}, ${formatNumber(v.rejectedReward, 4)}` : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="dpoExplorer.weight">梯度权重 σ(−βh)</Translate>} testId="weight">
          {v ? formatNumber(v.weight, 4) : '—'}
        </ResultItem>
      </ResultGrid>
      <ErrorAlert error={result.error} />
      <ResultTable
        testId="variants"
        caption={<Translate id="dpoExplorer.tableCaption">同一对数据在四种损失下的值（ε 取上面的标签平滑）</Translate>}
        columns={[
          <Translate id="dpoExplorer.col.type">损失类型</Translate>,
          <Translate id="dpoExplorer.col.loss">损失</Translate>,
        ]}
      >
        <tbody>
          {(v?.all ?? []).map((row) => (
            <ResultRow key={row.type} tone={row.type === type ? 'selected' : undefined}>
              <th scope="row">{typeLabel(row.type)}</th>
              <td>{formatNumber(row.loss, 4)}</td>
            </ResultRow>
          ))}
        </tbody>
      </ResultTable>
      {v && (
        <LineChart
          series={[{ id: 'loss', label: typeLabel(type), points: v.curve }]}
          markers={
            Math.abs(v.h) <= v.range
              ? [{ x: v.h, label: translate({ id: 'dpoExplorer.chart.now', message: '当前 h' }) }]
              : []
          }
          ariaLabel={translate({ id: 'dpoExplorer.chart.aria', message: '所选 DPO 损失随间隔 h 变化的曲线' })}
          caption={
            <Translate id="dpoExplorer.chart.caption">
              sigmoid 损失随 h 增大平滑地降向 0；hinge 在 βh = 1 之后为 0；IPO 是以 h = 1/(2β) 为最低点的抛物线，h
              过大同样受罚。
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'dpoExplorer.chart.x', message: '间隔 h' }),
              translate({ id: 'dpoExplorer.chart.y', message: '损失' }),
            ],
            rows: v.curve.filter((_, i) => i % 10 === 0).map(([h, l]) => [formatNumber(h, 3), formatNumber(l, 4)]),
          }}
          xLabel={translate({ id: 'dpoExplorer.chart.x', message: '间隔 h' })}
          yLabel={translate({ id: 'dpoExplorer.chart.y', message: '损失' })}
          xDomain={[-v.range, v.range]}
          height={220}
        />
      )}
    </WidgetFrame>
  );
}
