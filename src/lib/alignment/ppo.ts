/**
 * PPO's clipped policy loss and clipped value loss, per token, as in TRL's PPOTrainer.
 *
 * Policy (Schulman et al. 2017, arXiv:1707.06347, eq. 7, written as a loss to minimise):
 *   ρ_t = e^(lp_t − lp_old_t)
 *   loss = mean_t max(−A_t·ρ_t, −A_t·clip(ρ_t, 1−ε, 1+ε))
 *   clipFraction = mean_t [−A_t·clip(ρ_t) > −A_t·ρ_t]   (tokens where the clipped term wins)
 * Taking the max of the two losses is the paper's min of the two objectives: the update
 * gets no credit for pushing ρ beyond 1 ± ε in the direction the advantage favours.
 *
 * Value (TRL; the paper's eq. 9 uses the unclipped square):
 *   v_clip = clip(v, v_old − c, v_old + c)
 *   loss = ½·mean_t max((v − R)², (v_clip − R)²)
 *
 * Besides the contract's fields, ppoClipLoss returns the clipped ratios and the per-token
 * losses so a widget can show them. A log-ratio above ~709 makes e^x overflow: that throws
 * (such a ratio means the policy has left the trust region entirely).
 * Example: lp − lp_old = log 1.5, A = 1, ε = 0.2: ρ = 1.5, clip = 1.2,
 *   loss = max(−1.5, −1.2) = −1.2, clipFraction = 1.
 */
import { assertFiniteArray, assertInRange, assertPositive, assertSameLength } from '../core/validate';
import { assertFiniteResult } from './finite';

const clip = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);

export interface PpoClipResult {
  loss: number;
  clipFraction: number;
  ratios: number[];
  clippedRatios: number[];
  tokenLosses: number[];
}

export function ppoClipLoss(
  logProbs: readonly number[],
  oldLogProbs: readonly number[],
  advantages: readonly number[],
  clipEps: number,
): PpoClipResult {
  assertFiniteArray('logProbs', logProbs, { nonEmpty: true });
  assertFiniteArray('oldLogProbs', oldLogProbs, { nonEmpty: true });
  assertFiniteArray('advantages', advantages, { nonEmpty: true });
  assertSameLength(['logProbs', 'oldLogProbs', 'advantages'], [logProbs, oldLogProbs, advantages] as number[][]);
  assertInRange('clipEps', clipEps, 0, 1, { loOpen: true, hiOpen: true });

  const ratios = logProbs.map((lp, t) => Math.exp(lp - oldLogProbs[t])); // [T]
  assertFiniteResult('ratio', ratios);
  const clippedRatios = ratios.map((r) => clip(r, 1 - clipEps, 1 + clipEps));
  let clipped = 0;
  const tokenLosses = ratios.map((r, t) => {
    const unclippedLoss = -advantages[t] * r;
    const clippedLoss = -advantages[t] * clippedRatios[t];
    if (clippedLoss > unclippedLoss) clipped++;
    return Math.max(unclippedLoss, clippedLoss);
  });
  const loss = tokenLosses.reduce((a, b) => a + b, 0) / tokenLosses.length;
  assertFiniteResult('tokenLosses', tokenLosses);
  assertFiniteResult('loss', loss);
  return { loss, clipFraction: clipped / ratios.length, ratios, clippedRatios, tokenLosses };
}

export function ppoValueLoss(
  values: readonly number[],
  oldValues: readonly number[],
  returns: readonly number[],
  clipRange: number,
): number {
  assertFiniteArray('values', values, { nonEmpty: true });
  assertFiniteArray('oldValues', oldValues, { nonEmpty: true });
  assertFiniteArray('returns', returns, { nonEmpty: true });
  assertSameLength(['values', 'oldValues', 'returns'], [values, oldValues, returns] as number[][]);
  assertPositive('clipRange', clipRange);

  let sum = 0;
  for (let t = 0; t < values.length; t++) {
    const vClipped = clip(values[t], oldValues[t] - clipRange, oldValues[t] + clipRange);
    sum += Math.max((values[t] - returns[t]) ** 2, (vClipped - returns[t]) ** 2);
  }
  const loss = (0.5 * sum) / values.length;
  assertFiniteResult('value loss', loss);
  return loss;
}
