/**
 * Labelled inputs shared by every widget. Each one: a real <label> tied to the
 * control (useId), the reader's text kept as typed, and the problem shown right
 * beside the control (aria-invalid + aria-describedby, announced politely).
 * Markers for the site-wide browser checks (fuzzing, responsiveness): the shell carries
 * data-field, the control data-kind="number" | "number-list" | "select" | "text".
 */
import React, { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import type { NumberFieldState, NumberListFieldState } from '../useNumberField';
import styles from './styles.module.css';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  return (
    <div className={clsx(styles.field, error && styles.invalid, className)} data-field="">
      <label htmlFor={id} id={`${id}-label`} className={styles.label}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      <span id={`${id}-error`} className={styles.error} role="status" aria-live="polite">
        {error ?? ''}
      </span>
    </div>
  );
}

function describedBy(id: string, error?: string | null, hint?: ReactNode): string {
  return error ? `${id}-error` : hint ? `${id}-hint` : `${id}-error`;
}

interface NumberFieldProps {
  field: NumberFieldState;
  label: ReactNode;
  hint?: ReactNode;
  /** A message from src/lib about this input (e.g. a cross-field rule), shown like a parse error. */
  libError?: string | null;
  /** Show a range slider next to the box, from min to max with this step. */
  slider?: { min: number; max: number; step: number };
  inputMode?: 'decimal' | 'numeric';
  className?: string;
}

export function NumberField({ field, label, hint, libError, slider, inputMode, className }: NumberFieldProps) {
  const id = useId();
  const error = field.error ?? libError ?? null;
  const sliderValue =
    field.value !== undefined && slider ? Math.min(slider.max, Math.max(slider.min, field.value)) : undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <div className={styles.row}>
        {slider && (
          <input
            type="range"
            className={styles.slider}
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={sliderValue ?? slider.min}
            onChange={(e) => field.setText(e.target.value)}
            aria-labelledby={`${id}-label`}
          />
        )}
        <input
          id={id}
          type="text"
          data-kind="number"
          inputMode={inputMode ?? (field.constraints.integer ? 'numeric' : 'decimal')}
          className={styles.input}
          value={field.text}
          onChange={(e) => field.setText(e.target.value)}
          onKeyDown={(e) => stepWithArrows(e, field, slider?.step)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
    </FieldShell>
  );
}

/** ↑/↓ change the value by one step (Shift: ×10), as a native number input would. */
function stepWithArrows(e: React.KeyboardEvent, field: NumberFieldState, step = 1) {
  if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || field.value === undefined) return;
  e.preventDefault();
  const delta = (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1);
  const { min, max } = field.constraints;
  let next = Number((field.value + delta).toPrecision(12));
  if (min !== undefined) next = Math.max(min, next);
  if (max !== undefined) next = Math.min(max, next);
  field.setText(String(next));
}

interface NumberListFieldProps {
  field: NumberListFieldState;
  label: ReactNode;
  hint?: ReactNode;
  libError?: string | null;
  className?: string;
}

export function NumberListField({ field, label, hint, libError, className }: NumberListFieldProps) {
  const id = useId();
  const error = field.error ?? libError ?? null;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type="text"
        data-kind="number-list"
        className={clsx(styles.input, styles.wide)}
        value={field.text}
        onChange={(e) => field.setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        autoComplete="off"
        spellCheck={false}
      />
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, className }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} className={className}>
      <select
        id={id}
        data-kind="select"
        className={clsx(styles.input, styles.select)}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  rows?: number;
  maxLength?: number;
  className?: string;
}

/** A text area (rows > 1) or a one-line text box, for the reader's own text. */
export function TextField({ label, value, onChange, error, hint, rows = 1, maxLength, className }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    'data-kind': 'text',
    value,
    maxLength,
    className: clsx(styles.input, styles.wide),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
    spellCheck: false,
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      {rows > 1 ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}

/** A row of fields that wraps on narrow screens. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.fieldRow}>{children}</div>;
}
