/**
 * One step of three alignment methods on the toy policy of ./toy-policy.ts, driveable in
 * chunks by a widget: toyAlignmentStep(state, method, cfg, rng) updates state.logits in place
 * and returns {expectedReward, klToRef, probs, loss, samples}.
 *
 * 'ppo'  (Schulman et al. 2017, arXiv:1707.06347; InstructGPT's KL-penalised reward,
 *         Ouyang et al. 2022, arXiv:2203.02155, eq. 2): sample batchSize answers from π_old,
 *         R̃ = R(a) − β·(log π_old(a) − log π_ref(a)), advantage = R̃ minus the batch mean,
 *         whitened (TRL whitens advantages); then `epochs` gradient steps on the clipped loss
 *         (./ppo.ts). Simplification: one token per answer and a batch-mean baseline instead of
 *         a value network (GAE with λ = 1 and a constant critic), so there is no value loss.
 * 'dpo'  (Rafailov et al. 2023, arXiv:2305.18290, eq. 7): batchSize pairs sampled from π_ref;
 *         'bradley-terry' labels (default) prefer a over b with probability σ(R(a) − R(b)), so
 *         DPO's optimum is π* ∝ π_ref·e^(R/β), the same as PPO's; 'hard' labels always prefer
 *         the higher reward (ties dropped) — then the optimum is degenerate whatever β (π(c)/π(r)
 *         → ∞), the overfitting IPO (Azar et al. 2023, arXiv:2310.12036) points out.
 *         One gradient step on the mean sigmoid loss: ∂/∂z = −β·σ(−βh)·(e_c − e_r).
 * 'grpo' (Shao et al. 2024, arXiv:2402.03300, eq. 3): a group of groupSize answers from π_old,
 *         advantages (R − mean)/(std + 1e-4) (./grpo-advantages.ts), `epochs` steps on the
 *         clipped loss + β·k3 (./grpo-loss.ts; ∂k3/∂z = (1 − π_ref(a)/π(a))·(e_a − π)).
 * Clipped-loss gradient per sample: −A·ρ·(e_a − π) when the unclipped term is the min, else 0.
 * Updates use Adam with learning rate lr (./toy-policy.ts). `loss` is the mean of the losses
 * computed before each update of the step (what TRL logs); PPO's first epoch is ≈ 0 by
 * construction (ρ = 1, whitened advantages have mean 0).
 * Example: logits [0, 0, 0], rewards [0, 0, 1], default cfg (β 0.1, lr 0.05), createRng(1):
 *   after 50 'ppo' steps E[R] ≈ 0.993 (from 1/3) and KL ≈ 1.05 (log 3 ≈ 1.10 would be all-in).
 */
import { logSoftmax, sigmoid, softmax } from '../core';
import { assertInRange, assertInteger, assertPositive, describe } from '../core/validate';
import type { Rng } from '../random';
import { dpoLoss } from './dpo';
import { assertFiniteResult, assertNonNegative } from './finite';
import { grpoAdvantages } from './grpo-advantages';
import { grpoLoss } from './grpo-loss';
import { ppoClipLoss } from './ppo';
import {
  adamStep,
  assertRewardTable,
  assertToyState,
  toyMetrics,
  type ToyMetrics,
  type ToyPolicyState,
} from './toy-policy';

export type ToyMethod = 'ppo' | 'dpo' | 'grpo';
const METHODS: readonly ToyMethod[] = ['ppo', 'dpo', 'grpo'];

export interface ToyAlignmentConfig {
  /** R(a) for each of the K answers. */
  rewards: number[];
  /** KL strength: PPO's penalty, DPO's β, GRPO's k3 coefficient. Default 0.1. */
  beta?: number;
  /** Adam's learning rate on the logits. Default 0.05. */
  lr?: number;
  /** PPO samples / DPO pairs per step. Default 16. */
  batchSize?: number;
  /** GRPO group size G ≥ 2. Default 8. */
  groupSize?: number;
  /** Gradient steps per sampled batch (PPO, GRPO). Default 4. */
  epochs?: number;
  /** Clip range ε (PPO, GRPO). Default 0.2. */
  clipEps?: number;
  /** How DPO's preference labels come from the reward table. Default 'bradley-terry'. */
  dpoLabels?: 'bradley-terry' | 'hard';
}

export interface ToyStepResult extends ToyMetrics {
  loss: number;
  /** Sampled answers (PPO batch, GRPO group) or [chosen, rejected, chosen, rejected, …] (DPO). */
  samples: number[];
}

const oneHotMinus = (a: number, probs: readonly number[]): number[] => probs.map((p, j) => (j === a ? 1 : 0) - p);

function addScaled(acc: number[], v: readonly number[], s: number): void {
  for (let j = 0; j < acc.length; j++) acc[j] += s * v[j];
}

/**
 * Gradient with respect to the logits z of mean_i [−min(ρ_i·A_i, clip(ρ_i)·A_i) + β·k3_i],
 * ρ_i = π(a_i)/π_old(a_i) (one token per answer). Exported for its finite-difference test.
 */
