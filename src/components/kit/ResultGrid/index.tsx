/**
 * The headline numbers of a widget as a description list laid out in a grid: each ResultItem is a
 * muted label over a large value, with tabular figures, wrapping into as many columns as fit
 * (each at least `minItemWidth`, 10rem by default).
 */
import React, { type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface ResultGridProps {
  /** The values belong to earlier inputs (greyed out, as useLibResult's `stale`). */
  stale?: boolean;
  /** Announce changes politely to screen readers (aria-live on the list). */
  live?: boolean;
  minItemWidth?: '10rem' | '11rem';
  children: ReactNode;
}

export default function ResultGrid({ stale, live, minItemWidth, children }: ResultGridProps) {
  const style = minItemWidth ? ({ '--result-grid-min': minItemWidth } as CSSProperties) : undefined;
  return (
    <dl className={clsx(styles.grid, stale && styles.stale)} style={style} aria-live={live ? 'polite' : undefined}>
      {children}
    </dl>
  );
}

/** One label and value of a ResultGrid; `testId` marks the value for the browser tests. */
export function ResultItem({ label, testId, children }: { label: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
