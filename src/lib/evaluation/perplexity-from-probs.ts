/**
 * Perplexity of a sequence from the probability the model gave each actual next token, step by step.
 *   nll_t = −log p_t,  running mean_t = (1/t) Σ_{s ≤ t} nll_s,  PPL = exp(mean nll)  (core perplexity)
 * PPL is the effective number of equally likely choices per token: a model that gives every token
 * p = 1/4 has perplexity 4, whatever the sequence length.
 * Each p_t must be in (0, 1]: p = 0 would mean an infinite NLL (the model ruled out what happened).
 * Numerics: −log p is exact for tiny p (no 1 − p rounding); exp overflows to Infinity only when the mean
 * NLL exceeds 709.78, i.e. a geometric-mean probability below about 1e-308.
 * Example: probs [0.5, 0.25, 0.125] → nll [log 2, 2 log 2, 3 log 2], running mean [0.693, 1.040, 1.386],
 *   running PPL [2, 2.83, 4]; PPL = exp(2 log 2) = 4.
 */
import { perplexity } from '../core';
import { assertFiniteArray } from '../core/validate';

export interface PerplexitySteps {
  /** −log p_t.  [T] */
  nlls: number[];
  /** Mean NLL of the first t tokens.  [T] */
  runningMeanNll: number[];
  /** exp(running mean).  [T] */
  runningPerplexity: number[];
  meanNll: number;
  perplexity: number;
}

export function perplexityFromProbs(probs: readonly number[]): PerplexitySteps {
  assertFiniteArray('probs', probs, { nonEmpty: true });
  probs.forEach((p, i) => {
    if (!(p > 0 && p <= 1)) {
      throw new RangeError(
        `probs[${i}] must be a probability in (0, 1], got ${p}` + (p === 0 ? ' (infinite NLL)' : ''),
      );
    }
  });
  const nlls = probs.map((p) => -Math.log(p)); // [T]
  const runningMeanNll: number[] = [];
  let sum = 0;
  nlls.forEach((x, t) => {
    sum += x;
    runningMeanNll.push(sum / (t + 1));
  });
  return {
    nlls,
    runningMeanNll,
    runningPerplexity: runningMeanNll.map(Math.exp),
    meanNll: runningMeanNll[runningMeanNll.length - 1],
    perplexity: perplexity(nlls),
  };
}
