/**
 * A library message that belongs to no single field (e.g. two lists of different lengths),
 * shown as an alert under the inputs; renders nothing when `error` is null. A message about one
 * field goes beside that field instead (the fields' `libError`).
 */
import React from 'react';
import styles from './styles.module.css';

export default function ErrorAlert({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className={styles.error} role="alert">
      {error}
    </p>
  );
}
