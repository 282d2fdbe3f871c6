/**
 * Softmax and log-softmax with temperature.
 * softmax(l, T)_i = exp(l_i/T − max_j l_j/T) / Σ_k exp(l_k/T − max_j l_j/T)   (torch.softmax(l / T))
 * Numerical trick: subtracting the maximum keeps every exponent ≤ 0, so
 * softmax([1000, 1001]) is [0.2689, 0.7311] instead of NaN; log-softmax is
 * l_i/T − max − log Σ exp(…) (log-sum-exp), never log of a rounded-to-zero probability.
 * A −Infinity logit is a masked token: probability 0, log-probability −Infinity.
 * At least one logit must be finite. Example: softmax([1, 2, 3]) → [0.0900, 0.2447, 0.6652].
 */
import { assertLogitArray, assertPositive } from './validate';

function scaledAndMax(logits: readonly number[], temperature: number): { z: number[]; max: number } {
  assertLogitArray('logits', logits, { nonEmpty: true });
  assertPositive('temperature', temperature);
  const z = logits.map((l) => l / temperature); // [V]
  const max = Math.max(...z);
  if (max === -Infinity) throw new RangeError('logits must contain at least one finite value (all are -Infinity)');
  return { z, max };
}

/** log Σ exp(l_i / T), computed stably. */
export function logSumExp(logits: readonly number[], temperature = 1): number {
  const { z, max } = scaledAndMax(logits, temperature);
  let sum = 0;
  for (const x of z) sum += Math.exp(x - max);
  return max + Math.log(sum);
}

export function logSoftmax(logits: readonly number[], temperature = 1): number[] {
  const { z, max } = scaledAndMax(logits, temperature);
  let sum = 0;
  for (const x of z) sum += Math.exp(x - max);
  const lse = max + Math.log(sum);
  return z.map((x) => x - lse);
}

export function softmax(logits: readonly number[], temperature = 1): number[] {
  const { z, max } = scaledAndMax(logits, temperature);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
