import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropy, klDivergence } from './entropy';
import { referenceCasesFor } from '../data/test-utils';

/** A random probability vector of length n (normalised positive weights, a few exact zeros). */
const distribution = (n: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .map((w) => {
      const s = w.reduce((a, b) => a + b, 0);
      return w.map((x) => x / s);
    });
const pair = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(distribution(n), distribution(n)));

describe('entropy', () => {
  it('H([1/2, 1/4, 1/4]) = 1.5 log 2 (worked by hand)', () => {
    expect(entropy([0.5, 0.25, 0.25])).toBeCloseTo(1.5 * Math.log(2), 14);
  });

  it('treats 0 log 0 as 0', () => {
    expect(entropy([0, 1, 0])).toBe(0);
  });

  it('rejects vectors that are not distributions', () => {
    expect(() => entropy([0.5, 0.4])).toThrow('p must sum to 1, got 0.9');
    expect(() => entropy([0.5, -0.5, 1])).toThrow(/p\[1\] must be ≥ 0/);
    expect(() => entropy([])).toThrow(RangeError);
  });

  it('lies between 0 and log n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => distribution(n)),
        (p) => {
          const h = entropy(p);
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThanOrEqual(Math.log(p.length) + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('klDivergence', () => {
  it('KL([1/2, 1/2] ‖ [1/4, 3/4]) = ½ log 2 + ½ log(2/3) (worked by hand)', () => {
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 14);
  });

  it('is Infinity where p has mass and q has none, and 0·log(0/q) = 0', () => {
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 14);
  });

  it('stays finite when q is subnormal', () => {
    const q = [1 - 5e-324, 5e-324];
    expect(klDivergence([0.5, 0.5], q)).toBeCloseTo(0.5 * Math.log(0.5) + 0.5 * (Math.log(0.5) - Math.log(5e-324)), 9);
  });

  it('rejects a length mismatch', () => {
    expect(() => klDivergence([0.5, 0.5], [0.2, 0.3, 0.5])).toThrow(
      'q has length 3 but p has length 2; they must match',
    );
  });

  it('KL(p‖q) ≥ 0', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        expect(klDivergence(p, q)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('KL(p‖p) = 0', () => {
    fc.assert(
      fc.property(pair, ([p]) => {
        expect(klDivergence(p, p)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input returns a non-NaN number or throws RangeError/TypeError', () => {
    const v = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 5 });
    fc.assert(
      fc.property(v, v, (p, q) => {
        try {
          expect(Number.isNaN(klDivergence(p, q))).toBe(false);
          expect(Number.isNaN(entropy(p))).toBe(false);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('entropy', entropy);
  referenceCasesFor('klDivergence', klDivergence);
});
