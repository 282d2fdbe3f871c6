import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSigmoid, sigmoid } from './sigmoid';
import { referenceCasesFor } from '../data/test-utils';

describe('sigmoid and logSigmoid', () => {
  it('sigmoid(log 3) = 3/4 (worked by hand: 1 / (1 + 1/3))', () => {
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 14);
    expect(logSigmoid(Math.log(3))).toBeCloseTo(Math.log(0.75), 14);
  });

  it('logSigmoid(-1000) is -1000, not -Infinity, and sigmoid saturates without NaN', () => {
    expect(logSigmoid(-1000)).toBe(-1000);
    expect(logSigmoid(1000)).toBe(-0);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });

  it('rejects NaN, ±Infinity and non-numbers', () => {
    expect(() => sigmoid(NaN)).toThrow('x must be a finite number, got NaN');
    expect(() => logSigmoid(Infinity)).toThrow(RangeError);
    expect(() => logSigmoid(-Infinity)).toThrow(RangeError);
    expect(() => sigmoid('1' as unknown as number)).toThrow(TypeError);
  });

  it('sigmoid(x) + sigmoid(-x) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => {
        expect(Math.abs(sigmoid(x) + sigmoid(-x) - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('logSigmoid(x) - logSigmoid(-x) = x', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(logSigmoid(x) - logSigmoid(-x) - x)).toBeLessThan(1e-9 * (1 + Math.abs(x)));
      }),
      { numRuns: 200 },
    );
  });

  it('any finite x gives a finite result: sigmoid in [0, 1], logSigmoid ≤ 0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = sigmoid(x);
        const ls = logSigmoid(x);
        expect(Number.isFinite(s) && s >= 0 && s <= 1).toBe(true);
        expect(Number.isFinite(ls) && ls <= 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('sigmoid', sigmoid);
  referenceCasesFor('logSigmoid', logSigmoid);
});
