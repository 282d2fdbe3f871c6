/**
 * A toy policy for the alignment widgets: one prompt, K canned answers, π = softmax(z)
 * over K logits z, next to a frozen reference policy π_ref = softmax(z_ref) (the SFT model).
 * The "reward table" gives each answer a scalar reward R(a). What a widget shows:
 *   expected reward E_π[R] = Σ_a π(a)·R(a)   and   KL(π‖π_ref) = Σ_a π(a) log(π(a)/π_ref(a)).
 * The best policy at KL strength β maximises E_π[R] − β·KL(π‖π_ref); its closed form is
 * π*(a) ∝ π_ref(a)·e^(R(a)/β) (DPO, Rafailov et al. 2023, arXiv:2305.18290, eq. 4), given
 * by optimalToyPolicy for comparison.
 * Gradients are analytic in the K logits: ∂ log π(a) / ∂z = e_a − π (one-hot minus probs);
 * the logits are updated with Adam (adamStep below), whose moments live in the state.
 * State: createToyPolicy copies the logits into a state object that ./toy-alignment.ts
 * updates in place (documented exception to "never mutate"); the arguments are never touched.
 * Example: logits [0, 0], rewards [0, 1]: E[R] = 0.5, KL = 0; optimal at β = 1: [1, e]/(1 + e).
 */
import { klDivergence, softmax } from '../core';
import { assertFiniteArray, assertPositive, assertSameLength, describe } from '../core/validate';

export interface ToyPolicyState {
  /** The policy's logits [K]; toyAlignmentStep replaces them after every update. */
  logits: number[];
  /** The frozen reference policy's logits [K]. */
  readonly refLogits: readonly number[];
  /** Number of toyAlignmentStep calls so far. */
  step: number;
  /** Adam's moment estimates [K] and update count, carried from step to step. */
  adam: { m: number[]; v: number[]; t: number };
}

export interface ToyMetrics {
  expectedReward: number;
  klToRef: number;
  probs: number[];
}

export function createToyPolicy(logits: readonly number[]): ToyPolicyState {
  assertFiniteArray('logits', logits, { nonEmpty: true });
  if (logits.length < 2) throw new RangeError(`logits must list at least 2 answers, got ${logits.length}`);
  const zeros = () => new Array<number>(logits.length).fill(0);
  return {
    logits: [...logits],
    refLogits: Object.freeze([...logits]),
    step: 0,
    adam: { m: zeros(), v: zeros(), t: 0 },
  };
}

export function assertToyState(state: unknown): asserts state is ToyPolicyState {
  if (state === null || typeof state !== 'object') {
    throw new TypeError(`state must be a toy policy (from createToyPolicy), got ${describe(state)}`);
  }
  const s = state as ToyPolicyState;
  assertFiniteArray('state.logits', s.logits, { nonEmpty: true });
  assertFiniteArray('state.refLogits', s.refLogits, { nonEmpty: true });
  assertSameLength(['state.logits', 'state.refLogits'], [s.logits, s.refLogits as number[]]);
  if (s.adam === null || typeof s.adam !== 'object') throw new TypeError('state.adam is missing: use createToyPolicy');
  assertFiniteArray('state.adam.m', s.adam.m);
  assertFiniteArray('state.adam.v', s.adam.v);
  assertSameLength(['state.logits', 'state.adam.m', 'state.adam.v'], [s.logits, s.adam.m, s.adam.v]);
}

const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPS = 1e-8;

/**
 * One Adam update (Kingma & Ba 2014, arXiv:1412.6980, Algorithm 1; TRL trains with AdamW,
 * here without weight decay) of logits z with gradient g. Returns new arrays; the caller commits
 * them to the state. Adam makes the step size independent of the gradient's scale, so DPO
 * (whose gradient carries a factor β) and PPO/GRPO (whitened advantages) move at the same pace.
 */
export function adamStep(
  z: readonly number[],
  g: readonly number[],
  adam: { m: readonly number[]; v: readonly number[]; t: number },
  lr: number,
): { z: number[]; adam: { m: number[]; v: number[]; t: number } } {
  const t = adam.t + 1;
  const m = adam.m.map((x, j) => ADAM_BETA1 * x + (1 - ADAM_BETA1) * g[j]);
  const v = adam.v.map((x, j) => ADAM_BETA2 * x + (1 - ADAM_BETA2) * g[j] * g[j]);
  const c1 = 1 - ADAM_BETA1 ** t;
  const c2 = 1 - ADAM_BETA2 ** t;
  const next = z.map((x, j) => x - (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + ADAM_EPS));
  return { z: next, adam: { m, v, t } };
}

export function assertRewardTable(rewards: unknown, k: number): asserts rewards is number[] {
  assertFiniteArray('rewards', rewards, { nonEmpty: true });
  if (rewards.length !== k)
    throw new RangeError(`rewards has ${rewards.length} entries but the policy has ${k} answers`);
}

export function toyMetrics(state: Readonly<ToyPolicyState>, rewards: readonly number[]): ToyMetrics {
  assertToyState(state);
  assertRewardTable(rewards, state.logits.length);
  const probs = softmax(state.logits);
  const expectedReward = probs.reduce((acc, p, a) => acc + p * rewards[a], 0);
  return { expectedReward, klToRef: klDivergence(probs, softmax(state.refLogits)), probs };
}

/** π*(a) ∝ π_ref(a)·e^(R(a)/β): the maximiser of E_π[R] − β·KL(π‖π_ref). */
export function optimalToyPolicy(refLogits: readonly number[], rewards: readonly number[], beta: number): number[] {
  assertFiniteArray('refLogits', refLogits, { nonEmpty: true });
  assertRewardTable(rewards, refLogits.length);
  assertPositive('beta', beta);
  return softmax(refLogits.map((z, a) => z + rewards[a] / beta));
}
