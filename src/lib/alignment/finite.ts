/**
 * Checks shared by the pretraining, sft, reward and alignment stages, next to core/validate.ts:
 * assertNonNegative (a finite number ≥ 0, for β, weights, eps) and an overflow guard.
 *
 * Inputs are checked to be finite, but arithmetic on finite doubles can still leave
 * the finite range: 1e308 − (−1e308) = Infinity, e^800 = Infinity, and then
 * Infinity − Infinity = NaN. The contract says a function either returns finite
 * numbers or throws a RangeError, so functions pass their outputs (and risky
 * intermediates such as probability ratios) through this check, which names the
 * quantity that overflowed.
 * Example: assertFiniteResult('ratio', [1, Infinity]) throws
 * "ratio[1] is Infinity: the inputs are too large to compute it in double precision".
 */
import { assertFinite, describe } from '../core/validate';

export function assertFiniteResult(what: string, x: number | readonly number[]): void {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw overflow(what, x);
    return;
  }
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) throw overflow(`${what}[${i}]`, x[i]);
}

function overflow(what: string, x: number): RangeError {
  return new RangeError(`${what} is ${x}: the inputs are too large to compute it in double precision`);
}

/** A finite number ≥ 0 (core/validate has > 0 and ranges, not this). */
export function assertNonNegative(name: string, x: unknown): asserts x is number {
  assertFinite(name, x);
  if (x < 0) throw new RangeError(`${name} must be ≥ 0, got ${describe(x)}`);
}
