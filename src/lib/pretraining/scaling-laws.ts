/**
 * Compute, loss and wall-clock of a pretraining run.
 * trainingFlops: C ≈ 6·N·D (Kaplan et al. 2020, §2.1: 2ND forward + 4ND backward).
 * chinchillaLoss: L(N, D) = E + A/N^α + B/D^β with the fit of Hoffmann et al. 2022
 * (arXiv:2203.15556, eq. 10, "approach 3"): E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
 * chinchillaOptimal: minimise L under 6ND = C. Setting dL/dN = 0 with D = C/(6N) gives
 *   N_opt = G·(C/6)^(β/(α+β)),  D_opt = G⁻¹·(C/6)^(α/(α+β)),  G = (αA/(βB))^(1/(α+β))
 * (the paper's eq. 4), so 6·N_opt·D_opt = C exactly. With this fit N grows as C^0.45 and D as C^0.55,
 * about 93 tokens per parameter at C = 5.76e23 (the paper's headline 20 comes from approaches 1–2).
 * trainingDays: C / (gpus · peak FLOP/s · MFU) / 86 400.
 * Example: N = 70e9, D = 1.4e12 → C = 5.88e23, L = 1.937; chinchillaOptimal(5.76e23) → N ≈ 32.2e9, D ≈ 2.98e12.
 */
import { assertFinite, assertInRange, assertInteger, assertPositive } from '../core/validate';

const E = 1.69;
const A = 406.4;
const B = 410.7;
const ALPHA = 0.34;
const BETA = 0.28;

function assertNonNegative(name: string, x: unknown): asserts x is number {
  assertFinite(name, x);
  if (x < 0) throw new RangeError(`${name} must be ≥ 0, got ${x}`);
}

export function trainingFlops(params: number, tokens: number): number {
  assertNonNegative('params', params);
  assertNonNegative('tokens', tokens);
  return 6 * params * tokens;
}

export function chinchillaLoss(params: number, tokens: number): number {
  assertPositive('params', params);
  assertPositive('tokens', tokens);
  return E + A / Math.pow(params, ALPHA) + B / Math.pow(tokens, BETA);
}

export function chinchillaOptimal(flops: number): { params: number; tokens: number } {
  assertPositive('flops', flops);
  const g = Math.pow((ALPHA * A) / (BETA * B), 1 / (ALPHA + BETA));
  const c6 = flops / 6;
  return {
    params: g * Math.pow(c6, BETA / (ALPHA + BETA)),
    tokens: Math.pow(c6, ALPHA / (ALPHA + BETA)) / g,
  };
}

export function trainingDays(flops: number, cfg: { gpus: number; peakFlops: number; mfu: number }): number {
  assertNonNegative('flops', flops);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError('cfg must be {gpus, peakFlops, mfu}');
  assertInteger('gpus', cfg.gpus, 1);
  assertPositive('peakFlops', cfg.peakFlops);
  assertInRange('mfu', cfg.mfu, 0, 1, { loOpen: true });
  return flops / (cfg.gpus * cfg.peakFlops * cfg.mfu) / 86400;
}
