/**
 * Drawing the next token: the pipeline of Hugging Face `generate` with do_sample=True —
 * logits / T → softmax → top-k → top-p → sample — with every stage returned so a widget can draw
 * the distribution shrinking. Temperature T > 0 (T → 0 approaches greedy decoding); topK and
 * topP are optional (absent: no filtering). Top-p acts on the distribution left by top-k, as the
 * warpers are chained in Transformers.
 * sampleFromProbs inverts the cumulative distribution with one rng.next() draw and never returns
 * a token of probability 0.
 * Example: logits [2, 1, 0], T = 1 → [0.665, 0.245, 0.090]; topK 2 → [0.731, 0.269, 0];
 * topP 0.7 → [1, 0, 0].
 */
import { softmax } from '../core/softmax';
import { assertDistribution } from '../core/validate';
import type { Rng } from '../random';
import { topKFilter, topPFilter } from './sampling-filters';

export function sampleFromProbs(probs: readonly number[], rng: Rng): number {
  assertDistribution('probs', probs);
  if (!rng || typeof rng.categorical !== 'function') throw new TypeError('rng must be a generator from createRng');
  return rng.categorical(probs);
}

export interface NextTokenStages {
  /** softmax(logits / T) */
  probs: number[];
  afterTopK: number[];
  /** The distribution actually sampled from. */
  afterTopP: number[];
}

export function nextTokenDistribution(
  logits: readonly number[],
  opts: { temperature?: number; topK?: number; topP?: number } = {},
): NextTokenStages {
  const probs = softmax(logits, opts.temperature ?? 1);
  const afterTopK = opts.topK === undefined ? probs : topKFilter(probs, opts.topK);
  const afterTopP = opts.topP === undefined ? afterTopK : topPFilter(afterTopK, opts.topP);
  return { probs, afterTopK, afterTopP };
}
