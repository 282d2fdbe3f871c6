import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFlopCurve, isoFlopLoss } from './isoflop';
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

describe('isoFlopCurve', () => {
  it('spans center/span … center·span evenly on a log axis (5 points, span 100: ratio 10 by hand)', () => {
    const curve = isoFlopCurve(1e22, 1e9, 100, 5);
    expect(curve.map(([n]) => n / 1e9)).toEqual([0.01, 0.1, 1, 10, 100].map((x) => expect.closeTo(x, 12)));
    for (const [n, loss] of curve) expect(loss).toBe(isoFlopLoss(1e22, n));
  });

  it('has its lowest point in the middle when centred on the optimum (odd point count)', () => {
    const c = 5.76e23;
    const curve = isoFlopCurve(c, chinchillaOptimal(c).params);
    const losses = curve.map(([, l]) => l);
    expect(losses.indexOf(Math.min(...losses))).toBe((curve.length - 1) / 2);
  });

  it('rejects a span ≤ 1, fewer than 2 points or a non-positive centre', () => {
    expect(() => isoFlopCurve(1e22, 1e9, 1)).toThrow('span must be');
    expect(() => isoFlopCurve(1e22, 1e9, 30, 1)).toThrow('points must be');
    expect(() => isoFlopCurve(1e22, 0)).toThrow(RangeError);
  });
});
