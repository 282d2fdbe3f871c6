/**
 * Number formatting for display (not math): a fixed number of significant digits,
 * scientific notation for very large or small magnitudes, and the locale's digits.
 */
export function formatNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) {
    const [m, e] = x.toExponential(Math.max(0, digits - 1)).split('e');
    return `${trimZeros(m)} × 10^${Number(e)}`;
  }
  const s = x.toPrecision(digits);
  // toPrecision switches to "2.96e+4" when the integer part has more digits than asked
  // for; below 1e6 the rounded value reads better written out (29600).
  if (s.includes('e')) return String(Number(s)).replace('-', '−');
  return trimZeros(s).replace('-', '−');
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** 0.1234 → "12.3 %" */
export function formatPercent(x: number, digits = 3): string {
  return `${formatNumber(x * 100, digits)} %`;
}

/** Bytes in decimal units (1 GB = 1e9 B), as the ZeRO paper and GPU vendors count. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  let v = bytes;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${formatNumber(v, 3)} ${units[i]}`;
}
