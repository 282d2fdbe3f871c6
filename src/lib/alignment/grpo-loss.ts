/**
 * GRPO's clipped surrogate loss with an optional KL term (Shao et al. 2024, arXiv:2402.03300,
 * eq. 3; TRL GRPOTrainer._compute_loss). Per token t of completion i:
 *   ρ = e^(lp − lp_old)
 *   ℓ = −min(ρ·A_i, clip(ρ, 1 − ε_low, 1 + ε_high)·A_i) + β·k3(lp, ref)
 *   k3 = e^(ref − lp) − (ref − lp) − 1            (GRPO eq. 4; see ./kl.ts)
 * Aggregation (lossType):
 *   'grpo'    mean over each completion's tokens, then over completions (the paper's 1/|o_i|)
 *   'bnpo'    Σ over all tokens / number of tokens (DAPO's token-level loss, Yu et al. 2025,
 *             arXiv:2503.14476, §3.3)
 *   'dr_grpo' Σ over all tokens / (completions · maxCompletionLength) (Dr. GRPO, Liu et al. 2025,
 *             arXiv:2503.20783: a constant normaliser removes the length bias)
 * A completion with no tokens contributes 0 (TRL clamps its token count to ≥ 1); with 'dr_grpo'
 * no completion may be longer than maxCompletionLength. Asymmetric ε_high > ε_low is DAPO's
 * "clip-higher". Defaults: ε 0.2/0.2, β 0, 'grpo'. β > 0 needs refLogProbs.
 * grpoTokenTerms returns the per-token ratios, clip flags and losses a widget displays.
 * Example: one completion of one token, lp = lp_old, A = 1, β = 0: ρ = 1, ℓ = −1, loss −1.
 */
import { assertFiniteArray, assertInRange, assertInteger, describe } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from './finite';
import { k3FromLogRatio } from './kl';

export type GrpoLossType = 'grpo' | 'bnpo' | 'dr_grpo';
const LOSS_TYPES: readonly GrpoLossType[] = ['grpo', 'bnpo', 'dr_grpo'];

export interface GrpoBatch {
  logProbs: number[][];
  oldLogProbs: number[][];
  refLogProbs?: number[][];
  advantages: number[];
}

export interface GrpoLossConfig {
  epsLow?: number;
  epsHigh?: number;
  beta?: number;
  lossType?: GrpoLossType;
  maxCompletionLength?: number;
}

export interface GrpoTokenTerms {
  ratios: number[][];
  /** true where the clipped term was the one taken (the token gives no gradient). */
  clipped: boolean[][];
  losses: number[][];
}

function assertRagged(name: string, m: unknown, lengths?: number[]): asserts m is number[][] {
  if (!Array.isArray(m)) throw new TypeError(`${name} must be an array of per-completion arrays, got ${describe(m)}`);
  m.forEach((row, i) => assertFiniteArray(`${name}[${i}]`, row));
  if (lengths) {
    if (m.length !== lengths.length) {
      throw new RangeError(`${name} has ${m.length} completions but logProbs has ${lengths.length}; they must match`);
    }
    m.forEach((row: number[], i) => {
      if (row.length !== lengths[i]) {
        throw new RangeError(`${name}[${i}] has ${row.length} tokens but logProbs[${i}] has ${lengths[i]}`);
      }
    });
  }
}

export function grpoTokenTerms(batch: Readonly<GrpoBatch>, cfg: GrpoLossConfig = {}): GrpoTokenTerms {
  if (batch === null || typeof batch !== 'object')
    throw new TypeError(`batch must be an object, got ${describe(batch)}`);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { logProbs, oldLogProbs, refLogProbs, advantages } = batch;
  assertRagged('logProbs', logProbs);
  if (logProbs.length === 0) throw new RangeError('logProbs must hold at least one completion');
  const lengths = logProbs.map((row) => row.length);
  assertRagged('oldLogProbs', oldLogProbs, lengths);
  if (refLogProbs !== undefined) assertRagged('refLogProbs', refLogProbs, lengths);
  assertFiniteArray('advantages', advantages);
  if (advantages.length !== logProbs.length) {
    throw new RangeError(`advantages has length ${advantages.length} but there are ${logProbs.length} completions`);
  }
  const { epsLow = 0.2, epsHigh = 0.2, beta = 0 } = cfg;
  assertInRange('epsLow', epsLow, 0, 1);
  assertNonNegative('epsHigh', epsHigh);
  assertNonNegative('beta', beta);
  if (beta > 0 && refLogProbs === undefined)
    throw new RangeError(`beta = ${beta} > 0 needs refLogProbs for the KL term`);

  const ratios = logProbs.map((row, i) => row.map((lp, t) => Math.exp(lp - oldLogProbs[i][t]))); // [B, T_i]
  ratios.forEach((row, i) => assertFiniteResult(`ratio[${i}]`, row));
  const clipped = ratios.map((row, i) =>
    row.map((r) => Math.min(Math.max(r, 1 - epsLow), 1 + epsHigh) * advantages[i] < r * advantages[i]),
  );
  const losses = ratios.map((row, i) =>
    row.map((r, t) => {
      const a = advantages[i];
      let loss = -Math.min(r * a, Math.min(Math.max(r, 1 - epsLow), 1 + epsHigh) * a);
      if (beta > 0) {
        loss += beta * k3FromLogRatio(refLogProbs![i][t] - logProbs[i][t]);
      }
      return loss;
    }),
  );
  losses.forEach((row, i) => assertFiniteResult(`token losses[${i}]`, row));
  return { ratios, clipped, losses };
}

export function grpoLoss(batch: Readonly<GrpoBatch>, cfg: GrpoLossConfig = {}): number {
  const { losses } = grpoTokenTerms(batch, cfg);
  const { lossType = 'grpo', maxCompletionLength } = cfg;
  if (!LOSS_TYPES.includes(lossType)) {
    throw new RangeError(`lossType must be one of ${LOSS_TYPES.join(', ')}, got ${describe(lossType)}`);
  }
  const sums = losses.map((row) => row.reduce((a, b) => a + b, 0)); // [B]
  let loss: number;
  if (lossType === 'grpo') {
    loss = sums.reduce((acc, s, i) => acc + s / Math.max(1, losses[i].length), 0) / losses.length;
  } else if (lossType === 'bnpo') {
    const tokens = losses.reduce((n, row) => n + row.length, 0);
    loss = sums.reduce((a, b) => a + b, 0) / Math.max(1, tokens);
  } else {
    if (maxCompletionLength === undefined) throw new RangeError("lossType 'dr_grpo' needs maxCompletionLength");
    assertInteger('maxCompletionLength', maxCompletionLength, 1);
    losses.forEach((row, i) => {
      if (row.length > maxCompletionLength) {
        throw new RangeError(
          `completion ${i} has ${row.length} tokens, more than maxCompletionLength ${maxCompletionLength}`,
        );
      }
    });
    loss = sums.reduce((a, b) => a + b, 0) / (losses.length * maxCompletionLength);
  }
  assertFiniteResult('loss', loss);
  return loss;
}
