/**
 * Small summaries that widgets show next to model outputs, kept here so that every shown
 * number comes from the math core (shared/spec/math-core.md, "Conventions").
 */
import { assertFinite } from './validate';

/** The sum of finite numbers (0 for an empty list). Example: sum([30, 22, 60]) = 112. */
export function sum(xs: readonly number[]): number {
  let total = 0;
  xs.forEach((x, i) => {
    assertFinite(`xs[${i}]`, x);
    total += x;
  });
  return total;
}

/**
 * How far `value` is from `reference`, as a fraction of the reference: |value − reference| / |reference|.
 * Widgets use it to flag a computed figure that disagrees with a published one.
 * Example: relativeDifference(3.44, 2.9) ≈ 0.186 (18.6 % off).
 */
export function relativeDifference(value: number, reference: number): number {
  assertFinite('value', value);
  assertFinite('reference', reference);
  if (reference === 0) throw new RangeError('reference must not be 0');
  return Math.abs(value - reference) / Math.abs(reference);
}

/**
 * Means of consecutive blocks of `size` values; a last, incomplete block is left out (the
 * chart of a training run plots one point per full block). Example: blockMeans([1,2,3,4,5], 2) = [1.5, 3.5].
 */
export function blockMeans(xs: readonly number[], size: number): number[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be an integer ≥ 1, got ${size}`);
  const out: number[] = [];
  for (let start = 0; start + size <= xs.length; start += size) out.push(sum(xs.slice(start, start + size)) / size);
  return out;
}

/**
 * The cross-entropy of a model that spreads its probability evenly over V tokens: −ln(1/V) = ln V
 * nats, the loss an untrained language model starts from. Example: V = 27 → ln 27 ≈ 3.2958.
 */
export function uniformCrossEntropy(vocabSize: number): number {
  if (!Number.isInteger(vocabSize) || vocabSize < 1) {
    throw new RangeError(`vocabSize must be an integer ≥ 1, got ${vocabSize}`);
  }
  return Math.log(vocabSize);
}
