import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy, perplexity } from './cross-entropy';
import { logSoftmax } from './softmax';
import { referenceCasesFor } from '../data/test-utils';

describe('crossEntropy', () => {
  it('crossEntropy([log 1, log 3], 1) = -log(3/4) (worked by hand)', () => {
    expect(crossEntropy([0, Math.log(3)], 1)).toBeCloseTo(-Math.log(0.75), 14);
    expect(crossEntropy([0, Math.log(3)], 0)).toBeCloseTo(Math.log(4), 14);
  });

  it('stays finite for logits of magnitude 1e4', () => {
    expect(crossEntropy([1e4, -1e4, 0], 1)).toBe(2e4);
    expect(crossEntropy([1e4, -1e4, 0], 0)).toBeCloseTo(0, 12);
    expect(crossEntropy([1e4, 1e4 + 1], 0)).toBeCloseTo(Math.log1p(Math.E), 9);
  });

  it('a masked target has infinite loss', () => {
    expect(crossEntropy([0, -Infinity], 1)).toBe(Infinity);
  });

  it('rejects a target out of range, a fractional target and empty logits', () => {
    expect(() => crossEntropy([1, 2, 3], 3)).toThrow('target must be a class index below 3, got 3');
    expect(() => crossEntropy([1, 2, 3], 1.5)).toThrow('target must be a whole number, got 1.5');
    expect(() => crossEntropy([1, 2, 3], -1)).toThrow(RangeError);
    expect(() => crossEntropy([], 0)).toThrow(RangeError);
  });

  it('equals -logSoftmax at the target and is ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (l, t) => {
          const target = t % l.length;
          const ce = crossEntropy(l, target);
          expect(Number.isFinite(ce)).toBe(true);
          expect(ce).toBeGreaterThanOrEqual(0);
          expect(ce).toBe(-logSoftmax(l)[target]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input returns a number that is not NaN or throws RangeError/TypeError', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 8 }),
        fc.integer(),
        (l, t) => {
          try {
            expect(Number.isNaN(crossEntropy(l, t))).toBe(false);
          } catch (e) {
            expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('perplexity', () => {
  it('perplexity([log 2, log 8]) = exp(log 4) = 4 (worked by hand)', () => {
    expect(perplexity([Math.log(2), Math.log(8)])).toBeCloseTo(4, 12);
  });

  it('a uniform model over V tokens has perplexity V', () => {
    expect(perplexity(Array(5).fill(Math.log(50257)))).toBeCloseTo(50257, 6);
  });

  it('rejects empty, negative and non-finite losses', () => {
    expect(() => perplexity([])).toThrow('nlls must not be empty');
    expect(() => perplexity([1, -0.5])).toThrow(/nlls\[1\] must be ≥ 0/);
    expect(() => perplexity([NaN])).toThrow(RangeError);
  });

  it('is ≥ 1 and finite for losses up to 700 nats', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 700, noNaN: true }), { minLength: 1, maxLength: 20 }), (n) => {
        const ppl = perplexity(n);
        expect(Number.isFinite(ppl)).toBe(true);
        expect(ppl).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('crossEntropy', crossEntropy);
  referenceCasesFor('perplexity', perplexity);
});
