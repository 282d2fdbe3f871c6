/**
 * Logistic sigmoid σ(x) = 1 / (1 + e^−x) and its logarithm.
 * Stable for large |x|: for x < 0, σ(x) = e^x / (1 + e^x) so e^−x never overflows;
 * log σ(x) = −log1p(e^−x) for x ≥ 0 and x − log1p(e^x) otherwise
 * (torch.nn.functional.logsigmoid), so logSigmoid(−1000) = −1000, not −Infinity.
 * Example: sigmoid(0) = 0.5; logSigmoid(0) = −log 2 ≈ −0.6931.
 */
import { assertFinite } from './validate';

export function sigmoid(x: number): number {
  assertFinite('x', x);
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function logSigmoid(x: number): number {
  assertFinite('x', x);
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}
