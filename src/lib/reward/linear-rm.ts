/**
 * A linear reward model r(x) = w·φ(x) on hand-made features, trained with the Bradley–Terry loss
 * (./bradley-terry.ts) by full-batch gradient descent — small enough for a widget to train live.
 *   objective(w) = mean_i −logσ(w·d_i) + (l2/2)·‖w‖²,   d_i = φ(chosen_i) − φ(rejected_i)
 *   gradient     = −mean_i σ(−w·d_i)·d_i + l2·w
 * (the gradient is tested against finite differences). A real reward model puts this linear
 * head on a transformer's last hidden state (InstructGPT, arXiv:2203.02155, §3.5); here φ is given.
 * trainLinearRm updates state.w in place (documented exception to "never mutate": the state is
 * the object createLinearRm returned), so a widget can call it in chunks of a few steps.
 * `losses` are the Bradley–Terry loss without the L2 term, after each step.
 * Accuracy counts a pair as right when r(chosen) > r(rejected) strictly (a tie is wrong).
 * Example: w = [0, 0] gives loss log 2 ≈ 0.6931 on any pairs; one step with lr = 1 on the pair
 *   d = [1, 0] moves w to [0.5, 0] (σ(0) = ½).
 */
import { logSigmoid, sigmoid } from '../core';
import { assertFiniteArray, assertInteger, assertPositive, describe } from '../core/validate';
import { assertFiniteResult, assertNonNegative } from '../alignment/finite';

export interface PreferencePair {
  chosen: number[];
  rejected: number[];
}

export interface LinearRmState {
  /** The weights [F]; trainLinearRm replaces them after every step. */
  w: number[];
  step: number;
}

export function createLinearRm(numFeatures: number): LinearRmState {
  assertInteger('numFeatures', numFeatures, 1);
  return { w: new Array<number>(numFeatures).fill(0), step: 0 };
}

function assertPairs(pairs: unknown, numFeatures: number): asserts pairs is PreferencePair[] {
  if (!Array.isArray(pairs)) throw new TypeError(`pairs must be an array, got ${describe(pairs)}`);
  if (pairs.length === 0) throw new RangeError('pairs must not be empty');
  pairs.forEach((p: unknown, i) => {
    if (p === null || typeof p !== 'object') throw new TypeError(`pairs[${i}] must be an object, got ${describe(p)}`);
    for (const side of ['chosen', 'rejected'] as const) {
      const v = (p as Record<string, unknown>)[side];
      assertFiniteArray(`pairs[${i}].${side}`, v);
      if (v.length !== numFeatures) {
        throw new RangeError(`pairs[${i}].${side} has ${v.length} features but w has ${numFeatures}`);
      }
    }
  });
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, j) => s + x * b[j], 0);

/** Margins w·(φ_c − φ_r), one per pair, after validation. */
function margins(w: readonly number[], pairs: readonly PreferencePair[]): number[] {
  assertFiniteArray('w', w, { nonEmpty: true });
  assertPairs(pairs, w.length);
  const m = pairs.map((p) => dot(w, p.chosen) - dot(w, p.rejected)); // [B]
  assertFiniteResult('reward margin', m);
  return m;
}

export function linearRmReward(w: readonly number[], features: readonly number[]): number {
  assertFiniteArray('w', w, { nonEmpty: true });
  assertFiniteArray('features', features);
  if (features.length !== w.length)
    throw new RangeError(`features has length ${features.length} but w has ${w.length}`);
  const r = dot(w, features);
  assertFiniteResult('reward', r);
  return r;
}

export function linearRmLoss(w: readonly number[], pairs: readonly PreferencePair[], l2 = 0): number {
  assertNonNegative('l2', l2);
  const m = margins(w, pairs);
  const loss = m.reduce((s, x) => s - logSigmoid(x), 0) / m.length + 0.5 * l2 * dot(w, w);
  assertFiniteResult('loss', loss);
  return loss;
}

export function linearRmGradient(w: readonly number[], pairs: readonly PreferencePair[], l2 = 0): number[] {
  assertNonNegative('l2', l2);
  const m = margins(w, pairs);
  const grad = w.map((x) => l2 * x); // [F]
  pairs.forEach((p, i) => {
    const s = sigmoid(-m[i]) / pairs.length;
    for (let j = 0; j < grad.length; j++) grad[j] -= s * (p.chosen[j] - p.rejected[j]);
  });
  assertFiniteResult('gradient', grad);
  return grad;
}

export function linearRmAccuracy(w: readonly number[], pairs: readonly PreferencePair[]): number {
  return linearRmPairsCorrect(w, pairs).filter(Boolean).length / pairs.length;
}

/** Per pair, whether the model ranks the chosen response above the rejected one (margin > 0; a tie is wrong). Not in the contract; linearRmAccuracy is their mean. */
export function linearRmPairsCorrect(w: readonly number[], pairs: readonly PreferencePair[]): boolean[] {
  return margins(w, pairs).map((x) => x > 0);
}

export function trainLinearRm(
  state: LinearRmState,
  pairs: readonly PreferencePair[],
  opts: { steps: number; lr: number; l2?: number },
): { losses: number[]; accuracy: number } {
  if (state === null || typeof state !== 'object')
    throw new TypeError(`state must come from createLinearRm, got ${describe(state)}`);
  if (opts === null || typeof opts !== 'object') throw new TypeError(`opts must be an object, got ${describe(opts)}`);
  const { steps, lr, l2 = 0 } = opts;
  assertInteger('steps', steps, 0);
  assertPositive('lr', lr);
  assertNonNegative('l2', l2);
  margins(state.w, pairs); // validates before anything changes
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const grad = linearRmGradient(state.w, pairs, l2);
    const next = state.w.map((x, j) => x - lr * grad[j]);
    assertFiniteResult('updated weights', next);
    state.w = next;
    state.step += 1;
    losses.push(linearRmLoss(state.w, pairs));
  }
  return { losses, accuracy: linearRmAccuracy(state.w, pairs) };
}
