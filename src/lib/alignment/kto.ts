/**
 * Kahneman–Tversky Optimization loss (Ethayarajh et al. 2024, arXiv:2402.01306, §4;
 * TRL KTOTrainer.kto_loss). Each example is a single response labelled desirable or
 * undesirable, not a pair.
 *   z   = max(0, mean(policyKl − refKl))      reference point: a batch estimate of KL(π‖π_ref)
 *                                            from mismatched (prompt, completion) pairs, clamped at 0
 *   desirable:   w_d · (1 − σ(β·(π_c − ref_c − z)))
 *   undesirable: w_u · (1 − σ(β·(z − (π_r − ref_r))))
 *   losses = desirable ones, then undesirable ones.
 * As in TRL, z is a constant (no gradient flows through it). Either side may be empty;
 * the KL arrays must not be. β > 0, weights ≥ 0 (default 1).
 * Example: π_c − ref_c = 0, z = 0, β = 0.1 → loss 1 − σ(0) = 0.5.
 */
import { sigmoid } from '../core';
import { assertFiniteArray, assertPositive, assertSameLength, describe } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from './finite';

export interface KtoBatch {
  policyChosen: number[];
  policyRejected: number[];
  refChosen: number[];
  refRejected: number[];
  policyKl: number[];
  refKl: number[];
}

export interface KtoConfig {
  beta: number;
  desirableWeight?: number;
  undesirableWeight?: number;
}

export function ktoLoss(batch: Readonly<KtoBatch>, cfg: KtoConfig): { losses: number[]; kl: number } {
  if (batch === null || typeof batch !== 'object')
    throw new TypeError(`batch must be an object, got ${describe(batch)}`);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { policyChosen, policyRejected, refChosen, refRejected, policyKl, refKl } = batch;
  assertFiniteArray('policyChosen', policyChosen);
  assertFiniteArray('refChosen', refChosen);
  assertFiniteArray('policyRejected', policyRejected);
  assertFiniteArray('refRejected', refRejected);
  assertFiniteArray('policyKl', policyKl, { nonEmpty: true });
  assertFiniteArray('refKl', refKl, { nonEmpty: true });
  assertSameLength(['policyChosen', 'refChosen'], [policyChosen, refChosen]);
  assertSameLength(['policyRejected', 'refRejected'], [policyRejected, refRejected]);
  assertSameLength(['policyKl', 'refKl'], [policyKl, refKl]);
  const { beta, desirableWeight = 1, undesirableWeight = 1 } = cfg;
  assertPositive('beta', beta);
  assertNonNegative('desirableWeight', desirableWeight);
  assertNonNegative('undesirableWeight', undesirableWeight);

  let klSum = 0;
  for (let i = 0; i < policyKl.length; i++) klSum += policyKl[i] - refKl[i];
  const kl = Math.max(0, klSum / policyKl.length);
  assertFiniteResult('kl', kl);

  const chosenRatios = policyChosen.map((p, i) => p - refChosen[i]);
  const rejectedRatios = policyRejected.map((p, i) => p - refRejected[i]);
  const chosenArgs = chosenRatios.map((x) => beta * (x - kl));
  const rejectedArgs = rejectedRatios.map((x) => beta * (kl - x));
  assertFiniteResult('β·(chosen log-ratio − kl)', chosenArgs);
  assertFiniteResult('β·(kl − rejected log-ratio)', rejectedArgs);
  const losses = [
    ...chosenArgs.map((x) => desirableWeight * (1 - sigmoid(x))),
    ...rejectedArgs.map((x) => undesirableWeight * (1 - sigmoid(x))),
  ];
  assertFiniteResult('losses', losses);
  return { losses, kl };
}
