/**
 * A labelled group of preset buttons that set inputs to worked-example values. Each
 * PresetButton says with aria-pressed whether the inputs currently equal its preset.
 * `stacked` lays out one PresetRow per line (a row label, then its buttons).
 */
import React, { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface PresetsProps {
  /** The group's visible name, e.g. "常用温度：". */
  title: ReactNode;
  stacked?: boolean;
  children: ReactNode;
}

export default function Presets({ title, stacked, children }: PresetsProps) {
  const id = useId();
  return (
    <div className={clsx(styles.presets, stacked && styles.stacked)} role="group" aria-labelledby={id}>
      <span id={id} className={styles.title}>
        {title}
      </span>
      {children}
    </div>
  );
}

export function PresetButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--sm button--outline button--secondary"
      aria-pressed={pressed}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** One line of a stacked Presets group: a short label (e.g. a scale) and its buttons. */
export function PresetRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <span className={styles.row}>
      <span className={styles.rowLabel}>{label}</span>
      {children}
    </span>
  );
}
