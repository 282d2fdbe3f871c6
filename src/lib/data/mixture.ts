/**
 * Epochs per source of a data mixture (the "epochs elapsed" column of GPT-3's Table 2.2,
 * Brown et al. 2020; Llama and Chinchilla report the same quantity).
 * epochs_i = (w_i / Σ_j w_j) · totalTokens / tokens_i: the share of the training tokens drawn
 * from source i divided by the tokens it holds. Weights need not sum to 1; they are normalised.
 * Example: sources {1e9 tokens, w 0.5}, {2e8, 0.3}, {5e7, 0.2} over 1e9 training tokens
 * → [0.5, 1.5, 4]: the small high-quality source is repeated four times.
 * impliedMixtureWeights inverts the formula: w_i = epochs_i · tokens_i / totalTokens, the weights
 * a published epochs column implies (they need not sum to 1 when the table was rounded).
 * Example: GPT-3's WebText2, 2.9 epochs of 19B tokens over 300B → 0.1837, not the 22 % printed.
 */
import { assertFinite, assertPositive, describe as show } from '../core/validate';

export function mixtureEpochs(sources: readonly { tokens: number; weight: number }[], totalTokens: number): number[] {
  if (!Array.isArray(sources)) throw new TypeError(`sources must be an array, got ${show(sources)}`);
  if (sources.length === 0) throw new RangeError('sources must not be empty');
  let wsum = 0;
  sources.forEach((s, i) => {
    if (s === null || typeof s !== 'object') throw new TypeError(`sources[${i}] must be {tokens, weight}`);
    assertPositive(`sources[${i}].tokens`, s.tokens);
    assertFinite(`sources[${i}].weight`, s.weight);
    if (s.weight < 0) throw new RangeError(`sources[${i}].weight must be ≥ 0, got ${s.weight}`);
    wsum += s.weight;
  });
  if (!(wsum > 0)) throw new RangeError('the weights of sources must have a positive sum, got 0');
  assertFinite('totalTokens', totalTokens);
  if (totalTokens < 0) throw new RangeError(`totalTokens must be ≥ 0, got ${totalTokens}`);
  return sources.map((s) => ((s.weight / wsum) * totalTokens) / s.tokens);
}

export function impliedMixtureWeights(
  sources: readonly { tokens: number; epochs: number }[],
  totalTokens: number,
): number[] {
  if (!Array.isArray(sources)) throw new TypeError(`sources must be an array, got ${show(sources)}`);
  if (sources.length === 0) throw new RangeError('sources must not be empty');
  assertPositive('totalTokens', totalTokens);
  return sources.map((s, i) => {
    if (s === null || typeof s !== 'object') throw new TypeError(`sources[${i}] must be {tokens, epochs}`);
    assertPositive(`sources[${i}].tokens`, s.tokens);
    assertFinite(`sources[${i}].epochs`, s.epochs);
    if (s.epochs < 0) throw new RangeError(`sources[${i}].epochs must be ≥ 0, got ${s.epochs}`);
    return (s.epochs * s.tokens) / totalTokens;
  });
}
