/**
 * Generalised Jensen–Shannon divergence of GKD (Agarwal et al. 2024, "On-Policy Distillation of
 * Language Models", arXiv:2306.13649, eq. 1; Hugging Face TRL GKDTrainer.generalized_jsd_loss).
 * Per row, with P = softmax(t/T) (teacher), Q = softmax(s/T) (student) and β in [0, 1]:
 *   β = 0:  KL(P ‖ Q)                                   forward KL (mode covering)
 *   β = 1:  KL(Q ‖ P)                                   reverse KL (mode seeking)
 *   else:   β·KL(P ‖ M) + (1 − β)·KL(Q ‖ M),  M = β·P + (1 − β)·Q
 * and the mean over rows (TRL's "batchmean" on [rows, V]). The two ends are special cases, as in TRL:
 * the mixture formula itself tends to 0 as β → 0 or 1, not to a KL.
 * Numerics (as TRL): log M = logAddExp(log β + log P, log(1 − β) + log Q), all in log space, so logits of
 * magnitude 1e4 are fine; M > 0 wherever P or Q is, so the mixture terms are always finite.
 * Deviation: no T² factor and no label mask (TRL has none on this function either; masking is the caller's).
 * Example: one row, s = [0, 0], t = [log 3, 0], β = 0 → KL([¾, ¼] ‖ [½, ½]) ≈ 0.1308;
 *   β = 0.5 → M = [⅝, ⅜], ½·KL(P‖M) + ½·KL(Q‖M) ≈ ½·0.0354 + ½·0.0323 ≈ 0.0338.
 */
import { logSoftmax } from '../core';
import { assertInRange, assertPositive } from '../core/validate';
import { assertLogitPair } from './check-logits';
import { klFromLogProbs, logAddExp } from './log-space';

export interface GeneralizedJsdConfig {
  beta: number;
  temperature?: number;
}

/** The divergence of each row (a widget plots them; generalizedJsd is their mean).  [N] */
export function generalizedJsdRows(
  studentLogits: readonly (readonly number[])[],
  teacherLogits: readonly (readonly number[])[],
  cfg: GeneralizedJsdConfig,
): number[] {
  assertLogitPair(studentLogits, teacherLogits);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError('cfg must be an object {beta, temperature?}');
  const { beta, temperature: T = 1 } = cfg;
  assertInRange('beta', beta, 0, 1);
  assertPositive('temperature', T);
  const logBeta = Math.log(beta);
  const log1mBeta = Math.log1p(-beta);
  return studentLogits.map((s, i) => {
    const lq = logSoftmax(s, T); // [V]
    const lp = logSoftmax(teacherLogits[i], T); // [V]
    if (beta === 0) return klFromLogProbs(lp, lq);
    if (beta === 1) return klFromLogProbs(lq, lp);
    const lm = lp.map((a, v) => logAddExp(logBeta + a, log1mBeta + lq[v])); // [V]
    return beta * klFromLogProbs(lp, lm) + (1 - beta) * klFromLogProbs(lq, lm);
  });
}

export function generalizedJsd(
  studentLogits: readonly (readonly number[])[],
  teacherLogits: readonly (readonly number[])[],
  cfg: GeneralizedJsdConfig,
): number {
  const rows = generalizedJsdRows(studentLogits, teacherLogits, cfg);
  return rows.reduce((a, b) => a + b, 0) / rows.length;
}
