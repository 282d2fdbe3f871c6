/**
 * RopeVisualizer (chapter 2): rotary position embedding on a small query and key.
 * The reader picks the two vectors and two pairs of positions; the widget shows the
 * rotated first pair of dimensions as arrows, the two attention scores (equal whenever
 * the distances are equal) and the score against the relative distance.
 * Computed by src/lib (applyRope, ropeScore, ropeScoresByDistance).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { applyRope, ropeScore, ropeScoresByDistance } from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  NumberField,
  NumberListField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/rope.ts'] as const;
const MAX_DISTANCE = 64;

export default function RopeVisualizer() {
  const q = useNumberListField([1, 0.5, 0, 1]);
  const k = useNumberListField([0.5, 1, 1, 0]);
  const m1 = useNumberField(5);
  const n1 = useNumberField(2);
  const m2 = useNumberField(105);
  const n2 = useNumberField(102);
  const base = useNumberField(10000);

  const result = useLibResult(() => {
    if (!q.values || !k.values || base.value === undefined) return undefined;
    if (m1.value === undefined || n1.value === undefined || m2.value === undefined || n2.value === undefined) {
      return undefined;
    }
    const [qRot] = applyRope([q.values], [m1.value], base.value);
    const [kRot] = applyRope([k.values], [n1.value], base.value);
    return {
      qRot,
      kRot,
      score1: ropeScore(q.values, k.values, m1.value, n1.value, base.value),
      score2: ropeScore(q.values, k.values, m2.value, n2.value, base.value),
      curve: ropeScoresByDistance(q.values, k.values, MAX_DISTANCE, base.value),
    };
  }, [q.values, k.values, m1.value, n1.value, m2.value, n2.value, base.value]);

  const vectorError = result.error && /\b(k|q|x|head dimension)\b/.test(result.error) ? result.error : null;
  const baseError = result.error && !vectorError ? result.error : null;
  const r = result.value;
  const half = (r?.qRot.length ?? 2) / 2;
  // The first rotated pair: dimensions 0 and d/2 (rotate_half layout).
  const arrows = r
    ? [
        { id: 'q0', x: q.values?.[0] ?? 0, y: q.values?.[half] ?? 0, cls: styles.qBefore },
        { id: 'q', x: r.qRot[0], y: r.qRot[half], cls: styles.q },
        { id: 'k0', x: k.values?.[0] ?? 0, y: k.values?.[half] ?? 0, cls: styles.kBefore },
        { id: 'k', x: r.kRot[0], y: r.kRot[half], cls: styles.k },
      ]
    : [];
  const R = 70;
  const extent = Math.max(1e-9, ...arrows.map((a) => Math.hypot(a.x, a.y)));

  return (
    <WidgetFrame
      name="RopeVisualizer"
      title={<Translate id="ropeVisualizer.title">RoPE：按位置旋转</Translate>}
      description={
        <Translate id="ropeVisualizer.description">
          改变查询、键的向量和位置。两组位置的距离相同时，两个注意力分数完全相等。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => [q, k, m1, n1, m2, n2, base].forEach((f) => f.reset())}
    >
      <FieldRow>
        <NumberListField
          field={q}
          label={translate({ id: 'ropeVisualizer.q', message: '查询 q（偶数个数）' })}
          libError={vectorError}
        />
        <NumberListField field={k} label={translate({ id: 'ropeVisualizer.k', message: '键 k' })} />
        <NumberField
          field={base}
          label={translate({ id: 'ropeVisualizer.base', message: '底数 base' })}
          libError={baseError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField field={m1} label={translate({ id: 'ropeVisualizer.m1', message: '第一组：q 的位置 m' })} />
        <NumberField field={n1} label={translate({ id: 'ropeVisualizer.n1', message: '第一组：k 的位置 n' })} />
        <NumberField field={m2} label={translate({ id: 'ropeVisualizer.m2', message: '第二组：q 的位置 m′' })} />
        <NumberField field={n2} label={translate({ id: 'ropeVisualizer.n2', message: '第二组：k 的位置 n′' })} />
      </FieldRow>
      <div className={styles.layout} style={{ opacity: result.stale ? 0.5 : 1 }}>
        <figure className={styles.rotation}>
          <svg
            viewBox="-90 -90 180 180"
            role="img"
            aria-label={translate({
              id: 'ropeVisualizer.rotationAria',
              message: '第一对维度旋转前后的 q 与 k 箭头',
            })}
          >
            <circle r={R} className={styles.circle} />
            <line x1={-85} x2={85} y1={0} y2={0} className={styles.axis} />
            <line y1={-85} y2={85} x1={0} x2={0} className={styles.axis} />
            {arrows.map((a) => (
              <line key={a.id} x1={0} y1={0} x2={(a.x / extent) * R} y2={(-a.y / extent) * R} className={a.cls} />
            ))}
          </svg>
          <figcaption className={styles.caption}>
            <Translate id="ropeVisualizer.rotationCaption">
              第 0 维与第 d/2 维组成的平面：虚线是原始向量，实线是旋转后（蓝：q 转了 m·θ₀，橙：k 转了 n·θ₀）。
            </Translate>
          </figcaption>
        </figure>
        <div className={styles.scores} aria-live="polite">
          <p>
            <Translate id="ropeVisualizer.score1">第一组分数 ⟨R(m)q, R(n)k⟩：</Translate>{' '}
            <strong data-testid="score-1">{r ? formatNumber(r.score1, 6) : '—'}</strong>
          </p>
          <p>
            <Translate id="ropeVisualizer.score2">第二组分数 ⟨R(m′)q, R(n′)k⟩：</Translate>{' '}
            <strong data-testid="score-2">{r ? formatNumber(r.score2, 6) : '—'}</strong>
          </p>
        </div>
      </div>
      <div style={{ opacity: result.stale ? 0.5 : 1 }}>
        <LineChart
          series={[
            {
              id: 'score',
              label: translate({ id: 'ropeVisualizer.chart.series', message: '分数' }),
              points: (r?.curve ?? []).map((s, i) => [i, s] as [number, number]),
            },
          ]}
          ariaLabel={translate({ id: 'ropeVisualizer.chart.aria', message: '注意力分数随相对距离变化' })}
          caption={
            <Translate id="ropeVisualizer.chart.caption" values={{ max: MAX_DISTANCE }}>
              {'同一对 q、k 在相对距离 0…{max} 上的分数（查询在位置 m − n，键在位置 0）：分数只由距离决定。'}
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'ropeVisualizer.chart.distance', message: '相对距离' }),
              translate({ id: 'ropeVisualizer.chart.series', message: '分数' }),
            ],
            rows: (r?.curve ?? []).map((s, i) => [i, formatNumber(s, 4)]),
          }}
          xLabel={translate({ id: 'ropeVisualizer.chart.distance', message: '相对距离' })}
          yLabel={translate({ id: 'ropeVisualizer.chart.series', message: '分数' })}
          height={220}
        />
      </div>
    </WidgetFrame>
  );
}
