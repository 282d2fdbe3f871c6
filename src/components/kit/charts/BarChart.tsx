/**
 * A small SVG bar chart: one bar per category, optionally stacked from several
 * parts (e.g. weights + gradients + optimizer states). Text alternative through ChartFigure.
 */
import React, { type ReactNode } from 'react';
import ChartFigure, { type DataTable } from './ChartFigure';
import { linearScale } from './scale';
import { formatNumber } from '../format';
import styles from './styles.module.css';

interface BarChartProps {
  categories: readonly string[];
  /** parts[k][i]: part k of category i; one part = plain bars. */
  parts: readonly { label: string; values: readonly number[] }[];
  ariaLabel: string;
  caption: ReactNode;
  table?: DataTable;
  yLabel: string;
  formatValue?: (v: number) => string;
  height?: number;
  /** Index of a category to highlight (e.g. the selected one). */
  highlight?: number;
}

const W = 560;
const M = { top: 16, right: 12, bottom: 46, left: 64 };

export default function BarChart(props: BarChartProps) {
  const { categories, parts, ariaLabel, caption, table, yLabel, height = 240, highlight } = props;
  const fmt = props.formatValue ?? ((v: number) => formatNumber(v, 3));
  const totals = categories.map((_, i) => parts.reduce((s, p) => s + Math.max(0, p.values[i] ?? 0), 0));
  const y = linearScale([0, Math.max(...totals, 1e-12)], [height - M.bottom, M.top]);
  const band = (W - M.left - M.right) / Math.max(1, categories.length);
  const barW = Math.min(64, band * 0.6);

  return (
    <ChartFigure caption={caption} table={table}>
      <svg viewBox={`0 0 ${W} ${height}`} className={styles.svg} role="img" aria-label={ariaLabel}>
        {y.ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className={styles.grid} />
            <text x={M.left - 6} y={y(t)} className={styles.tickY}>
              {fmt(t)}
            </text>
          </g>
        ))}
        <text
          x={14}
          y={(M.top + height - M.bottom) / 2}
          className={styles.axisLabel}
          transform={`rotate(-90 14 ${(M.top + height - M.bottom) / 2})`}
        >
          {yLabel}
        </text>
        {categories.map((c, i) => {
          const cx = M.left + band * i + band / 2;
          let acc = 0;
          return (
            <g key={c}>
              {parts.map((p, k) => {
                const v = Math.max(0, p.values[i] ?? 0);
                const top = y(acc + v);
                const bottom = y(acc);
                acc += v;
                return (
                  <rect
                    key={p.label}
                    x={cx - barW / 2}
                    width={barW}
                    y={top}
                    height={Math.max(0, bottom - top)}
                    style={{ fill: `var(--guide-series-${(k % 4) + 1})` }}
                    className={highlight === i ? styles.barHighlight : undefined}
                  >
                    <title>{`${c} · ${p.label}: ${fmt(v)}`}</title>
                  </rect>
                );
              })}
              <text x={cx} y={y(totals[i]) - 4} className={styles.barValue}>
                {fmt(totals[i])}
              </text>
              <text x={cx} y={height - M.bottom + 16} className={styles.tickX}>
                {c}
              </text>
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={height - M.bottom} y2={height - M.bottom} className={styles.axis} />
      </svg>
      {parts.length > 1 && (
        <ul className={styles.legend} aria-hidden="true">
          {parts.map((p, k) => (
            <li key={p.label}>
              <span className={styles.swatch} style={{ background: `var(--guide-series-${(k % 4) + 1})` }} />
              {p.label}
            </li>
          ))}
        </ul>
      )}
    </ChartFigure>
  );
}
