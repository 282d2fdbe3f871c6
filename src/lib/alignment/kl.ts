/**
 * Per-token KL estimators and the KL-penalised PPO reward.
 *
 * Estimators of KL(π‖π_ref) from tokens sampled from π (Schulman, "Approximating KL
 * Divergence", 2020; TRL uses k1 for PPO rewards and k3 for GRPO), with log r = ref − lp:
 *   k1 = lp − ref = −log r             unbiased, can be negative, high variance
 *   k2 = ½ (log r)²                     biased, ≥ 0, low variance
 *   k3 = (r − 1) − log r                unbiased (E_π[r] = 1), ≥ 0, low variance
 * Numerical trick: with x = log r, k3 = e^x − 1 − x cancels badly when r ≈ 1 (for |x| < 2^−51
 * it rounds to 0 although it is x²/2). k3FromLogRatio uses the Taylor series Σ_{k≥2} x^k/k!
 * (11 terms) for |x| < 0.1 and expm1(x) − x beyond; it is clamped at 0 against rounding.
 * ref − lp above ~709 overflows e^(ref − lp): that throws.
 *
 * KL-penalised rewards (InstructGPT, Ouyang et al. 2022, arXiv:2203.02155, eq. 2;
 * Stiennon et al. 2020; TRL PPOTrainer): per token −β·(lp − ref), plus the reward
 * model's score on the last token.
 * Example: lp = [−1, −2], ref = [−1.5, −2], score 1, β = 0.1 → [−0.05, 1].
 *   k1 = [0.5, 0], k2 = [0.125, 0], k3 = [e^−0.5 − 1 + 0.5, 0] ≈ [0.1065, 0].
 */
import { assertFinite, assertFiniteArray, assertSameLength } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from './finite';

export interface KlEstimates {
  k1: number[];
  k2: number[];
  k3: number[];
}

const INV_FACTORIALS = Array.from({ length: 11 }, (_, i) => {
  let f = 1;
  for (let k = 2; k <= i + 2; k++) f *= k;
  return 1 / f;
}); // 1/2!, 1/3!, …, 1/12!

/** k3 = e^x − 1 − x for a log-ratio x = log(π_ref/π), accurate for small |x|. */
export function k3FromLogRatio(x: number): number {
  if (Math.abs(x) >= 0.1) return Math.max(0, Math.expm1(x) - x);
  let s = 0;
  for (let i = INV_FACTORIALS.length - 1; i >= 0; i--) s = s * x + INV_FACTORIALS[i];
  return Math.max(0, x * x * s);
}

export function klEstimates(logProbs: readonly number[], refLogProbs: readonly number[]): KlEstimates {
  assertFiniteArray('logProbs', logProbs);
  assertFiniteArray('refLogProbs', refLogProbs);
  assertSameLength(['logProbs', 'refLogProbs'], [logProbs as number[], refLogProbs as number[]]);
  const k1 = logProbs.map((lp, t) => lp - refLogProbs[t]); // [T]
  const k2 = k1.map((x) => 0.5 * x * x);
  const k3 = k1.map((x) => k3FromLogRatio(-x));
  assertFiniteResult('k1', k1);
  assertFiniteResult('k2', k2);
  assertFiniteResult('k3', k3);
  return { k1, k2, k3 };
}

export function klPenalizedRewards(
  score: number,
  logProbs: readonly number[],
  refLogProbs: readonly number[],
  beta: number,
): number[] {
  assertFinite('score', score);
  assertFiniteArray('logProbs', logProbs, { nonEmpty: true });
  assertFiniteArray('refLogProbs', refLogProbs, { nonEmpty: true });
  assertSameLength(['logProbs', 'refLogProbs'], [logProbs as number[], refLogProbs as number[]]);
  assertNonNegative('beta', beta);
  const rewards = logProbs.map((lp, t) => -beta * (lp - refLogProbs[t]));
  rewards[rewards.length - 1] += score;
  assertFiniteResult('rewards', rewards);
  return rewards;
}
