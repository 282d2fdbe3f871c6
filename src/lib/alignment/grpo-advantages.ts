/**
 * Group-relative advantages (GRPO, Shao et al. 2024, arXiv:2402.03300, §4.1.2 "outcome
 * supervision"; TRL GRPOTrainer._generate_and_score_completions).
 *   A_i = (r_i − mean(group)) / (std + eps)
 *   scale 'group' (default): std of the completion's own group   (GRPO)
 *         'batch': std of the whole batch, mean still per group    (TRL scale_rewards="batch")
 *         'none':  no division, A_i = r_i − mean(group)            (Dr. GRPO, Liu et al. 2025,
 *                  arXiv:2503.20783: the std term biases towards too easy / too hard prompts)
 * std is the unbiased sample std, as torch.std; eps defaults to 1e-4 (TRL's value).
 * Rewards are laid out group after group: [g0 c0, g0 c1, …, g1 c0, …]; groupSize ≥ 2 divides the batch.
 * Numerical trick: each mean is computed as a + mean(r − a) with a = the group's first
 * reward, so a group of identical rewards gets exactly 0 (plain Σr/G can round to a
 * value that differs from r by 1 ulp, which eps = 0 would blow up). The std divides the
 * deviations by their largest magnitude before squaring (as hypot does), so spreads of 1e-200
 * or 1e200 neither underflow to 0 nor overflow. Deviation: with
 * eps = 0 and std = 0, 0/0 gives 0 here where torch gives NaN.
 * Example: rewards [1, 0, 0, 1], G = 4: mean 0.5, std = √(1/3) ≈ 0.5774 →
 *   [0.866, −0.866, −0.866, 0.866] (eps = 1e-4 shifts the 4th digit).
 */
import { assertFiniteArray, assertInteger, describe } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from './finite';

export type GrpoScale = 'group' | 'batch' | 'none';
const SCALES: readonly GrpoScale[] = ['group', 'batch', 'none'];

/** Mean of xs[from, to), shifted by the first element so equal values give that value exactly. */
function shiftedMean(xs: readonly number[], from: number, to: number): number {
  const a = xs[from];
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i] - a;
  return a + s / (to - from);
}

/** Unbiased (n − 1) standard deviation of xs[from, to) about `mean`, scaled like hypot. */
function unbiasedStd(xs: readonly number[], from: number, to: number, mean: number): number {
  let scale = 0;
  for (let i = from; i < to; i++) scale = Math.max(scale, Math.abs(xs[i] - mean));
  if (scale === 0) return 0;
  let s = 0;
  for (let i = from; i < to; i++) s += ((xs[i] - mean) / scale) ** 2;
  return scale * Math.sqrt(s / (to - from - 1));
}

export function grpoAdvantages(
  rewards: readonly number[],
  groupSize: number,
  cfg: { scale?: GrpoScale; eps?: number } = {},
): number[] {
  assertFiniteArray('rewards', rewards, { nonEmpty: true });
  assertInteger('groupSize', groupSize, 2);
  if (rewards.length % groupSize !== 0) {
    throw new RangeError(`groupSize ${groupSize} must divide the number of rewards (${rewards.length})`);
  }
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { scale = 'group', eps = 1e-4 } = cfg;
  if (!SCALES.includes(scale))
    throw new RangeError(`scale must be one of ${SCALES.join(', ')}, got ${describe(scale)}`);
  assertNonNegative('eps', eps);

  const n = rewards.length;
  const batchStd = scale === 'batch' ? unbiasedStd(rewards, 0, n, shiftedMean(rewards, 0, n)) : 0;
  const advantages = new Array<number>(n); // [B]
  for (let g = 0; g < n; g += groupSize) {
    const mean = shiftedMean(rewards, g, g + groupSize);
    const std = scale === 'group' ? unbiasedStd(rewards, g, g + groupSize, mean) : batchStd;
    for (let i = g; i < g + groupSize; i++) {
      const centred = rewards[i] - mean;
      if (scale === 'none') advantages[i] = centred;
      else advantages[i] = centred === 0 ? 0 : centred / (std + eps);
    }
  }
  assertFiniteResult('advantages', advantages);
  return advantages;
}
