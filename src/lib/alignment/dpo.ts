/**
 * Direct Preference Optimization loss and its variants, as TRL's DPOTrainer computes them
 * (≤ v0.28; the reference vectors follow v0.25.0).
 *   h = (π_c − π_r) − (ref_c − ref_r)         π, ref = summed log-probs of a response
 *   sigmoid: −(1−ε)·logσ(βh) − ε·logσ(−βh)    DPO, Rafailov et al. 2023, arXiv:2305.18290, eq. 7;
 *                                            ε > 0 is "conservative DPO" (label noise ε)
 *   robust:  ((1−ε)·(−logσ(βh)) + ε·logσ(−βh)) / (1 − 2ε)   rDPO, Chowdhury et al. 2024, arXiv:2403.00409
 *   hinge:   relu(1 − βh)                     SLiC-style (Zhao et al. 2023, arXiv:2305.10425)
 *   ipo:     (h − 1/(2β))²                    IPO, Azar et al. 2023, arXiv:2310.12036 (sampled loss)
 *   implicit rewards: β·(π_c − ref_c), β·(π_r − ref_r)   (DPO eq. 5 without the β·log Z term)
 * β > 0; ε = labelSmoothing in [0, 0.5), validated for every type but used only by sigmoid
 * and robust. For ipo TRL passes length-averaged log-probabilities: so should the caller.
 * Numerical trick: logσ is computed stably, so |βh| in the thousands gives 0 or |βh|, never NaN.
 * Symmetry (tested): swapping chosen and rejected turns h into −h, and the sigmoid loss
 * with smoothing ε at h equals the loss with smoothing 1 − ε at −h (the formula extends to ε ≥ 0.5).
 * Example: π_c = −12.1, π_r = −14.3, ref_c = −12.9, ref_r = −13.8, β = 0.1:
 *   h = 2.2 − 0.9 = 1.3, loss = −logσ(0.13) ≈ 0.6303, rewards 0.08 and −0.05.
 */
import { logSigmoid } from '../core';
import { assertFiniteArray, assertInRange, assertPositive, assertSameLength, describe } from '../core/validate';
import { assertFiniteResult } from './finite';

export type DpoLossType = 'sigmoid' | 'ipo' | 'hinge' | 'robust';
const TYPES: readonly DpoLossType[] = ['sigmoid', 'ipo', 'hinge', 'robust'];

export interface DpoConfig {
  beta: number;
  type?: DpoLossType;
  labelSmoothing?: number;
}

export interface DpoResult {
  losses: number[];
  chosenRewards: number[];
  rejectedRewards: number[];
  /** h per pair: the policy's log-ratio margin minus the reference's. */
  h: number[];
}

/** The loss of one pair given h (validated inputs). Exported for widgets that plot loss against h. */
export function dpoPairLoss(h: number, beta: number, type: DpoLossType, eps: number): number {
  const z = beta * h;
  switch (type) {
    case 'sigmoid':
      return -logSigmoid(z) * (1 - eps) - (eps === 0 ? 0 : logSigmoid(-z) * eps);
    case 'robust':
      return (-logSigmoid(z) * (1 - eps) + (eps === 0 ? 0 : logSigmoid(-z) * eps)) / (1 - 2 * eps);
    case 'hinge':
      return Math.max(0, 1 - z);
    case 'ipo':
      return (h - 1 / (2 * beta)) ** 2;
  }
}

export function dpoLoss(
  policyChosen: readonly number[],
  policyRejected: readonly number[],
  refChosen: readonly number[],
  refRejected: readonly number[],
  cfg: DpoConfig,
): DpoResult {
  assertFiniteArray('policyChosen', policyChosen, { nonEmpty: true });
  assertFiniteArray('policyRejected', policyRejected, { nonEmpty: true });
  assertFiniteArray('refChosen', refChosen, { nonEmpty: true });
  assertFiniteArray('refRejected', refRejected, { nonEmpty: true });
  assertSameLength(['policyChosen', 'policyRejected', 'refChosen', 'refRejected'], [
    policyChosen,
    policyRejected,
    refChosen,
    refRejected,
  ] as number[][]);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { beta, type = 'sigmoid', labelSmoothing = 0 } = cfg;
  assertPositive('beta', beta);
  if (!TYPES.includes(type)) throw new RangeError(`type must be one of ${TYPES.join(', ')}, got ${describe(type)}`);
  assertInRange('labelSmoothing', labelSmoothing, 0, 0.5, { hiOpen: true });

  const h = policyChosen.map((pc, i) => pc - policyRejected[i] - (refChosen[i] - refRejected[i])); // [B]
  assertFiniteResult('h', h);
  assertFiniteResult(
    'beta·h',
    h.map((x) => beta * x),
  );
  const losses = h.map((x) => dpoPairLoss(x, beta, type, labelSmoothing));
  const chosenRewards = policyChosen.map((pc, i) => beta * (pc - refChosen[i]));
  const rejectedRewards = policyRejected.map((pr, i) => beta * (pr - refRejected[i]));
  assertFiniteResult('losses', losses);
  assertFiniteResult('chosenRewards', chosenRewards);
  assertFiniteResult('rejectedRewards', rejectedRewards);
  return { losses, chosenRewards, rejectedRewards, h };
}
