/**
 * Wraps a chart: the SVG is role="img" with a short label, the caption says in words
 * what the chart shows, and an optional data table (in a <details>) gives every value
 * to readers who cannot see the chart.
 */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface DataTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

interface ChartFigureProps {
  caption: ReactNode;
  table?: DataTable;
  children: ReactNode;
}

export default function ChartFigure({ caption, table, children }: ChartFigureProps) {
  return (
    <figure className={styles.figure}>
      {children}
      <figcaption className={styles.caption}>{caption}</figcaption>
      {table && (
        <details className={styles.details}>
          <summary>
            <Translate id="kit.chart.showData">查看数据表</Translate>
          </summary>
          <div className={styles.tableWrap}>
            <table>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
