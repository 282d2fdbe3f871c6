import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learningRate, type LrConfig } from './lr-schedule';
import { referenceCasesFor } from '../data/test-utils';

const base = { peak: 1e-3, warmupSteps: 10, totalSteps: 110 };

describe('learningRate', () => {
  it('warms up linearly then follows the schedule (worked by hand)', () => {
    expect(learningRate(5, { ...base, schedule: 'cosine' })).toBeCloseTo(5e-4, 15);
    // cosine at the middle of the decay: ½(1 + cos(π/2)) = ½
    expect(learningRate(60, { ...base, schedule: 'cosine' })).toBeCloseTo(5e-4, 15);
    expect(learningRate(60, { ...base, schedule: 'linear', minRatio: 0.2 })).toBeCloseTo(1e-3 * (0.2 + 0.8 * 0.5), 15);
    expect(learningRate(90, { ...base, schedule: 'wsd', decaySteps: 20 })).toBe(1e-3); // stable until 110 − 20
    expect(learningRate(100, { ...base, schedule: 'wsd', decaySteps: 20 })).toBeCloseTo(5e-4, 15);
  });

  it('keeps the final value past the total (cosine does not rise again)', () => {
    const cfg: LrConfig = { ...base, schedule: 'cosine', minRatio: 0.1 };
    expect(learningRate(500, cfg)).toBeCloseTo(1e-4, 15);
    expect(learningRate(500, { ...base, schedule: 'wsd', decaySteps: 50, minRatio: 0.1 })).toBeCloseTo(1e-4, 15);
  });

  it('rejects bad steps and configurations in plain words', () => {
    expect(() => learningRate(NaN, { ...base, schedule: 'linear' })).toThrow('step must be a finite number, got NaN');
    expect(() => learningRate(-1, { ...base, schedule: 'linear' })).toThrow(RangeError);
    expect(() => learningRate(1, { ...base, schedule: 'step' as 'linear' })).toThrow(/schedule must be/);
    expect(() => learningRate(1, { ...base, warmupSteps: 200, schedule: 'linear' })).toThrow(/warmupSteps must be ≤/);
    expect(() => learningRate(1, { ...base, schedule: 'wsd' })).toThrow('decaySteps is required for the wsd schedule');
    expect(() => learningRate(1, { ...base, schedule: 'wsd', decaySteps: 101 })).toThrow(RangeError);
    expect(() => learningRate(1, { ...base, schedule: 'cosine', minRatio: 2 })).toThrow(
      'minRatio must be in [0, 1], got 2',
    );
  });

  it('stays within [minRatio·peak, peak] after warm-up and never increases during decay', () => {
    const cfg = fc.record({
      peak: fc.double({ min: 1e-6, max: 1, noNaN: true }),
      warmupSteps: fc.integer({ min: 0, max: 50 }),
      extra: fc.integer({ min: 1, max: 200 }),
      schedule: fc.constantFrom('constant', 'linear', 'cosine', 'wsd') as fc.Arbitrary<LrConfig['schedule']>,
      minRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      decayFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(cfg, fc.integer({ min: 0, max: 300 }), (c, s) => {
        const total = c.warmupSteps + c.extra;
        const lc: LrConfig = {
          peak: c.peak,
          warmupSteps: c.warmupSteps,
          totalSteps: total,
          schedule: c.schedule,
          minRatio: c.minRatio,
          decaySteps: Math.max(1, Math.round(c.decayFrac * c.extra)),
        };
        const lr = learningRate(s, lc);
        expect(lr).toBeLessThanOrEqual(c.peak * (1 + 1e-12));
        if (s >= c.warmupSteps) {
          const floor = c.schedule === 'constant' ? c.peak : c.minRatio * c.peak;
          expect(lr).toBeGreaterThanOrEqual(floor * (1 - 1e-12));
          expect(learningRate(s + 1, lc)).toBeLessThanOrEqual(lr * (1 + 1e-12));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('learningRate', learningRate);
});
