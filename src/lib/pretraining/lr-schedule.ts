/**
 * Learning-rate schedules with linear warm-up, as used to pretrain LLMs.
 * warm-up (all):  lr = peak · step / max(1, warmup)               for step < warmup
 * constant:       lr = peak
 * linear:         lr = peak · (m + (1−m) · max(0, (total − step) / max(1, total − warmup)))
 * cosine:         lr = peak · (m + (1−m) · ½(1 + cos(π · progress))),
 *                 progress = min(1, (step − warmup) / max(1, total − warmup))
 *                 (Transformers get_cosine_with_min_lr_schedule_with_warmup, but progress is clamped
 *                 at 1: Transformers lets the rate climb again past the total)
 * wsd:            peak until total − decaySteps, then linear down to m · peak at total (warm-up,
 *                 stable, decay; Hu et al. 2024 "MiniCPM"). Transformers' get_wsd_schedule differs:
 *                 it warms up from m·peak and decays on a cosine by default.
 * m = minRatio (default 0). Steps past total keep the final value.
 * Example: cosine, peak 2e-4, warmup 2000, total 10000, m = 0.1, step 6000 → progress ½ →
 * 2e-4 · (0.1 + 0.9 · ½) = 1.1e-4.
 */
import { assertFinite, assertInRange, assertInteger, assertPositive, describe as show } from '../core/validate';

export interface LrConfig {
  peak: number;
  warmupSteps: number;
  totalSteps: number;
  schedule: 'constant' | 'linear' | 'cosine' | 'wsd';
  /** Final rate as a fraction of peak, in [0, 1]; default 0. */
  minRatio?: number;
  /** wsd only: length of the final decay, 1 ≤ decaySteps ≤ totalSteps − warmupSteps. */
  decaySteps?: number;
}

export function learningRate(step: number, cfg: LrConfig): number {
  assertFinite('step', step);
  if (step < 0) throw new RangeError(`step must be ≥ 0, got ${step}`);
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an LrConfig object, got ${show(cfg)}`);
  const { peak, warmupSteps: warmup, totalSteps: total, schedule } = cfg;
  assertPositive('peak', peak);
  assertInteger('warmupSteps', warmup, 0);
  assertInteger('totalSteps', total, 0);
  if (warmup > total) throw new RangeError(`warmupSteps must be ≤ totalSteps (${total}), got ${warmup}`);
  const m = cfg.minRatio ?? 0;
  assertInRange('minRatio', m, 0, 1);
  if (!['constant', 'linear', 'cosine', 'wsd'].includes(schedule)) {
    throw new RangeError(`schedule must be 'constant', 'linear', 'cosine' or 'wsd', got ${show(schedule)}`);
  }
  let decay = 0;
  if (schedule === 'wsd') {
    if (cfg.decaySteps === undefined) throw new RangeError('decaySteps is required for the wsd schedule');
    decay = cfg.decaySteps;
    assertInteger('decaySteps', decay, 1);
    if (decay > total - warmup) {
      throw new RangeError(`decaySteps must be ≤ totalSteps − warmupSteps (${total - warmup}), got ${decay}`);
    }
  }

  if (step < warmup) return (peak * step) / Math.max(1, warmup);
  switch (schedule) {
    case 'constant':
      return peak;
    case 'linear':
      return peak * (m + (1 - m) * Math.max(0, (total - step) / Math.max(1, total - warmup)));
    case 'cosine': {
      const progress = Math.min(1, (step - warmup) / Math.max(1, total - warmup));
      return peak * (m + (1 - m) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
    default: {
      const start = total - decay;
      if (step <= start) return peak;
      return peak * (m + (1 - m) * Math.max(0, (total - step) / decay));
    }
  }
}
