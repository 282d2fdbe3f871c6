/**
 * Best-of-n sampling: draw n responses i.i.d. from the base policy p, keep the one with the
 * highest reward (Stiennon et al. 2020, arXiv:2009.01325; Beirami et al. 2024, arXiv:2401.01879).
 * Exact results for a discrete policy over K responses with rewards r:
 *   group responses by reward level L (sorted ascending), q_L = Σ_{r_i = L} p_i,
 *   F_L = P(r ≤ L) (the CDF), P(max of n = L) = F_L^n − F_{L−1}^n;
 *   E[best-of-n reward] = Σ_L L·(F_L^n − F_{L−1}^n);
 *   π_bon(i) = p_i / q_L · (F_L^n − F_{L−1}^n)  for r_i = L
 * Ties: sampleBestOfN keeps the first sample with the highest reward, so within a level the
 * chosen response is distributed like p — which is the π_bon above (as derived by Beirami et al.).
 * Rewards tie only when exactly equal.
 *   bestOfNKl(n) = log n − (n−1)/n: the usual formula, exact for continuous rewards (no ties);
 *   bestOfNExactKl = KL(π_bon‖p), always ≤ bestOfNKl(n) (Beirami et al.; tested).
 * Numerical trick: the top level's CDF is set to exactly 1, so π_bon sums to 1 without drift.
 * Example: p = [½, ½], r = [0, 1], n = 2: F = [½, 1] → π_bon = [¼, ¾], E[r] = ¾,
 *   KL = ¼ log ½ + ¾ log 1.5 ≈ 0.1308 ≤ log 2 − ½ ≈ 0.1931.
 */
import { klDivergence } from '../core';
import { assertDistribution, assertFiniteArray, assertInteger, assertSameLength } from '../core/validate';
import type { Rng } from '../random';

export function bestOfNKl(n: number): number {
  assertInteger('n', n, 1);
  return Math.log(n) - (n - 1) / n;
}

interface Level {
  reward: number;
  members: number[];
  mass: number; // P(max of n samples has this reward)
  q: number; // base probability of the level
}

function levels(probs: readonly number[], rewards: readonly number[], n: number): Level[] {
  assertDistribution('probs', probs);
  assertFiniteArray('rewards', rewards, { nonEmpty: true });
  assertSameLength(['probs', 'rewards'], [probs as number[], rewards as number[]]);
  assertInteger('n', n, 1);
  const order = rewards.map((_, i) => i).sort((a, b) => rewards[a] - rewards[b]);
  const out: Level[] = [];
  for (const i of order) {
    const last = out[out.length - 1];
    if (last && last.reward === rewards[i]) last.members.push(i);
    else out.push({ reward: rewards[i], members: [i], mass: 0, q: 0 });
  }
  let cdf = 0;
  let prevPow = 0;
  out.forEach((level, k) => {
    level.q = level.members.reduce((s, i) => s + probs[i], 0);
    cdf = k === out.length - 1 ? 1 : Math.min(1, cdf + level.q);
    const pow = cdf ** n;
    level.mass = Math.max(0, pow - prevPow);
    prevPow = pow;
  });
  return out;
}

export function bestOfNExpectedReward(probs: readonly number[], rewards: readonly number[], n: number): number {
  return levels(probs, rewards, n).reduce((s, l) => s + l.reward * l.mass, 0);
}

export function bestOfNDistribution(probs: readonly number[], rewards: readonly number[], n: number): number[] {
  const out = new Array<number>(probs.length).fill(0); // [K]
  for (const l of levels(probs, rewards, n)) {
    if (l.q > 0) for (const i of l.members) out[i] = (probs[i] / l.q) * l.mass;
  }
  return out;
}

export function bestOfNExactKl(probs: readonly number[], rewards: readonly number[], n: number): number {
  return klDivergence(bestOfNDistribution(probs, rewards, n), probs as number[]);
}

export function sampleBestOfN(
  probs: readonly number[],
  rewards: readonly number[],
  n: number,
  rng: Rng,
): { samples: number[]; chosen: number; reward: number } {
  levels(probs, rewards, n); // validation only
  const samples = Array.from({ length: n }, () => rng.categorical(probs));
  let chosen = samples[0];
  for (const s of samples) if (rewards[s] > rewards[chosen]) chosen = s;
  return { samples, chosen, reward: rewards[chosen] };
}
