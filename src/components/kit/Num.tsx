/** A number for reading: 3.8 × 10²⁵ with a real superscript, tabular digits. */
import React from 'react';
import { formatNumber } from './format';

export default function Num({ value, digits = 4 }: { value: number; digits?: number }) {
  const text = formatNumber(value, digits);
  const m = /^(.*) × 10\^(-?\d+)$/.exec(text);
  if (!m) return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{text}</span>;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {m[1]} × 10<sup>{m[2].replace('-', '−')}</sup>
    </span>
  );
}
