/**
 * Forward vs reverse KL, step by step: gradient descent on a one-Gaussian student fitted to a
 * two-peaked teacher on a 1-D grid (the picture behind GKD, Agarwal et al. 2024, arXiv:2306.13649,
 * and MiniLLM, Gu et al. 2023, arXiv:2306.08543). Loss and gradients: kl-fit-objective.ts.
 *   teacher p_i ∝ Σ_k w_k N(x_i; μ_k, σ_k²)  on grid x_i = min + i·(max − min)/(points − 1)
 *   student q_i ∝ N(x_i; μ, σ²),  θ = (μ, log σ),  θ ← θ − lr·∇loss
 * Forward KL(p‖q) must cover every peak: it ends between them with a wide σ (mode covering).
 * Reverse KL(q‖p) pays for mass where p has none: it settles on the nearest peak, narrow (mode seeking).
 * Driven in chunks for a widget: createKlFit(cfg) → state; klFitSteps(state, steps, opts) updates that
 * state IN PLACE (μ, log σ, step, history) and returns the chunk. Nothing else is mutated.
 * Numerics: the teacher is built in log space (no log 0 in a far tail); μ is clamped to [min, max] and
 * log σ to [log(h/2), log(max − min)], h the grid spacing, so a large lr cannot leave the grid or collapse
 * σ below what the grid can show (a clamp is a projection step, documented deviation from plain GD).
 * Example: peaks N(−2.5, 0.8²) and N(2.5, 0.8²), equal weights, start μ = 1.5, σ = 0.8, lr = 0.2:
 *   400 forward steps → μ ≈ 0.00, σ ≈ 2.93 (wider than the mixture's 2.62: the grid cuts the tails);
 *   400 reverse steps → μ ≈ 2.49, σ ≈ 0.81 (one peak, loss ≈ log 2: it ignores half the teacher).
 *   Not every start is mode seeking: from μ = 1, σ = 1 reverse KL grows σ and ends wide at μ ≈ 0,
 *   a stationary point with loss ≈ 0.85, worse than a peak's log 2: reverse KL has several.
 */
import { logSumExp } from '../core';
import { assertFinite, assertInRange, assertInteger, assertPositive } from '../core/validate';
import { klFitEvaluate, type KlFitEvaluation, type KlFitObjective } from './kl-fit-objective';

export interface KlFitConfig {
  /** Default {min: −6, max: 6, points: 61}. */
  grid?: { min: number; max: number; points: number };
  /** Mixture components; weights need not sum to 1 (they are normalised). */
  teacher: readonly { weight: number; mu: number; sigma: number }[];
  init: { mu: number; sigma: number };
}

export interface KlFitState {
  readonly grid: readonly number[];
  readonly teacher: readonly number[];
  readonly teacherLogProbs: readonly number[];
  mu: number;
  logSigma: number;
  step: number;
  /** Loss before each step taken so far. */
  history: number[];
}

export interface KlFitStepOptions {
  objective: KlFitObjective;
  /** Only for 'jsd'; in [0, 1], default 0.5. */
  beta?: number;
  lr: number;
}

export interface KlFitChunk {
  mu: number;
  sigma: number;
  logSigma: number;
  step: number;
  /** Loss before each step of this chunk.  [steps] */
  losses: number[];
  /** Loss at the parameters reached. */
  loss: number;
  /** Student probabilities at the parameters reached.  [points] */
  student: number[];
}

