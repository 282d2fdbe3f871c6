/**
 * Cross-entropy of one position and perplexity of a sequence.
 * crossEntropy(l, y) = −log softmax(l)_y   (torch.nn.functional.cross_entropy, one row)
 * perplexity(nll) = exp(mean nll)           (the exponentiated average negative log-likelihood)
 * Computed through logSoftmax, so logits of magnitude 1e4 give a finite loss.
 * A target whose logit is −Infinity (masked) has loss +Infinity: the model gave it probability 0.
 * Example: crossEntropy([0, 0], 1) = log 2 ≈ 0.6931; perplexity([log 4, log 4]) = 4.
 */
import { logSoftmax } from './softmax';
import { assertFiniteArray, assertInteger } from './validate';

export function crossEntropy(logits: readonly number[], target: number): number {
  const lp = logSoftmax(logits);
  assertInteger('target', target, 0);
  if (target >= logits.length) {
    throw new RangeError(`target must be a class index below ${logits.length}, got ${target}`);
  }
  return -lp[target];
}

export function perplexity(nlls: readonly number[]): number {
  assertFiniteArray('nlls', nlls, { nonEmpty: true });
  nlls.forEach((x, i) => {
    if (x < 0) throw new RangeError(`nlls[${i}] must be ≥ 0 (a negative log-likelihood), got ${x}`);
  });
  const mean = nlls.reduce((a, b) => a + b, 0) / nlls.length;
  return Math.exp(mean);
}
