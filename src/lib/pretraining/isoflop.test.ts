import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFlopLoss } from './isoflop';
import { chinchillaLoss, chinchillaOptimal } from './scaling-laws';

describe('isoFlopLoss', () => {
  it('is the Chinchilla loss at D = C / (6N): 5.76e23 FLOPs, 70B parameters → 1.371e12 tokens (by hand)', () => {
    const d = 5.76e23 / (6 * 70e9);
    expect(d).toBeCloseTo(1.3714e12, -9);
    expect(isoFlopLoss(5.76e23, 70e9)).toBeCloseTo(1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / d ** 0.28, 12);
    expect(isoFlopLoss(5.76e23, 70e9)).toBeCloseTo(chinchillaLoss(70e9, d), 12);
  });

  it('is lowest at chinchillaOptimal(C)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e18, max: 1e27, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (c, f) => {
          const { params } = chinchillaOptimal(c);
          expect(isoFlopLoss(c, params)).toBeLessThanOrEqual(isoFlopLoss(c, params * f) + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a budget or size that is not positive', () => {
    expect(() => isoFlopLoss(0, 1e9)).toThrow('flops must be > 0, got 0');
    expect(() => isoFlopLoss(1e20, -5)).toThrow(RangeError);
    expect(() => isoFlopLoss(NaN, 1e9)).toThrow(RangeError);
  });
});
