/**
 * Helpers for a DPO widget: the gradient weight of the sigmoid loss and points of the loss
 * curve over h, for any loss type of ./dpo.ts.
 *   weight(h) = σ(−β·h)      d/dθ[−logσ(βh)] = −β·σ(−βh)·∇θ h  (Rafailov et al. 2023,
 *                            arXiv:2305.18290, §4 "What does the DPO update do?")
 *   curve: n evenly spaced h in [hMin, hMax], each with dpoPairLoss(h, β, type, ε).
 * The weight is the factor by which a pair pulls on the policy: close to 1 when the implicit
 * reward ranks the pair the wrong way (h ≪ 0), close to 0 when it already ranks it right.
 * Inputs are validated like dpoLoss (β > 0, ε in [0, 0.5)); n ≥ 2 points, hMin < hMax.
 * Example: h = 1.3, β = 0.1 → σ(−0.13) = 1/(1 + e^0.13) ≈ 0.4675.
 */
import { sigmoid } from '../core';
import { assertFinite, assertInRange, assertInteger, assertPositive, describe } from '../core/validate';
import { dpoPairLoss, type DpoLossType } from './dpo';
import { assertFiniteResult } from './finite';

const TYPES: readonly DpoLossType[] = ['sigmoid', 'ipo', 'hinge', 'robust'];

/** σ(−β·h): how strongly the sigmoid DPO loss pushes on a pair with margin h. */
export function dpoGradientWeight(h: number, beta: number): number {
  assertFinite('h', h);
  assertPositive('beta', beta);
  const z = beta * h;
  assertFiniteResult('beta·h', z);
  return sigmoid(-z);
}

export interface DpoCurveConfig {
  beta: number;
  type?: DpoLossType;
  labelSmoothing?: number;
}

/** n points [h, loss(h)] with h evenly spaced from hMin to hMax (both included). */
export function dpoLossCurve(cfg: DpoCurveConfig, hMin: number, hMax: number, n: number): [number, number][] {
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { beta, type = 'sigmoid', labelSmoothing = 0 } = cfg;
  assertPositive('beta', beta);
  if (!TYPES.includes(type)) throw new RangeError(`type must be one of ${TYPES.join(', ')}, got ${describe(type)}`);
  assertInRange('labelSmoothing', labelSmoothing, 0, 0.5, { hiOpen: true });
  assertFinite('hMin', hMin);
  assertFinite('hMax', hMax);
  if (!(hMin < hMax)) throw new RangeError(`hMin must be < hMax, got ${hMin} and ${hMax}`);
  assertInteger('n', n, 2);
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const h = i === n - 1 ? hMax : hMin + ((hMax - hMin) * i) / (n - 1);
    points.push([h, dpoPairLoss(h, beta, type, labelSmoothing)]);
  }
  assertFiniteResult(
    'losses',
    points.map((p) => p[1]),
  );
  return points;
}
