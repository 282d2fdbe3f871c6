/**
 * Entropy and Kullback–Leibler divergence of discrete distributions, in nats.
 * H(p) = −Σ p_i log p_i with 0·log 0 = 0.
 * KL(p‖q) = Σ p_i log(p_i / q_i) with 0·log(0/q) = 0, and +Infinity where p_i > 0 = q_i
 * (p puts mass where q has none). Both inputs are checked to be distributions
 * (finite, ≥ 0, summing to 1 ± 1e-6) of the same length.
 * Example: H([0.5, 0.5]) = log 2 ≈ 0.6931; KL([1, 0] ‖ [0.5, 0.5]) = log 2.
 */
import { assertDistribution, assertSameLength } from './validate';

export function entropy(p: readonly number[]): number {
  assertDistribution('p', p);
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log(x);
  return h;
}

export function klDivergence(p: readonly number[], q: readonly number[]): number {
  assertDistribution('p', p);
  assertDistribution('q', q);
  assertSameLength(['p', 'q'], [p as number[], q as number[]]);
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    // log p − log q, not log(p/q): p/q overflows to Infinity when q is subnormal (q = 5e-324).
    kl += p[i] * (Math.log(p[i]) - Math.log(q[i]));
  }
  // Rounding can give −1e-17 for identical inputs; KL is never negative.
  return Math.max(0, kl);
}
