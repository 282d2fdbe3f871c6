/**
 * Generalized Advantage Estimation (Schulman et al. 2015, arXiv:1506.02438, eq. 16;
 * the loop of TRL's PPOTrainer).
 *   δ_t = r_t + γ·V_{t+1} − V_t,   with V_T = 0 after the last token
 *   A_t = δ_t + γλ·A_{t+1}          (A_T = 0), i.e. A_t = Σ_k (γλ)^k δ_{t+k}
 *   returns_t = A_t + V_t            (the value head's regression target)
 * λ = 1 gives A_t = (discounted return from t) − V_t; λ = 0 gives the one-step TD error δ_t.
 * Advantages are returned unwhitened: TRL whitens them afterwards, batch-wide.
 * Computed right to left in one pass, O(T). γ and λ must lie in [0, 1].
 * Example: rewards [0, 1], values [0.5, 0.5], γ = 0.9, λ = 0.5:
 *   δ_1 = 1 − 0.5 = 0.5 = A_1; δ_0 = 0.9·0.5 − 0.5 = −0.05, A_0 = −0.05 + 0.45·0.5 = 0.175;
 *   returns [0.675, 1].
 */
import { assertFiniteArray, assertInRange, assertSameLength } from '../core/validate';
import { assertFiniteResult } from './finite';

export function gae(
  rewards: readonly number[],
  values: readonly number[],
  gamma: number,
  lambda: number,
): { advantages: number[]; returns: number[] } {
  assertFiniteArray('rewards', rewards, { nonEmpty: true });
  assertFiniteArray('values', values, { nonEmpty: true });
  assertSameLength(['rewards', 'values'], [rewards as number[], values as number[]]);
  assertInRange('gamma', gamma, 0, 1);
  assertInRange('lambda', lambda, 0, 1);

  const T = rewards.length;
  const advantages = new Array<number>(T); // [T]
  let lastAdvantage = 0;
  let nextValue = 0;
  for (let t = T - 1; t >= 0; t--) {
    const delta = rewards[t] + gamma * nextValue - values[t];
    lastAdvantage = delta + gamma * lambda * lastAdvantage;
    advantages[t] = lastAdvantage;
    nextValue = values[t];
  }
  const returns = advantages.map((a, t) => a + values[t]);
  assertFiniteResult('advantages', advantages);
  assertFiniteResult('returns', returns);
  return { advantages, returns };
}
