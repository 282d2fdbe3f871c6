/**
 * Top-k and nucleus (top-p) filtering of a next-token distribution (Fan et al. 2018; Holtzman
 * et al. 2020, arXiv:1904.09751), on probabilities rather than logits so a widget can show each stage.
 * topK: keep the k largest (ties: lower index first), renormalise, zeros elsewhere; k above the
 * length keeps everything.
 * topP: sort descending (ties: lower index first), keep the shortest prefix whose mass, summed
 * left to right, reaches p (at least one token), renormalise. Transformers' TopPLogitsWarper sums
 * in ascending order and can keep a different set at ties and exact boundaries.
 * Input must be a distribution (finite, ≥ 0, sums to 1 ± 1e-6).
 * Example: topPFilter([0.1, 0.6, 0.3], 0.7) → 0.6 < 0.7, 0.6 + 0.3 ≥ 0.7 → [0, 2/3, 1/3].
 */
import { assertDistribution, assertInRange, assertInteger } from '../core/validate';

/** Indices by decreasing probability, ties broken by the lower index. */
function descendingOrder(p: readonly number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
}

function keepOnly(p: readonly number[], keep: readonly number[]): number[] {
  const out = new Array<number>(p.length).fill(0);
  let sum = 0;
  for (const i of keep) sum += p[i];
  for (const i of keep) out[i] = p[i] / sum;
  return out;
}

export function topKFilter(probs: readonly number[], k: number): number[] {
  assertDistribution('probs', probs);
  assertInteger('k', k, 1);
  return keepOnly(probs, descendingOrder(probs).slice(0, k));
}

export function topPFilter(probs: readonly number[], p: number): number[] {
  assertDistribution('probs', probs);
  assertInRange('p', p, 0, 1, { loOpen: true });
  const order = descendingOrder(probs);
  const keep: number[] = [];
  let mass = 0;
  for (const i of order) {
    keep.push(i);
    mass += probs[i];
    if (mass >= p) break;
  }
  return keepOnly(probs, keep);
}
