/**
 * A small SVG line chart: several series, optional log axes, vertical markers
 * (e.g. a threshold), shaded vertical bands (e.g. a region where a gradient is zero),
 * a legend. Text alternative through ChartFigure.
 */
import React, { type ReactNode } from 'react';
import ChartFigure, { type DataTable } from './ChartFigure';
import { extent, linearScale, logScale } from './scale';
import { formatNumber } from '../format';
import styles from './styles.module.css';

export interface Series {
  id: string;
  label: string;
  points: readonly (readonly [number, number])[];
  dashed?: boolean;
  /** 1–4: one of the palette's colours (CSS variables --guide-series-N). */
  color?: 1 | 2 | 3 | 4;
}

export interface Marker {
  x: number;
  label: string;
}

/** A shaded range of x (clamped to the x domain), drawn behind the lines with a short label. */
export interface Band {
  from: number;
  to: number;
  label: string;
}

interface LineChartProps {
  series: readonly Series[];
  /** Short label for the SVG (role="img"). */
  ariaLabel: string;
  caption: ReactNode;
  table?: DataTable;
  xLabel: string;
  yLabel: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
  logX?: boolean;
  logY?: boolean;
  markers?: readonly Marker[];
  bands?: readonly Band[];
  height?: number;
}

const W = 560;
const M = { top: 12, right: 16, bottom: 42, left: 58 };

export default function LineChart(props: LineChartProps) {
  const {
    series,
    ariaLabel,
    caption,
    table,
    xLabel,
    yLabel,
    logX,
    logY,
    markers = [],
    bands = [],
    height = 260,
  } = props;
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const xDom = props.xDomain ?? extent(xs);
  const yDom = props.yDomain ?? extent(ys);
  const x = (logX ? logScale : linearScale)(xDom, [M.left, W - M.right]);
  const y = (logY ? logScale : linearScale)(yDom, [height - M.bottom, M.top]);
  const clampY = (v: number) => Math.min(height - M.bottom, Math.max(M.top, y(v)));

  return (
    <ChartFigure caption={caption} table={table}>
      <svg viewBox={`0 0 ${W} ${height}`} className={styles.svg} role="img" aria-label={ariaLabel}>
        {bands.map((b) => {
          const x0 = x(Math.max(xDom[0], Math.min(b.from, b.to)));
          const x1 = x(Math.min(xDom[1], Math.max(b.from, b.to)));
          if (!(x1 > x0)) return null;
          return (
            <g key={`b${b.from}${b.to}${b.label}`} data-band={b.label}>
              <rect x={x0} width={x1 - x0} y={M.top} height={height - M.bottom - M.top} className={styles.band} />
              <text x={(x0 + x1) / 2} y={height - M.bottom - 6} className={styles.bandLabel}>
                {b.label}
              </text>
            </g>
          );
        })}
        {y.ticks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className={styles.grid} />
            <text x={M.left - 6} y={y(t)} className={styles.tickY}>
              {formatNumber(t, 3)}
            </text>
          </g>
        ))}
        {x.ticks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={height - M.bottom + 16} className={styles.tickX}>
            {formatNumber(t, 3)}
          </text>
        ))}
        <line x1={M.left} x2={W - M.right} y1={height - M.bottom} y2={height - M.bottom} className={styles.axis} />
        <line x1={M.left} x2={M.left} y1={M.top} y2={height - M.bottom} className={styles.axis} />
        <text x={(M.left + W - M.right) / 2} y={height - 6} className={styles.axisLabel}>
          {xLabel}
        </text>
        <text
          x={14}
          y={(M.top + height - M.bottom) / 2}
          className={styles.axisLabel}
          transform={`rotate(-90 14 ${(M.top + height - M.bottom) / 2})`}
        >
          {yLabel}
        </text>
        {markers.map((m) => (
          <g key={`m${m.x}${m.label}`}>
            <line x1={x(m.x)} x2={x(m.x)} y1={M.top} y2={height - M.bottom} className={styles.marker} />
            <text x={x(m.x) + 4} y={M.top + 10} className={styles.markerLabel}>
              {m.label}
            </text>
          </g>
        ))}
        {series.map((s, i) => (
          <polyline
            key={s.id}
            fill="none"
            className={styles.line}
            style={{ stroke: `var(--guide-series-${s.color ?? (i % 4) + 1})` }}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            points={s.points
              .filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py))
              .map(([px, py]) => `${x(px).toFixed(1)},${clampY(py).toFixed(1)}`)
              .join(' ')}
          />
        ))}
      </svg>
      {series.length > 1 && (
        <ul className={styles.legend} aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.id}>
              <span className={styles.swatch} style={{ background: `var(--guide-series-${s.color ?? (i % 4) + 1})` }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </ChartFigure>
  );
}