export function createKlFit(cfg: KlFitConfig): KlFitState {
  if (cfg === null || typeof cfg !== 'object') throw new TypeError('cfg must be an object {teacher, init, grid?}');
  const { min, max, points } = cfg.grid ?? { min: -6, max: 6, points: 61 };
  assertFinite('grid.min', min);
  assertFinite('grid.max', max);
  if (!(max > min)) throw new RangeError(`grid.max must be > grid.min, got ${max} ≤ ${min}`);
  assertInteger('grid.points', points, 3);
  if (!Array.isArray(cfg.teacher) || cfg.teacher.length === 0) {
    throw new RangeError('teacher must be a non-empty array of {weight, mu, sigma}');
  }
  cfg.teacher.forEach((c, k) => {
    assertPositive(`teacher[${k}].weight`, c.weight);
    assertFinite(`teacher[${k}].mu`, c.mu);
    assertPositive(`teacher[${k}].sigma`, c.sigma);
  });
  assertFinite('init.mu', cfg.init?.mu);
  assertPositive('init.sigma', cfg.init.sigma);

  const h = (max - min) / (points - 1);
  const grid = Array.from({ length: points }, (_, i) => min + i * h); // [n]
  const wSum = cfg.teacher.reduce((a, c) => a + c.weight, 0);
  const logMix = grid.map((x) =>
    logSumExp(
      cfg.teacher.map((c) => Math.log(c.weight / wSum) - Math.log(c.sigma) - 0.5 * ((x - c.mu) / c.sigma) ** 2),
    ),
  );
  const lse = logSumExp(logMix);
  const teacherLogProbs = logMix.map((v) => v - lse); // [n]
  const state: KlFitState = {
    grid,
    teacher: teacherLogProbs.map(Math.exp),
    teacherLogProbs,
    mu: 0,
    logSigma: 0,
    step: 0,
    history: [],
  };
  [state.mu, state.logSigma] = clampParams(grid, cfg.init.mu, Math.log(cfg.init.sigma));
  return state;
}

function clampParams(grid: readonly number[], mu: number, logSigma: number): [number, number] {
  const lo = grid[0];
  const hi = grid[grid.length - 1];
  const minLog = Math.log((grid[1] - grid[0]) / 2);
  const maxLog = Math.log(hi - lo);
  return [Math.min(hi, Math.max(lo, mu)), Math.min(maxLog, Math.max(minLog, logSigma))];
}

/** Loss and gradient at any (μ, σ) without moving the fit, e.g. for a loss-landscape plot. */
export function klFitLossAt(
  state: KlFitState,
  params: { mu: number; sigma: number },
  opts: Omit<KlFitStepOptions, 'lr'>,
): KlFitEvaluation {
  assertState(state);
  assertFinite('mu', params?.mu);
  assertPositive('sigma', params.sigma);
  const { objective, beta = 0.5 } = checkObjective(opts);
  return klFitEvaluate(state.grid, state.teacherLogProbs, params.mu, Math.log(params.sigma), objective, beta);
}

function assertState(state: KlFitState): void {
  if (state === null || typeof state !== 'object' || !Array.isArray(state.grid)) {
    throw new TypeError('state must come from createKlFit');
  }
}

function checkObjective(opts: Omit<KlFitStepOptions, 'lr'>): { objective: KlFitObjective; beta: number } {
  if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object {objective, beta?}');
  const { objective, beta = 0.5 } = opts;
  if (objective !== 'forward' && objective !== 'reverse' && objective !== 'jsd') {
    throw new RangeError(`objective must be 'forward', 'reverse' or 'jsd', got ${String(objective)}`);
  }
  assertInRange('beta', beta, 0, 1);
  return { objective, beta };
}

export function klFitSteps(state: KlFitState, steps: number, opts: KlFitStepOptions): KlFitChunk {
  assertState(state);
  assertInteger('steps', steps, 0);
  const { objective, beta } = checkObjective(opts);
  assertPositive('lr', opts.lr);
  const lr = opts.lr;

  const losses: number[] = [];
  for (let t = 0; t < steps; t++) {
    const e = klFitEvaluate(state.grid, state.teacherLogProbs, state.mu, state.logSigma, objective, beta);
    losses.push(e.loss);
    [state.mu, state.logSigma] = clampParams(
      state.grid,
      state.mu - lr * e.gradMu,
      state.logSigma - lr * e.gradLogSigma,
    );
    state.step += 1;
  }
  state.history.push(...losses);
  const end = klFitEvaluate(state.grid, state.teacherLogProbs, state.mu, state.logSigma, objective, beta);
  return {
    mu: state.mu,
    sigma: Math.exp(state.logSigma),
    logSigma: state.logSigma,
    step: state.step,
    losses,
    loss: end.loss,
    student: end.studentLogProbs.map(Math.exp),
  };
}
