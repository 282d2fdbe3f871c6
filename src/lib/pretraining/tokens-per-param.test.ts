import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokensPerParamSplit, tokensPerParameter } from './tokens-per-param';

describe('tokensPerParamSplit', () => {
  it('gives Chinchilla back from its own budget: 5.88e23 FLOPs → 70B parameters, 1.4T tokens (by hand)', () => {
    const { params, tokens } = tokensPerParamSplit(6 * 70e9 * 1.4e12);
    expect(params / 70e9).toBeCloseTo(1, 12);
    expect(tokens / 1.4e12).toBeCloseTo(1, 12);
  });

  it('spends exactly the budget at exactly the ratio', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e15, max: 1e28, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (c, r) => {
          const { params, tokens } = tokensPerParamSplit(c, r);
          expect(Math.abs(6 * params * tokens - c)).toBeLessThanOrEqual(1e-9 * c);
          expect(tokens / params).toBeCloseTo(r, 9);
          expect(tokensPerParameter(params, tokens)).toBeCloseTo(r, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a budget or ratio that is not positive and finite', () => {
    expect(() => tokensPerParamSplit(0)).toThrow('flops must be > 0, got 0');
    expect(() => tokensPerParamSplit(1e20, -1)).toThrow(RangeError);
    expect(() => tokensPerParamSplit(Infinity)).toThrow(RangeError);
  });
});

describe('tokensPerParameter', () => {
  it('is 20 for Chinchilla itself: 1.4T tokens over 70B parameters (by hand)', () => {
    expect(tokensPerParameter(70e9, 1.4e12)).toBeCloseTo(20, 12);
  });

  it('rejects a count that is not positive and finite', () => {
    expect(() => tokensPerParameter(0, 1e12)).toThrow('params must be > 0, got 0');
    expect(() => tokensPerParameter(7e10, Number.NaN)).toThrow(RangeError);
    expect(() => tokensPerParameter(1e-300, 1e300)).toThrow(/tokens \/ params/);
  });
});
