/**
 * A table of computed numbers: a scroll box that keyboard users can focus and scroll, named by
 * the caption (or `label`, or the element `labelledBy` names), a compact table with tabular
 * figures, and rows that can be highlighted with ResultRow. Header cells (`<th scope>`) and the
 * rows themselves stay the widget's own children, so their data-testid markers stay where they are.
 */
import React, { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

type Name =
  | { caption: ReactNode; label?: undefined; labelledBy?: undefined }
  | { caption?: undefined; label: string; labelledBy?: undefined }
  | { caption?: undefined; label?: undefined; labelledBy: string };

export type ResultTableProps = Name & {
  /** data-testid of the <table>. */
  testId?: string;
  /** The numbers belong to earlier inputs (greyed out, as useLibResult's `stale`). */
  stale?: boolean;
  /** Column headings, one `<th scope="col">` each (a table with a plainer head can pass its own <thead>). */
  columns?: readonly ReactNode[];
  /** Extra class for the scroll box, e.g. a max-height. */
  className?: string;
  /** <tbody> (and <thead> when `columns` is not given). */
  children: ReactNode;
};

export default function ResultTable({
  caption,
  label,
  labelledBy,
  testId,
  stale,
  columns,
  className,
  children,
}: ResultTableProps) {
  const captionId = useId();
  return (
    <div
      className={clsx(styles.wrap, stale && styles.stale, className)}
      role="region"
      tabIndex={0}
      aria-label={label}
      aria-labelledby={caption !== undefined ? captionId : labelledBy}
    >
      <table className={styles.table} data-testid={testId}>
        {caption !== undefined && (
          <caption id={captionId} className={styles.caption}>
            {caption}
          </caption>
        )}
        {columns && (
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th scope="col" key={i}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
        )}
        {children}
      </table>
    </div>
  );
}

/**
 * A table row, optionally set apart: 'selected' (the choice the reader made), 'warning' (e.g. a
 * clipped token or a flipped label) or 'muted' (a boundary row such as a terminal state).
 */
export function ResultRow({
  tone,
  className,
  ...rest
}: ComponentPropsWithoutRef<'tr'> & { tone?: 'selected' | 'warning' | 'muted' }) {
  return <tr className={clsx(tone && styles[tone], className) || undefined} {...rest} />;
}
