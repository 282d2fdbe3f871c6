import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoGradientWeight, dpoLossCurve } from './dpo-curve';

describe('dpoGradientWeight', () => {
  it('is 1/(1 + e^0.13) for the worked example h = 1.3, β = 0.1 (by hand)', () => {
    expect(dpoGradientWeight(1.3, 0.1)).toBeCloseTo(1 / (1 + Math.exp(0.13)), 14);
    expect(dpoGradientWeight(1.3, 0.1)).toBeCloseTo(0.467546, 6);
  });

  it('is ½ at h = 0 and tends to 1 for badly ranked pairs, 0 for well ranked ones', () => {
    expect(dpoGradientWeight(0, 0.5)).toBe(0.5);
    expect(dpoGradientWeight(-1000, 0.1)).toBeCloseTo(1, 12);
    expect(dpoGradientWeight(1000, 0.1)).toBeCloseTo(0, 12);
  });

  it('w(h) + w(−h) = 1 for any h and β', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (h, b) => {
          expect(dpoGradientWeight(h, b) + dpoGradientWeight(-h, b)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('rejects β ≤ 0 and non-finite h', () => {
    expect(() => dpoGradientWeight(1, 0)).toThrow(RangeError);
    expect(() => dpoGradientWeight(Infinity, 0.1)).toThrow(RangeError);
  });
});

describe('dpoLossCurve', () => {
  it('gives evenly spaced h with both ends and the losses of each type at h = 0 (by hand)', () => {
    const sig = dpoLossCurve({ beta: 0.1 }, -2, 2, 5);
    expect(sig.map((p) => p[0])).toEqual([-2, -1, 0, 1, 2]);
    expect(sig[2][1]).toBeCloseTo(Math.LN2, 14); // −logσ(0)
    expect(sig[4][1]).toBeCloseTo(Math.log1p(Math.exp(-0.2)), 14); // −logσ(0.2)
    expect(dpoLossCurve({ beta: 0.1, type: 'hinge' }, -2, 2, 5)[2][1]).toBe(1); // relu(1 − 0)
    expect(dpoLossCurve({ beta: 0.1, type: 'hinge' }, -20, 20, 5)[4][1]).toBe(0); // relu(1 − 2)
    expect(dpoLossCurve({ beta: 0.1, type: 'ipo' }, -2, 2, 5)[2][1]).toBeCloseTo(25, 12); // (0 − 5)²
    expect(dpoLossCurve({ beta: 0.1, type: 'ipo' }, 0, 5, 2)[1][1]).toBe(0); // h = 1/(2β)
  });

  it('with label smoothing ε the sigmoid curve at h = 0 is still log 2, and robust is log 2 too', () => {
    expect(dpoLossCurve({ beta: 0.1, labelSmoothing: 0.2 }, -1, 1, 3)[1][1]).toBeCloseTo(Math.LN2, 14);
    // robust at h = 0: ((1 − ε)·log2 − ε·log2)/(1 − 2ε) = log 2
    expect(dpoLossCurve({ beta: 0.1, type: 'robust', labelSmoothing: 0.2 }, -1, 1, 3)[1][1]).toBeCloseTo(Math.LN2, 14);
  });

  it('rejects bad ranges, too few points and bad configs', () => {
    expect(() => dpoLossCurve({ beta: 0.1 }, 1, 1, 5)).toThrow(RangeError);
    expect(() => dpoLossCurve({ beta: 0.1 }, 0, 1, 1)).toThrow(RangeError);
    expect(() => dpoLossCurve({ beta: -1 }, 0, 1, 3)).toThrow(RangeError);
    expect(() => dpoLossCurve({ beta: 0.1, labelSmoothing: 0.5 }, 0, 1, 3)).toThrow(RangeError);
    expect(() => dpoLossCurve({ beta: 0.1, type: 'x' as never }, 0, 1, 3)).toThrow(RangeError);
    expect(() => dpoLossCurve(null as never, 0, 1, 3)).toThrow(TypeError);
  });
});
