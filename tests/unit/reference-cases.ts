/**
 * Decoding and comparison rules of shared/reference/math-core.json, exactly as
 * shared/spec/math-core.md ("Reference file format") describes them.
 */

export interface ReferenceCase {
  fn: string;
  args: unknown[];
  expect?: unknown;
  throws?: boolean;
  check?: 'minhash';
  rtol?: number;
  atol?: number;
  note?: string;
}

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** JSON value → JS value: "NaN"/"Infinity"/"-Infinity" → numbers, {"$set": […]} → Set. */
export function decode(value: unknown): unknown {
  if (typeof value === 'string' && value in SPECIAL) return SPECIAL[value];
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (Array.isArray(obj.$set) && Object.keys(obj).length === 1) return new Set(obj.$set.map(decode));
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** A deep copy that keeps Sets and special numbers, to detect mutation of arguments. */
export function deepCopy<T>(value: T): T {
  if (value instanceof Set) return new Set([...value].map(deepCopy)) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}

/** Exact structural equality (NaN equals NaN), used for the "not mutated" check. */
export function sameStructure(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameStructure(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameStructure((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}

/**
 * Compares `got` with the decoded `want` under the file's rules; returns a list of
 * mismatches (empty when it matches) with the path of each, for a readable failure.
 */
export function mismatches(got: unknown, want: unknown, rtol: number, atol: number, path = '$'): string[] {
  if (typeof want === 'number') {
    if (typeof got !== 'number') return [`${path}: expected a number ${want}, got ${String(got)}`];
    if (Number.isNaN(want)) return Number.isNaN(got) ? [] : [`${path}: expected NaN, got ${got}`];
    if (!Number.isFinite(want)) return got === want ? [] : [`${path}: expected ${want}, got ${got}`];
    return Math.abs(got - want) <= atol + rtol * Math.abs(want) ? [] : [`${path}: expected ${want}, got ${got}`];
  }
  if (typeof want === 'string') {
    return got === want ? [] : [`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`];
  }
  if (want instanceof Set) {
    if (!(got instanceof Set)) return [`${path}: expected a Set, got ${String(got)}`];
    const missing = [...want].filter((x) => !got.has(x));
    const extra = [...got].filter((x) => !want.has(x));
    return missing.length || extra.length
      ? [`${path}: set differs (missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)})`]
      : [];
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return [`${path}: expected an array, got ${String(got)}`];
    if (got.length !== want.length) return [`${path}: expected length ${want.length}, got ${got.length}`];
    return want.flatMap((w, i) => mismatches(got[i], w, rtol, atol, `${path}[${i}]`));
  }
  if (want && typeof want === 'object') {
    if (!got || typeof got !== 'object') return [`${path}: expected an object, got ${String(got)}`];
    return Object.entries(want).flatMap(([k, w]) =>
      mismatches((got as Record<string, unknown>)[k], w, rtol, atol, `${path}.${k}`),
    );
  }
  return got === want ? [] : [`${path}: expected ${String(want)}, got ${String(got)}`];
}
