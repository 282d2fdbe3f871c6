/**
 * The Bradley–Terry model of pairwise preferences and the reward-model loss built on it
 * (Bradley & Terry 1952; InstructGPT, Ouyang et al. 2022, arXiv:2203.02155, eq. 1; TRL RewardTrainer).
 *   P(chosen ≻ rejected) = σ(r_c − r_r)
 *   loss = mean_i −logσ(r_c,i − r_r,i − m_i)
 * The optional margin m (Llama 2, Touvron et al. 2023, arXiv:2307.09288, eq. 2) asks for a wider
 * gap on pairs the annotators rated as clearly better. Only differences of rewards matter:
 * adding a constant to every reward changes nothing (the reward's scale is not identified).
 * Numerical trick: −logσ is computed stably, so r_c − r_r = −2000 gives 2000, not Infinity.
 * Example: r_c = 1.5, r_r = 0.3 → P = σ(1.2) ≈ 0.7685, loss = −log 0.7685 ≈ 0.2633.
 */
import { logSigmoid, sigmoid } from '../core';
import { assertFinite, assertFiniteArray, assertSameLength } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';

export function bradleyTerryLoss(
  chosen: readonly number[],
  rejected: readonly number[],
  margin?: readonly number[],
): number {
  assertFiniteArray('chosen', chosen, { nonEmpty: true });
  assertFiniteArray('rejected', rejected, { nonEmpty: true });
  assertSameLength(['chosen', 'rejected'], [chosen as number[], rejected as number[]]);
  if (margin !== undefined) {
    assertFiniteArray('margin', margin, { nonEmpty: true });
    assertSameLength(['chosen', 'margin'], [chosen as number[], margin as number[]]);
  }
  const gaps = chosen.map((c, i) => c - rejected[i] - (margin ? margin[i] : 0)); // [B]
  assertFiniteResult('r_chosen − r_rejected − margin', gaps);
  const loss = gaps.reduce((acc, g) => acc - logSigmoid(g), 0) / gaps.length;
  assertFiniteResult('loss', loss);
  return loss;
}

export function preferenceProbability(chosen: number, rejected: number): number {
  return sigmoid(rewardGap(chosen, rejected));
}

/** The reward gap r_c − r_r that σ turns into a preference probability (not in the contract; shown by PreferenceLoss). */
export function rewardGap(chosen: number, rejected: number): number {
  assertFinite('chosen', chosen);
  assertFinite('rejected', rejected);
  const gap = chosen - rejected;
  assertFiniteResult('chosen − rejected', gap);
  return gap;
}
