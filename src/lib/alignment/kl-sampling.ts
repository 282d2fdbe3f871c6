/**
 * Monte-Carlo KL estimators on samples, for a widget comparing k1, k2 and k3
 * (Schulman, "Approximating KL Divergence", 2020; per-sample formulas in ./kl.ts).
 * Draw x_1 … x_N from `policy`; with log r = log ref(x) − log policy(x):
 *   k1 = −log r,  k2 = ½(log r)²,  k3 = (r − 1) − log r
 * Returns every sample's three values, their means and standard deviations (unbiased,
 * N − 1; 0 when N = 1), and the exact KL(policy‖ref) to compare against.
 * E[k1] = E[k3] = KL exactly (E_policy[r] = 1); k2 is biased (its mean is ≈ KL only when
 * policy ≈ ref) but, like k3, never negative. When ref is close to policy, k3 has far
 * lower variance than k1 (Schulman's point, tested here).
 * ref must be > 0 wherever policy is > 0: otherwise KL is infinite and this throws.
 * Example: policy [0.5, 0.5], ref [0.25, 0.75]: KL = ½ log 2 + ½ log(2/3) ≈ 0.1438;
 *   a draw of x = 0 gives k1 = log 2, k2 = ½ log² 2, k3 = −0.5 + log 2.
 */
import { klDivergence } from '../core';
import { assertDistribution, assertInteger, assertSameLength } from '../core/validate';
import type { Rng } from '../random';
import { klEstimates } from './kl';

export interface KlSampleStats {
  samples: number[];
  k1: number[];
  k2: number[];
  k3: number[];
  mean: { k1: number; k2: number; k3: number };
  std: { k1: number; k2: number; k3: number };
  trueKl: number;
}

function meanAndStd(xs: readonly number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (xs.length < 2) return [m, 0];
  const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
  return [m, Math.sqrt(v)];
}

export function sampleKlEstimators(
  policy: readonly number[],
  ref: readonly number[],
  numSamples: number,
  rng: Rng,
): KlSampleStats {
  assertDistribution('policy', policy);
  assertDistribution('ref', ref);
  assertSameLength(['policy', 'ref'], [policy as number[], ref as number[]]);
  assertInteger('numSamples', numSamples, 1);
  policy.forEach((p, i) => {
    if (p > 0 && ref[i] === 0) {
      throw new RangeError(`ref[${i}] is 0 where policy[${i}] = ${p} > 0: KL(policy‖ref) is infinite`);
    }
  });
  const samples = Array.from({ length: numSamples }, () => rng.categorical(policy));
  const { k1, k2, k3 } = klEstimates(
    samples.map((x) => Math.log(policy[x])),
    samples.map((x) => Math.log(ref[x])),
  );
  const [m1, s1] = meanAndStd(k1);
  const [m2, s2] = meanAndStd(k2);
  const [m3, s3] = meanAndStd(k3);
  return {
    samples,
    k1,
    k2,
    k3,
    mean: { k1: m1, k2: m2, k3: m3 },
    std: { k1: s1, k2: s2, k3: s3 },
    trueKl: klDivergence(policy as number[], ref as number[]),
  };
}
