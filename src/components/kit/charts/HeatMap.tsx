/**
 * A heat map of a small matrix (e.g. attention weights), values in [0, 1] shaded
 * from the surface colour to the primary colour; null cells are drawn hatched
 * (masked). Every value is in the cell's <title> and in the optional data table.
 */
import React, { type ReactNode } from 'react';
import ChartFigure, { type DataTable } from './ChartFigure';
import { formatNumber } from '../format';
import styles from './styles.module.css';

interface HeatMapProps {
  values: readonly (readonly (number | null)[])[];
  rowLabels: readonly string[];
  colLabels: readonly string[];
  ariaLabel: string;
  caption: ReactNode;
  table?: DataTable;
  /** Print the value inside each cell (for small matrices). */
  showValues?: boolean;
}

const CELL = 44;

export default function HeatMap({ values, rowLabels, colLabels, ariaLabel, caption, table, showValues }: HeatMapProps) {
  const left = 72;
  const top = 56;
  const w = left + CELL * colLabels.length + 8;
  const h = top + CELL * rowLabels.length + 8;
  return (
    <ChartFigure caption={caption} table={table}>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        className={styles.svg}
        style={{ maxWidth: w * 1.2 }}
        role="img"
        aria-label={ariaLabel}
      >
        <defs>
          <pattern id="guide-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatch} />
          </pattern>
        </defs>
        {colLabels.map((c, j) => (
          <text
            key={`c${j}`}
            x={left + CELL * j + CELL / 2}
            y={top - 8}
            className={styles.colLabel}
            transform={`rotate(-35 ${left + CELL * j + CELL / 2} ${top - 8})`}
          >
            {c}
          </text>
        ))}
        {rowLabels.map((r, i) => (
          <g key={`r${i}`}>
            <text x={left - 6} y={top + CELL * i + CELL / 2} className={styles.tickY}>
              {r}
            </text>
            {colLabels.map((c, j) => {
              const v = values[i]?.[j] ?? null;
              return (
                <g key={`${i}-${j}`}>
                  <rect
                    x={left + CELL * j}
                    y={top + CELL * i}
                    width={CELL - 2}
                    height={CELL - 2}
                    className={styles.cell}
                    style={
                      v === null
                        ? { fill: 'url(#guide-hatch)' }
                        : { fillOpacity: 0.08 + 0.92 * Math.min(1, Math.max(0, v)) }
                    }
                  >
                    <title>{`${r} → ${c}: ${v === null ? '—' : formatNumber(v, 3)}`}</title>
                  </rect>
                  {showValues && v !== null && (
                    <text
                      x={left + CELL * j + CELL / 2 - 1}
                      y={top + CELL * i + CELL / 2}
                      className={v > 0.55 ? styles.cellValueOnDark : styles.cellValue}
                    >
                      {formatNumber(v, 2)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
