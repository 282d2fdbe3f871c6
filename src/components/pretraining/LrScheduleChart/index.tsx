/**
 * LrScheduleChart (chapter 2): learning rate against step for linear warm-up followed by
 * a constant, linear, cosine or WSD (warm-up–stable–decay) schedule. Defaults are
 * LLaMA-1 65B's recipe (peak 1.5e-4, 2,000 warm-up steps, cosine to 10 % of the peak;
 * 1.4T tokens at 4M tokens per batch = 350,000 steps). Computed by src/lib (learningRate).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { learningRate, type LrConfig } from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  Num,
  NumberField,
  SelectField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/lr-schedule.ts'] as const;
const POINTS = 200;
type Schedule = LrConfig['schedule'];

export default function LrScheduleChart() {
  const [schedule, setSchedule] = React.useState<Schedule>('cosine');
  const peak = useNumberField('1.5e-4');
  const warmup = useNumberField(2000);
  const total = useNumberField(350000);
  const minRatio = useNumberField(0.1);
  const decay = useNumberField(35000);
  const step = useNumberField(175000);

  const result = useLibResult(() => {
    const values = [peak.value, warmup.value, total.value, minRatio.value, decay.value, step.value];
    if (values.some((v) => v === undefined)) return undefined;
    const cfg: LrConfig = {
      peak: peak.value!,
      warmupSteps: warmup.value!,
      totalSteps: total.value!,
      schedule,
      minRatio: minRatio.value!,
      decaySteps: schedule === 'wsd' ? decay.value! : undefined,
    };
    const points = Array.from({ length: POINTS + 1 }, (_, i) => {
      const s = Math.round((i / POINTS) * cfg.totalSteps);
      return [s, learningRate(s, cfg)] as [number, number];
    });
    return { points, at: learningRate(step.value!, cfg) };
  }, [schedule, peak.value, warmup.value, total.value, minRatio.value, decay.value, step.value]);

  // Route the library's message to the field it is about.
  const err = result.error ?? '';
  const errorFor = (re: RegExp) => (re.test(err) ? err : null);
  const warmupError = errorFor(/warmupSteps/);
  const totalError = warmupError ? null : errorFor(/totalSteps/);
  const decayError = errorFor(/decaySteps/);
  const peakError = errorFor(/\bpeak\b/);
  const minError = errorFor(/minRatio/);
  const stepError = errorFor(/\bstep must/);

  const names: Record<Schedule, string> = {
    constant: translate({ id: 'lrScheduleChart.schedule.constant', message: '常数' }),
    linear: translate({ id: 'lrScheduleChart.schedule.linear', message: '线性衰减' }),
    cosine: translate({ id: 'lrScheduleChart.schedule.cosine', message: '余弦衰减' }),
    wsd: translate({ id: 'lrScheduleChart.schedule.wsd', message: 'WSD（预热-稳定-衰减）' }),
  };
  const points = result.value?.points ?? [];
  const tableRows = points.filter((_, i) => i % 20 === 0).map(([s, lr]) => [s, formatNumber(lr, 3)]);

  return (
    <WidgetFrame
      name="LrScheduleChart"
      title={<Translate id="lrScheduleChart.title">学习率调度</Translate>}
      description={
        <Translate id="lrScheduleChart.description">
          选择调度方式，修改峰值、预热步数、总步数与最低比例，读出任意一步的学习率。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        setSchedule('cosine');
        [peak, warmup, total, minRatio, decay, step].forEach((f) => f.reset());
      }}
    >
      <FieldRow>
        <SelectField
          label={translate({ id: 'lrScheduleChart.schedule', message: '调度' })}
          value={schedule}
          options={(['constant', 'linear', 'cosine', 'wsd'] as const).map((s) => ({ value: s, label: names[s] }))}
          onChange={setSchedule}
        />
        <NumberField
          field={peak}
          label={translate({ id: 'lrScheduleChart.peak', message: '峰值学习率' })}
          libError={peakError}
        />
        <NumberField
          field={minRatio}
          label={translate({ id: 'lrScheduleChart.minRatio', message: '最低比例 m' })}
          libError={minError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={warmup}
          label={translate({ id: 'lrScheduleChart.warmup', message: '预热步数' })}
          libError={warmupError}
        />
        <NumberField
          field={total}
          label={translate({ id: 'lrScheduleChart.total', message: '总步数' })}
          libError={totalError}
        />
        {schedule === 'wsd' && (
          <NumberField
            field={decay}
            label={translate({ id: 'lrScheduleChart.decay', message: '衰减步数（WSD）' })}
            libError={decayError}
          />
        )}
        <NumberField
          field={step}
          label={translate({ id: 'lrScheduleChart.step', message: '查看第几步' })}
          libError={stepError}
        />
      </FieldRow>
      <p className={styles.readout} aria-live="polite" style={{ opacity: result.stale ? 0.5 : 1 }}>
        <Translate id="lrScheduleChart.readout">该步的学习率：</Translate>{' '}
        <strong data-testid="lr-at-step">{result.value ? <Num value={result.value.at} digits={4} /> : '—'}</strong>
      </p>
      <div style={{ opacity: result.stale ? 0.5 : 1 }}>
        <LineChart
          series={[{ id: 'lr', label: names[schedule], points }]}
          markers={
            step.value !== undefined && total.value !== undefined && step.value <= total.value
              ? [{ x: step.value, label: step.text }]
              : []
          }
          ariaLabel={translate({ id: 'lrScheduleChart.aria', message: '学习率随训练步数变化的曲线' })}
          caption={
            <Translate id="lrScheduleChart.caption">
              学习率先从 0 线性升到峰值（预热），再按所选方式下降；竖线是“查看第几步”所指的位置。
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'lrScheduleChart.col.step', message: '步数' }),
              translate({ id: 'lrScheduleChart.col.lr', message: '学习率' }),
            ],
            rows: tableRows,
          }}
          xLabel={translate({ id: 'lrScheduleChart.col.step', message: '步数' })}
          yLabel={translate({ id: 'lrScheduleChart.col.lr', message: '学习率' })}
          height={240}
        />
      </div>
    </WidgetFrame>
  );
}
