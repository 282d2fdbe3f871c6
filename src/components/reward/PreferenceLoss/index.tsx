/**
 * PreferenceLoss (chapter 4): move the rewards of the chosen and the rejected response and,
 * optionally, a margin (with Llama 2's two margin scales as presets) and see the preference
 * probability σ(r_c − r_r), the pairwise loss −logσ(r_c − r_r − m) and its gradient, with the
 * loss curve over the reward gap. Computed by src/lib (rewardGap, preferenceProbability,
 * bradleyTerryLoss, bradleyTerryGradient). Default: r_c = 1.5, r_r = 0.3, m = 0, the
 * chapter's worked example.
 */
import React, { useMemo } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { bradleyTerryGradient, bradleyTerryLoss, preferenceProbability, rewardGap } from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  LineChart,
  NumberField,
  PresetButton,
  PresetRow,
  Presets,
  ResultGrid,
  ResultItem,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';

const LIB_FILES = ['reward/bradley-terry.ts', 'reward/preference-gradient.ts'] as const;
/** Llama 2, Table 27: margins per preference strength, "small" and "large" variants. */
const LLAMA2_MARGINS = {
  small: [1, 2 / 3, 1 / 3, 0],
  large: [3, 2, 1, 0],
} as const;
const GAPS = Array.from({ length: 49 }, (_, i) => -6 + i * 0.25);

export default function PreferenceLoss() {
  const chosen = useNumberField(1.5, { min: -20, max: 20 });
  const rejected = useNumberField(0.3, { min: -20, max: 20 });
  const margin = useNumberField(0, { min: 0, max: 10 });

  const result = useLibResult(() => {
    if (chosen.value === undefined || rejected.value === undefined || margin.value === undefined) return undefined;
    const c = chosen.value;
    const r = rejected.value;
    const m = margin.value;
    return {
      gap: rewardGap(c, r),
      p: preferenceProbability(c, r),
      loss: bradleyTerryLoss([c], [r], [m]),
      grad: bradleyTerryGradient(c, r, m),
    };
  }, [chosen.value, rejected.value, margin.value]);

  const curve = useMemo(() => {
    const m = margin.value ?? 0;
    return GAPS.map((d) => [d, bradleyTerryLoss([d], [0], [m])] as [number, number]);
  }, [margin.value]);

  const strengths = [
    translate({ id: 'preferenceLoss.strength.significantly', message: '明显更好' }),
    translate({ id: 'preferenceLoss.strength.better', message: '更好' }),
    translate({ id: 'preferenceLoss.strength.slightly', message: '略好' }),
    translate({ id: 'preferenceLoss.strength.negligibly', message: '几乎一样 / 不确定' }),
  ];
  const v = result.value;
  // Like the numbers, the chart's marker keeps the last good gap while an input is bad (as in DpoExplorer).
  const gap = v?.gap;

  return (
    <WidgetFrame
      name="PreferenceLoss"
      title={<Translate id="preferenceLoss.title">成对偏好损失：Bradley–Terry</Translate>}
      description={
        <Translate id="preferenceLoss.description">
          拖动“被选回答”和“被拒回答”的奖励，看模型认为前者更好的概率、这一对的损失和梯度；再加一个间隔（margin），看损失怎样要求更大的差距。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        chosen.reset();
        rejected.reset();
        margin.reset();
      }}
    >
      <FieldRow>
        <NumberField
          field={chosen}
          label={translate({ id: 'preferenceLoss.chosen', message: '被选回答的奖励 r_c' })}
          slider={{ min: -5, max: 5, step: 0.1 }}
        />
        <NumberField
          field={rejected}
          label={translate({ id: 'preferenceLoss.rejected', message: '被拒回答的奖励 r_r' })}
          slider={{ min: -5, max: 5, step: 0.1 }}
        />
        <NumberField
          field={margin}
          label={translate({ id: 'preferenceLoss.margin', message: '间隔 m' })}
          slider={{ min: 0, max: 3, step: 0.05 }}
          hint={translate({ id: 'preferenceLoss.marginHint', message: '0 即 InstructGPT 的损失' })}
        />
      </FieldRow>
      <Presets stacked title={<Translate id="preferenceLoss.presets">Llama 2 的间隔（按标注的偏好强度）：</Translate>}>
        {(['small', 'large'] as const).map((scale) => (
          <PresetRow
            key={scale}
            label={
              scale === 'small' ? (
                <Translate id="preferenceLoss.scale.small">小</Translate>
              ) : (
                <Translate id="preferenceLoss.scale.large">大</Translate>
              )
            }
          >
            {LLAMA2_MARGINS[scale].map((m, i) => {
              const value = Number(m.toFixed(4));
              return (
                <PresetButton key={i} pressed={margin.value === value} onClick={() => margin.setText(String(value))}>
                  {strengths[i]} = {formatNumber(m, 3)}
                </PresetButton>
              );
            })}
          </PresetRow>
        ))}
      </Presets>
      <ResultGrid stale={result.stale} live minItemWidth="11rem">
        <ResultItem label={<Translate id="preferenceLoss.gap">奖励差 r_c − r_r</Translate>} testId="gap">
          {v ? formatNumber(v.gap, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="preferenceLoss.probability">P(被选 ≻ 被拒) = σ(r_c − r_r)</Translate>}
          testId="probability"
        >
          {v ? formatNumber(v.p, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="preferenceLoss.loss">损失 −log σ(r_c − r_r − m)</Translate>} testId="loss">
          {v ? formatNumber(v.loss, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="preferenceLoss.grad">梯度 ∂损失/∂r_c，∂损失/∂r_r</Translate>}
          testId="gradient"
        >
          {v ? `${formatNumber(v.grad.dChosen, 4)}, ${formatNumber(v.grad.dRejected, 4)}` : '—'}
        </ResultItem>
      </ResultGrid>
      <ErrorAlert error={result.error} />
      <LineChart
        series={[
          {
            id: 'loss',
            label: translate({ id: 'preferenceLoss.chart.series', message: '损失（当前间隔）' }),
            points: curve,
          },
        ]}
        markers={
          gap !== undefined && gap >= -6 && gap <= 6
            ? [{ x: gap, label: translate({ id: 'preferenceLoss.chart.now', message: '当前' }) }]
            : []
        }
        ariaLabel={translate({ id: 'preferenceLoss.chart.aria', message: '成对损失随奖励差变化的曲线' })}
        caption={
          <Translate id="preferenceLoss.chart.caption">
            损失只取决于奖励差：差距越大、方向越对，损失越接近 0；方向反了，损失近似线性增长。间隔 m 把整条曲线向右平移
            m。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'preferenceLoss.chart.x', message: '奖励差 r_c − r_r' }),
            translate({ id: 'preferenceLoss.chart.y', message: '损失' }),
          ],
          rows: curve.filter((_, i) => i % 4 === 0).map(([d, l]) => [formatNumber(d, 2), formatNumber(l, 4)]),
        }}
        xLabel={translate({ id: 'preferenceLoss.chart.x', message: '奖励差 r_c − r_r' })}
        yLabel={translate({ id: 'preferenceLoss.chart.y', message: '损失' })}
        xDomain={[-6, 6]}
        height={200}
      />
    </WidgetFrame>
  );
}
