import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinchillaLoss, chinchillaOptimal, trainingDays, trainingFlops } from './scaling-laws';
import { referenceCasesFor } from '../data/test-utils';

describe('trainingFlops, chinchillaLoss and trainingDays', () => {
  it('Chinchilla 70B on 1.4T tokens: 6·N·D = 5.88e23 FLOPs (by hand)', () => {
    expect(trainingFlops(70e9, 1.4e12)).toBeCloseTo(5.88e23, -18);
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28, 12);
  });

  it('1e21 FLOPs on 8 GPUs of 1e15 FLOP/s at 50 % MFU take 1e21 / 4e15 s ≈ 2.89 days', () => {
    expect(trainingDays(1e21, { gpus: 8, peakFlops: 1e15, mfu: 0.5 })).toBeCloseTo(1e21 / 4e15 / 86400, 12);
  });

  it('rejects bad input', () => {
    expect(() => trainingFlops(NaN, 1)).toThrow(RangeError);
    expect(() => chinchillaLoss(0, 1)).toThrow('params must be > 0, got 0');
    expect(() => trainingDays(1, { gpus: 0, peakFlops: 1, mfu: 0.5 })).toThrow(RangeError);
    expect(() => trainingDays(1, { gpus: 1, peakFlops: 1, mfu: 1.5 })).toThrow('mfu must be in (0, 1], got 1.5');
    expect(() => chinchillaOptimal(-1)).toThrow(RangeError);
  });
});

describe('chinchillaOptimal', () => {
  it('spends exactly the budget: 6·N·D = C', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e28, noNaN: true }), (c) => {
        const { params, tokens } = chinchillaOptimal(c);
        expect(Math.abs(6 * params * tokens - c)).toBeLessThanOrEqual(1e-9 * c);
      }),
      { numRuns: 200 },
    );
  });

  it('is the minimum of the loss along 6ND = C', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e18, max: 1e26, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (c, f) => {
          const { params } = chinchillaOptimal(c);
          const at = (n: number) => chinchillaLoss(n, c / (6 * n));
          expect(at(params)).toBeLessThanOrEqual(at(params * f) + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('trainingFlops', trainingFlops);
  referenceCasesFor('chinchillaLoss', chinchillaLoss);
  referenceCasesFor('chinchillaOptimal', chinchillaOptimal);
  referenceCasesFor('trainingDays', trainingDays);
});
