/**
 * Exact mean and standard deviation of Schulman's per-sample KL estimators k1, k2, k3
 * ("Approximating KL Divergence", 2020) when x is drawn from a categorical `policy`,
 * with log r(x) = log ref(x) − log policy(x):
 *   E[k]   = Σ_x policy(x)·k(x)
 *   Std[k] = sqrt(Σ_x policy(x)·(k(x) − E[k])²)     (population std of one sample)
 * E[k1] = KL(policy‖ref) exactly; E[k3] = KL + E_policy[r] − 1, where E_policy[r] is ref's mass on
 * the policy's support: so E[k3] = KL whenever the policy gives every token some probability
 * (the usual case for a softmax); E[k2] is biased. The standard error of a mean over N
 * samples is Std/√N. Tokens with policy(x) = 0 are never drawn and are skipped.
 * Per-sample values come from klEstimates (./kl.ts). ref must be > 0 where policy is > 0.
 * Example: policy [0.5, 0.3, 0.2], ref [0.4, 0.4, 0.2]:
 *   k1 = [ln 1.25, ln 0.75, 0] ≈ [0.2231, −0.2877, 0], KL = E[k1] ≈ 0.02527;
 *   k3 = [0.8 − 1 + ln 1.25, 4/3 − 1 + ln 0.75, 0] ≈ [0.02314, 0.04565, 0], E[k3] ≈ 0.02527.
 */
import { klDivergence } from '../core';
import { assertDistribution, assertSameLength } from '../core/validate';
import { klEstimates } from './kl';

export interface KlEstimatorMoments {
  mean: { k1: number; k2: number; k3: number };
  std: { k1: number; k2: number; k3: number };
  trueKl: number;
}

export function klEstimatorMoments(policy: readonly number[], ref: readonly number[]): KlEstimatorMoments {
  assertDistribution('policy', policy);
  assertDistribution('ref', ref);
  assertSameLength(['policy', 'ref'], [policy as number[], ref as number[]]);
  const support = policy.map((_, i) => i).filter((i) => policy[i] > 0);
  support.forEach((i) => {
    if (ref[i] === 0) {
      throw new RangeError(`ref[${i}] is 0 where policy[${i}] = ${policy[i]} > 0: KL(policy‖ref) is infinite`);
    }
  });
  const w = support.map((i) => policy[i]);
  const est = klEstimates(
    support.map((i) => Math.log(policy[i])),
    support.map((i) => Math.log(ref[i])),
  );
  const moments = (k: number[]): [number, number] => {
    const m = k.reduce((s, x, j) => s + w[j] * x, 0);
    const v = k.reduce((s, x, j) => s + w[j] * (x - m) ** 2, 0);
    return [m, Math.sqrt(v)];
  };
  const [m1, s1] = moments(est.k1);
  const [m2, s2] = moments(est.k2);
  const [m3, s3] = moments(est.k3);
  return {
    mean: { k1: m1, k2: m2, k3: m3 },
    std: { k1: s1, k2: s2, k3: s3 },
    trueKl: klDivergence(policy as number[], ref as number[]),
  };
}
