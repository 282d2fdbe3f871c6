/**
 * Input checks shared by every function of the math core.
 *
 * The contract (shared/spec/math-core.md, "Conventions") says bad input throws a
 * RangeError or TypeError whose message a reader understands, because widgets show
 * the message next to the control. These helpers keep the wording uniform:
 * "<name> must be …, got <value>". Messages are English; widgets wrap them.
 */

/** Formats a value for an error message without flooding it with a long array. */
export function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return 'null';
  return typeof value;
}

/** A finite number (not NaN, not ±Infinity). */
export function assertFinite(name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`${name} must be a number, got ${describe(x)}`);
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${describe(x)}`);
}

/** A finite number that may also be -Infinity (a masked logit or a log-probability of 0). */
export function assertLogit(name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`${name} must be a number, got ${describe(x)}`);
  if (Number.isNaN(x) || x === Infinity) {
    throw new RangeError(`${name} must be a finite number or -Infinity, got ${describe(x)}`);
  }
}

/** An integer ≥ min (default 0). */
export function assertInteger(name: string, x: unknown, min = 0): asserts x is number {
  assertFinite(name, x);
  if (!Number.isInteger(x)) throw new RangeError(`${name} must be a whole number, got ${describe(x)}`);
  if (x < min) throw new RangeError(`${name} must be ≥ ${min}, got ${describe(x)}`);
}

/** A finite number in [lo, hi] (inclusive unless told otherwise). */
export function assertInRange(
  name: string,
  x: unknown,
  lo: number,
  hi: number,
  opts: { loOpen?: boolean; hiOpen?: boolean } = {},
): asserts x is number {
  assertFinite(name, x);
  const belowLo = opts.loOpen ? x <= lo : x < lo;
  const aboveHi = opts.hiOpen ? x >= hi : x > hi;
  if (belowLo || aboveHi) {
    const l = opts.loOpen ? '(' : '[';
    const r = opts.hiOpen ? ')' : ']';
    throw new RangeError(`${name} must be in ${l}${lo}, ${hi}${r}, got ${describe(x)}`);
  }
}

/** A finite number > 0. */
export function assertPositive(name: string, x: unknown): asserts x is number {
  assertFinite(name, x);
  if (x <= 0) throw new RangeError(`${name} must be > 0, got ${describe(x)}`);
}

/** An array (optionally non-empty) of finite numbers. */
export function assertFiniteArray(
  name: string,
  xs: unknown,
  opts: { nonEmpty?: boolean } = {},
): asserts xs is number[] {
  if (!Array.isArray(xs)) throw new TypeError(`${name} must be an array of numbers, got ${describe(xs)}`);
  if (opts.nonEmpty && xs.length === 0) throw new RangeError(`${name} must not be empty`);
  xs.forEach((x, i) => assertFinite(`${name}[${i}]`, x));
}

/** An array of logits: finite numbers or -Infinity (masked). */
export function assertLogitArray(name: string, xs: unknown, opts: { nonEmpty?: boolean } = {}): asserts xs is number[] {
  if (!Array.isArray(xs)) throw new TypeError(`${name} must be an array of numbers, got ${describe(xs)}`);
  if (opts.nonEmpty && xs.length === 0) throw new RangeError(`${name} must not be empty`);
  xs.forEach((x, i) => assertLogit(`${name}[${i}]`, x));
}

/** Arrays that must line up element by element. */
export function assertSameLength(names: string[], arrays: unknown[][]): void {
  const n = arrays[0].length;
  arrays.forEach((a, i) => {
    if (a.length !== n) {
      throw new RangeError(`${names[i]} has length ${a.length} but ${names[0]} has length ${n}; they must match`);
    }
  });
}

/** A probability vector: finite, non-negative, non-empty, summing to 1 (±1e-6). */
export function assertDistribution(name: string, p: unknown): asserts p is number[] {
  assertFiniteArray(name, p, { nonEmpty: true });
  let sum = 0;
  p.forEach((x, i) => {
    if (x < 0) throw new RangeError(`${name}[${i}] must be ≥ 0 (a probability), got ${describe(x)}`);
    sum += x;
  });
  if (Math.abs(sum - 1) > 1e-6) throw new RangeError(`${name} must sum to 1, got ${sum}`);
}

/** A non-empty rectangular matrix of finite numbers (or logits when `logits` is set). */
export function assertMatrix(name: string, m: unknown, opts: { logits?: boolean } = {}): asserts m is number[][] {
  if (!Array.isArray(m)) throw new TypeError(`${name} must be a matrix (array of rows), got ${describe(m)}`);
  if (m.length === 0) throw new RangeError(`${name} must have at least one row`);
  const width = Array.isArray(m[0]) ? m[0].length : -1;
  m.forEach((row, i) => {
    if (opts.logits) assertLogitArray(`${name}[${i}]`, row, { nonEmpty: true });
    else assertFiniteArray(`${name}[${i}]`, row, { nonEmpty: true });
    if ((row as number[]).length !== width) {
      throw new RangeError(
        `${name} must be rectangular: row ${i} has ${(row as number[]).length} columns, row 0 has ${width}`,
      );
    }
  });
}
