/**
 * Softmax and log-softmax with temperature.
 * softmax(l, T)_i = exp(l_i/T − max_j l_j/T) / Σ_k exp(l_k/T − max_j l_j/T)   (torch.softmax(l / T))
 * Numerical trick: subtracting the maximum keeps every exponent ≤ 0, so
 * softmax([1000, 1001]) is [0.2689, 0.7311] instead of NaN; log-softmax is
 * l_i/T − max − log Σ exp(…) (log-sum-exp), never log of a rounded-to-zero probability.
 * A −Infinity logit is a masked token: probability 0, log-probability −Infinity.
 * The maximum is subtracted before dividing by T ((l_i − max)/T, the same value since T > 0), so a
 * tiny temperature cannot overflow l/T to Infinity and turn the result into NaN; the maximum is found
 * with a loop, not Math.max(...l), which overflows the call stack for very long vocabularies.
 * At least one logit must be finite. Example: softmax([1, 2, 3]) → [0.0900, 0.2447, 0.6652].
 */
import { assertLogitArray, assertPositive } from './validate';

function scaledAndMax(logits: readonly number[], temperature: number): { z: number[]; max: number } {
  assertLogitArray('logits', logits, { nonEmpty: true });
  assertPositive('temperature', temperature);
  let maxLogit = -Infinity;
  for (const l of logits) if (l > maxLogit) maxLogit = l;
  if (maxLogit === -Infinity) throw new RangeError('logits must contain at least one finite value (all are -Infinity)');
  // z_i = (l_i − max)/T ≤ 0: the shifted, scaled logits; their maximum is 0.
  const z = logits.map((l) => (l - maxLogit) / temperature); // [V]
  return { z, max: maxLogit / temperature };
}

/** log Σ exp(l_i / T), computed stably. */
export function logSumExp(logits: readonly number[], temperature = 1): number {
  const { z, max } = scaledAndMax(logits, temperature);
  let sum = 0;
  for (const x of z) sum += Math.exp(x);
  return max + Math.log(sum);
}

export function logSoftmax(logits: readonly number[], temperature = 1): number[] {
  const { z } = scaledAndMax(logits, temperature);
  let sum = 0;
  for (const x of z) sum += Math.exp(x);
  const lse = Math.log(sum);
  return z.map((x) => x - lse);
}

export function softmax(logits: readonly number[], temperature = 1): number[] {
  const { z } = scaledAndMax(logits, temperature);
  const e = z.map((x) => Math.exp(x));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
