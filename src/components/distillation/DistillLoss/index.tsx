/**
 * DistillLoss (chapter 6): one position's student logits, teacher logits, true label, α and T →
 * every term of Hinton's distillation loss (soft KL at temperature T, the same ×T², the hard
 * cross-entropy at T = 1, their weights and the total), plus the generalised JSD of GKD at a
 * chosen β with its two limits (β = 0: KL(teacher ‖ student), β = 1: KL(student ‖ teacher)) and
 * its curve over β. Computed by src/lib (distillationTerms, generalizedJsd). Default: student
 * [1, 0, −1], teacher [3, 1, 0], label 0, α = 0.5, T = 2, β = 0.5 (docs/06-distillation/hinton-loss.mdx).
 */
import React, { useMemo } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { distillationTerms, generalizedJsd } from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  LineChart,
  NumberField,
  NumberListField,
  ResultGrid,
  ResultItem,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['distillation/distillation-loss.ts', 'distillation/generalized-jsd.ts'] as const;
/** Interior points of the β curve (the ends are special cases, drawn as markers in the text). */
const BETAS = Array.from({ length: 49 }, (_, i) => (i + 1) / 50);

export default function DistillLoss() {
  const student = useNumberListField([1, 0, -1], { minLength: 2, min: -1e4, max: 1e4 });
  const teacher = useNumberListField([3, 1, 0], { minLength: 2, min: -1e4, max: 1e4 });
  const label = useNumberField(0, { min: 0, integer: true });
  const alpha = useNumberField(0.5, { min: 0, max: 1 });
  const temperature = useNumberField(2, { min: 0.05, max: 100 });
  const beta = useNumberField(0.5, { min: 0, max: 1 });

  const loss = useLibResult(() => {
    if (
      student.values === undefined ||
      teacher.values === undefined ||
      label.value === undefined ||
      alpha.value === undefined ||
      temperature.value === undefined
    ) {
      return undefined;
    }
    return distillationTerms([student.values], [teacher.values], [label.value], {
      temperature: temperature.value,
      alpha: alpha.value,
    }).mean;
  }, [student.values, teacher.values, label.value, alpha.value, temperature.value]);

  const jsd = useLibResult(() => {
    if (
      student.values === undefined ||
      teacher.values === undefined ||
      beta.value === undefined ||
      temperature.value === undefined
    ) {
      return undefined;
    }
    const s = [student.values];
    const t = [teacher.values];
    const T = temperature.value;
    return {
      now: generalizedJsd(s, t, { beta: beta.value, temperature: T }),
      forward: generalizedJsd(s, t, { beta: 0, temperature: T }),
      reverse: generalizedJsd(s, t, { beta: 1, temperature: T }),
    };
  }, [student.values, teacher.values, beta.value, temperature.value]);

  const curve = useMemo(() => {
    if (student.values === undefined || teacher.values === undefined || temperature.value === undefined) return [];
    try {
      const s = [student.values];
      const t = [teacher.values];
      const T = temperature.value;
      return BETAS.map((b) => [b, generalizedJsd(s, t, { beta: b, temperature: T })] as [number, number]);
    } catch (e) {
      if (e instanceof RangeError || e instanceof TypeError) return [];
      throw e;
    }
  }, [student.values, teacher.values, temperature.value]);

  const l = loss.value;
  const j = jsd.value;
  // A label outside the classes is the label field's problem (the lib's message names labels[0]);
  // anything else (e.g. student and teacher of different lengths) concerns both lists.
  const labelError = loss.error && /[：:]\s*labels\[/.test(loss.error) ? loss.error : null;
  const error = (labelError ? null : loss.error) ?? jsd.error;

  return (
    <WidgetFrame
      name="DistillLoss"
      title={<Translate id="distillLoss.title">蒸馏损失的每一项</Translate>}
      description={
        <Translate id="distillLoss.description">
          一个位置上 student 和 teacher 的 logit、正确标签、权重 α 和温度 T：看软目标的 KL、乘上 T²
          之后的值、硬标签的交叉熵和总损失；再拖动 β，看 GKD 的广义 JSD 怎样在两种 KL 方向之间取值。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        student.reset();
        teacher.reset();
        label.reset();
        alpha.reset();
        temperature.reset();
        beta.reset();
      }}
    >
      <FieldRow>
        <NumberListField
          field={student}
          label={translate({ id: 'distillLoss.student', message: 'student 的 logit' })}
        />
        <NumberListField
          field={teacher}
          label={translate({ id: 'distillLoss.teacher', message: 'teacher 的 logit' })}
        />
        <NumberField
          field={label}
          label={translate({ id: 'distillLoss.label', message: '正确标签（类别序号，从 0 开始）' })}
          inputMode="numeric"
          libError={labelError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={alpha}
          label={translate({ id: 'distillLoss.alpha', message: '软目标的权重 α' })}
          slider={{ min: 0, max: 1, step: 0.05 }}
        />
        <NumberField
          field={temperature}
          label={translate({ id: 'distillLoss.temperature', message: '温度 T' })}
          slider={{ min: 0.5, max: 10, step: 0.5 }}
        />
      </FieldRow>
      <ErrorAlert error={error} />
      <ResultGrid stale={loss.stale} live>
        <ResultItem
          label={<Translate id="distillLoss.softKl">软目标 KL(p_T^teacher ‖ p_T^student)</Translate>}
          testId="soft-kl"
        >
          {l ? formatNumber(l.softKl, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="distillLoss.softKlScaled">乘以 T² 之后</Translate>} testId="soft-kl-scaled">
          {l ? formatNumber(l.softKlScaled, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="distillLoss.hardCe">硬标签交叉熵（T = 1）</Translate>} testId="hard-ce">
          {l ? formatNumber(l.hardCe, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="distillLoss.weightedSoft">α · T² · KL</Translate>} testId="weighted-soft">
          {l ? formatNumber(l.weightedSoft, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="distillLoss.weightedHard">(1 − α) · CE</Translate>} testId="weighted-hard">
          {l ? formatNumber(l.weightedHard, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="distillLoss.total">总损失</Translate>} testId="total">
          {l ? formatNumber(l.total, 4) : '—'}
        </ResultItem>
      </ResultGrid>

      <h4 className={styles.sectionTitle}>
        <Translate id="distillLoss.gkdHeading">GKD 的广义 JSD（同一温度 T）</Translate>
      </h4>
      <FieldRow>
        <NumberField
          field={beta}
          label={translate({ id: 'distillLoss.beta', message: 'β' })}
          slider={{ min: 0, max: 1, step: 0.05 }}
          hint={translate({
            id: 'distillLoss.betaHint',
            message: 'β = 0：KL(teacher ‖ student)，正向；β = 1：KL(student ‖ teacher)，反向',
          })}
        />
      </FieldRow>
      <ResultGrid stale={jsd.stale} live>
        <ResultItem label={<Translate id="distillLoss.jsd">广义 JSD（当前 β）</Translate>} testId="jsd">
          {j ? formatNumber(j.now, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="distillLoss.forward">β = 0：正向 KL(teacher ‖ student)</Translate>}
          testId="jsd-forward"
        >
          {j ? formatNumber(j.forward, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="distillLoss.reverse">β = 1：反向 KL(student ‖ teacher)</Translate>}
          testId="jsd-reverse"
        >
          {j ? formatNumber(j.reverse, 4) : '—'}
        </ResultItem>
      </ResultGrid>
      <LineChart
        series={[
          {
            id: 'jsd',
            label: translate({ id: 'distillLoss.chart.series', message: '广义 JSD（0 < β < 1）' }),
            points: curve,
          },
        ]}
        markers={
          beta.value !== undefined
            ? [{ x: beta.value, label: translate({ id: 'distillLoss.chart.now', message: '当前 β' }) }]
            : []
        }
        ariaLabel={translate({ id: 'distillLoss.chart.aria', message: '广义 JSD 随 β 变化的曲线' })}
        caption={
          <Translate id="distillLoss.chart.caption">
            混合形式的广义 JSD 在 β 趋近 0 或 1 时趋于 0（大约是 β 倍的正向 KL、(1 − β) 倍的反向
            KL），所以两端按惯例直接取两种 KL，数值跳变；中间的值只能和同一 β 下的值比较。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'distillLoss.chart.x', message: 'β' }),
            translate({ id: 'distillLoss.chart.y', message: '广义 JSD' }),
          ],
          rows: curve.filter((_, i) => i % 6 === 0).map(([b, d]) => [formatNumber(b, 2), formatNumber(d, 4)]),
        }}
        xLabel={translate({ id: 'distillLoss.chart.x', message: 'β' })}
        yLabel={translate({ id: 'distillLoss.chart.y', message: '广义 JSD' })}
        xDomain={[0, 1]}
        height={200}
      />
    </WidgetFrame>
  );
}