export function clippedSurrogateGradient(
  z: readonly number[],
  samples: readonly number[],
  oldLogp: readonly number[],
  adv: readonly number[],
  eps: number,
  kl?: { beta: number; refLogp: readonly number[] },
): number[] {
  const probs = softmax(z);
  const logp = logSoftmax(z);
  const grad = new Array<number>(z.length).fill(0); // [K]
  samples.forEach((a, i) => {
    const rho = Math.exp(logp[a] - oldLogp[a]);
    const clipped = Math.min(Math.max(rho, 1 - eps), 1 + eps);
    const dlogp = oneHotMinus(a, probs);
    if (rho * adv[i] <= clipped * adv[i]) addScaled(grad, dlogp, (-adv[i] * rho) / samples.length);
    if (kl) addScaled(grad, dlogp, (kl.beta * (1 - Math.exp(kl.refLogp[a] - logp[a]))) / samples.length);
  });
  return grad;
}

export function toyAlignmentStep(
  state: ToyPolicyState,
  method: ToyMethod,
  cfg: ToyAlignmentConfig,
  rng: Rng,
): ToyStepResult {
  assertToyState(state);
  if (!METHODS.includes(method))
    throw new RangeError(`method must be one of ${METHODS.join(', ')}, got ${describe(method)}`);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { rewards, beta = 0.1, lr = 0.05, batchSize = 16, groupSize = 8, epochs = 4, clipEps = 0.2 } = cfg;
  const { dpoLabels = 'bradley-terry' } = cfg;
  assertRewardTable(rewards, state.logits.length);
  assertNonNegative('beta', beta);
  assertPositive('lr', lr);
  assertInteger('batchSize', batchSize, 1);
  assertInteger('groupSize', groupSize, 2);
  assertInteger('epochs', epochs, 1);
  assertInRange('clipEps', clipEps, 0, 1, { loOpen: true, hiOpen: true });
  if (dpoLabels !== 'bradley-terry' && dpoLabels !== 'hard') {
    throw new RangeError(`dpoLabels must be 'bradley-terry' or 'hard', got ${describe(dpoLabels)}`);
  }
  if (method === 'dpo') assertPositive('beta', beta);
  if (!rng || typeof rng.next !== 'function') throw new TypeError('rng must be a generator from createRng');

  const refLogp = logSoftmax(state.refLogits);
  let z = [...state.logits];
  let adam = state.adam;
  const descend = (grad: readonly number[]) => {
    ({ z, adam } = adamStep(z, grad, adam, lr));
    assertFiniteResult('updated logits', z);
  };
  const oldProbs = softmax(z);
  const oldLogp = logSoftmax(z);
  let loss: number;
  let samples: number[];

  if (method === 'dpo') {
    const refProbs = softmax(state.refLogits);
    samples = [];
    for (let i = 0; i < batchSize; i++) {
      const a = rng.categorical(refProbs);
      const b = rng.categorical(refProbs);
      if (dpoLabels === 'hard' && rewards[a] === rewards[b]) continue;
      const aWins = dpoLabels === 'hard' ? rewards[a] > rewards[b] : rng.next() < sigmoid(rewards[a] - rewards[b]);
      samples.push(...(aWins ? [a, b] : [b, a]));
    }
    const c = samples.filter((_, i) => i % 2 === 0);
    const r = samples.filter((_, i) => i % 2 === 1);
    if (c.length === 0) {
      loss = 0;
    } else {
      const pick = (lp: number[], idx: number[]) => idx.map((a) => lp[a]);
      const { losses, h } = dpoLoss(pick(oldLogp, c), pick(oldLogp, r), pick(refLogp, c), pick(refLogp, r), { beta });
      loss = losses.reduce((s, x) => s + x, 0) / losses.length;
      const grad = new Array<number>(z.length).fill(0);
      h.forEach((hi, i) => {
        const g = (-beta * sigmoid(-beta * hi)) / c.length;
        grad[c[i]] += g;
        grad[r[i]] -= g;
      });
      descend(grad);
    }
  } else {
    const n = method === 'ppo' ? batchSize : groupSize;
    samples = Array.from({ length: n }, () => rng.categorical(oldProbs));
    const oldLps = samples.map((a) => oldLogp[a]); // [n]
    let adv: number[];
    if (method === 'ppo') {
      const shaped = samples.map((a) => rewards[a] - beta * (oldLogp[a] - refLogp[a]));
      const mean = shaped.reduce((s, x) => s + x, 0) / n;
      const std = Math.sqrt(shaped.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, n - 1));
      adv = shaped.map((x) => (std > 1e-12 ? (x - mean) / (std + 1e-8) : 0));
    } else {
      adv = grpoAdvantages(
        samples.map((a) => rewards[a]),
        n,
      );
    }
    const lossAt = (logits: readonly number[]): number => {
      const lp = logSoftmax(logits);
      const lps = samples.map((a) => lp[a]);
      if (method === 'ppo') return ppoClipLoss(lps, oldLps, adv, clipEps).loss;
      const batch = {
        logProbs: lps.map((x) => [x]),
        oldLogProbs: oldLps.map((x) => [x]),
        refLogProbs: samples.map((a) => [refLogp[a]]),
        advantages: adv,
      };
      return grpoLoss(batch, { beta, epsLow: clipEps, epsHigh: clipEps });
    };
    const kl = method === 'grpo' && beta > 0 ? { beta, refLogp } : undefined;
    let lossSum = 0;
    for (let e = 0; e < epochs; e++) {
      lossSum += lossAt(z);
      descend(clippedSurrogateGradient(z, samples, oldLogp, adv, clipEps, kl));
    }
    loss = lossSum / epochs;
  }

  state.logits = z;
  state.adam = adam;
  state.step += 1;
  return { ...toyMetrics(state, rewards), loss, samples };
}
