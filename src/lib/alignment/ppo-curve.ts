/**
 * PPO's clipped surrogate for one token as a function of the probability ratio ρ, for plotting
 * (Schulman et al. 2017, arXiv:1707.06347, eq. 7 and Figure 1):
 *   L(ρ) = min(ρ·A, clip(ρ, 1−ε, 1+ε)·A)
 *   dL/dρ = A where the unclipped term is the minimum, 0 where the clipped (constant) term is
 * The flat, zero-gradient region is ρ > 1+ε for A > 0 and ρ < 1−ε for A < 0: once the ratio
 * has moved past the trust region in the direction the advantage favours, the update gets no
 * more credit for moving it further. At the boundary itself the two terms are equal; it counts
 * as not clipped, as in ppoClipLoss (TRL counts a token as clipped only when the clipped loss is
 * strictly larger). This is −1 × ppoClipLoss's per-token loss, with ρ given directly.
 * Example: A = 1, ε = 0.2: ρ = 1.5 → L = 1.2, slope 0; ρ = 0.5 → L = 0.5, slope 1.
 *          A = −1, ε = 0.2: ρ = 0.5 → L = −0.8, slope 0; ρ = 1.5 → L = −1.5, slope −1.
 */
import { assertFinite, assertFiniteArray, assertInRange } from '../core/validate';

export interface PpoClipPoint {
  ratio: number;
  objective: number;
  /** dL/dρ: A, or 0 in the flat (clipped) region. */
  slope: number;
  clipped: boolean;
}

export function ppoClipObjective(ratio: number, advantage: number, epsilon: number): PpoClipPoint {
  assertFinite('ratio', ratio);
  if (ratio < 0) throw new RangeError(`ratio must be ≥ 0 (a ratio of probabilities), got ${ratio}`);
  assertFinite('advantage', advantage);
  assertInRange('epsilon', epsilon, 0, 1, { loOpen: true, hiOpen: true });
  const clippedRatio = Math.min(Math.max(ratio, 1 - epsilon), 1 + epsilon);
  const unclipped = ratio * advantage;
  const clippedTerm = clippedRatio * advantage;
  const clipped = clippedTerm < unclipped;
  return { ratio, objective: clipped ? clippedTerm : unclipped, slope: clipped ? 0 : advantage, clipped };
}

/** The objective at every ratio of `ratios` (e.g. a grid from 0 to 2), for one advantage. */
export function ppoClipObjectiveCurve(advantage: number, epsilon: number, ratios: readonly number[]): PpoClipPoint[] {
  assertFiniteArray('ratios', ratios, { nonEmpty: true });
  return ratios.map((r) => ppoClipObjective(r, advantage, epsilon));
}

/** The interval of ratios where the objective is flat: [1+ε, ∞) for A > 0, [0, 1−ε] for A < 0, null for A = 0. */
export function ppoClipFlatRegion(advantage: number, epsilon: number): [number, number] | null {
  assertFinite('advantage', advantage);
  assertInRange('epsilon', epsilon, 0, 1, { loOpen: true, hiOpen: true });
  if (advantage > 0) return [1 + epsilon, Infinity];
  if (advantage < 0) return [0, 1 - epsilon];
  return null;
}
