/**
 * Hand-made features of a short response and the preference pairs a linear reward model
 * (./linear-rm.ts) trains on. A real reward model learns its features (the last hidden state
 * of a transformer, InstructGPT arXiv:2203.02155 §3.5); here they are four visible numbers so
 * a reader can read the learned weights:
 *   φ(response) = [correct ∈ {0,1}, polite ∈ {0,1}, sentences (count ≥ 0), refuses ∈ {0,1}]
 * A labelled comparison {a, b, preferred} becomes {chosen, rejected}; a flipped comparison swaps
 * them (a noisy annotator who clicked the other response).
 * Example: a = correct, 2 sentences; b = polite, 3 sentences; preferred 'a'
 *   → chosen [1, 0, 2, 0], rejected [0, 1, 3, 0]; flipped → the other way round.
 */
import { assertInteger } from '../core/validate';
import type { PreferencePair } from './linear-rm';

export interface ResponseTraits {
  correct: boolean;
  polite: boolean;
  sentences: number;
  refuses: boolean;
}

export interface LabelledComparison {
  a: ResponseTraits;
  b: ResponseTraits;
  preferred: 'a' | 'b';
}

export const RESPONSE_FEATURES = ['correct', 'polite', 'sentences', 'refuses'] as const;

export function responseFeatures(t: ResponseTraits): number[] {
  assertInteger('sentences', t.sentences, 0);
  return [t.correct ? 1 : 0, t.polite ? 1 : 0, t.sentences, t.refuses ? 1 : 0];
}

export function comparisonsToPairs(
  comparisons: readonly LabelledComparison[],
  flipped: readonly boolean[] = [],
): PreferencePair[] {
  if (flipped.length > comparisons.length) {
    throw new RangeError(`flipped has length ${flipped.length} but there are ${comparisons.length} comparisons`);
  }
  return comparisons.map((c, i) => {
    const aWins = (c.preferred === 'a') !== Boolean(flipped[i]);
    const [win, lose] = aWins ? [c.a, c.b] : [c.b, c.a];
    return { chosen: responseFeatures(win), rejected: responseFeatures(lose) };
  });
}
