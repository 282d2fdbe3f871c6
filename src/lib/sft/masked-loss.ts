/**
 * The SFT loss over the trained tokens only: mean of the per-token losses whose label is not
 * -100, PyTorch's ignore_index (CrossEntropyLoss(reduction='mean') as Transformers and TRL
 * use it; prompt tokens, padding and, with assistant-only loss, user turns carry -100).
 *   loss = Σ_{t: y_t ≠ −100} ℓ_t / #{t: y_t ≠ −100},  and 0 when no label is kept
 * (torch returns NaN there; 0 is what a widget should show and what TRL's masked means give).
 * Labels must be whole numbers: a token id ≥ 0 or -100. Losses must be finite and ≥ 0
 * (each is a negative log-likelihood).
 * Example: losses [1.5, 1.2, 1.9, 2.7], labels [5, -100, 3, -100] → (1.5 + 1.9)/2 = 1.7.
 */
import { assertFiniteArray, assertInteger, assertSameLength } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from '../alignment/finite';

export const IGNORE_INDEX = -100;

export function maskedMeanLoss(tokenLosses: readonly number[], labels: readonly number[]): number {
  assertFiniteArray('tokenLosses', tokenLosses);
  assertFiniteArray('labels', labels);
  assertSameLength(['tokenLosses', 'labels'], [tokenLosses as number[], labels as number[]]);
  tokenLosses.forEach((x, i) => assertNonNegative(`tokenLosses[${i}]`, x));
  let sum = 0;
  let count = 0;
  labels.forEach((y, i) => {
    if (y === IGNORE_INDEX) return;
    assertInteger(`labels[${i}]`, y, 0);
    sum += tokenLosses[i];
    count++;
  });
  const loss = count === 0 ? 0 : sum / count;
  assertFiniteResult('loss', loss);
  return loss;
}
