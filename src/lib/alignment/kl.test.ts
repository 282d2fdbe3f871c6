import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klEstimates, klPenalizedRewards } from './kl';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logProb = fc.double({ min: -30, max: 0, noNaN: true });

describe('klEstimates', () => {
  it('gives k1 = 0.5, k2 = 0.125, k3 = e^−0.5 − 0.5 for lp = −1, ref = −1.5 (worked by hand)', () => {
    const { k1, k2, k3 } = klEstimates([-1], [-1.5]);
    expect(k1[0]).toBeCloseTo(0.5, 15);
    expect(k2[0]).toBeCloseTo(0.125, 15);
    expect(k3[0]).toBeCloseTo(Math.exp(-0.5) - 1 + 0.5, 15);
  });

  it.each(referenceCases('klEstimates'))('matches reference case %s', (_, c) => runReferenceCase(klEstimates, c));

  it('keeps the digits of k3 ≈ x²/2 when the log-ratio x is tiny', () => {
    const exact = 1e-16 / 2 + 1e-24 / 6; // x²/2 + x³/6 for x = log r = 1e-8
    expect(Math.abs(klEstimates([0], [1e-8]).k3[0] - exact) / exact).toBeLessThan(1e-14);
    expect(klEstimates([0], [1e-100]).k3[0]).toBe(5e-201); // e^x − 1 − x would round to 0
  });

  it('k2 and k3 are never negative, and k3 is 0 only where lp = ref (up to underflow)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(logProb, logProb), { maxLength: 10 }), (rows) => {
        const { k1, k2, k3 } = klEstimates(
          rows.map(([a]) => a),
          rows.map(([, b]) => b),
        );
        k3.forEach((x, t) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(k2[t]).toBeGreaterThanOrEqual(0);
          if (Math.abs(k1[t]) > 1e-100) expect(x).toBeGreaterThan(0); // below, x²/2 underflows
        });
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite estimates or a RangeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 4 });
    fc.assert(
      fc.property(arr, arr, (a, b) => expectFiniteOrBadInput(() => klEstimates(a, b))),
      { numRuns: 200 },
    );
  });
});

describe('klPenalizedRewards', () => {
  it('puts −β(lp − ref) on every token and the score on the last (worked by hand)', () => {
    const r = klPenalizedRewards(1, [-1, -2], [-1.5, -2], 0.1);
    expect(r[0]).toBeCloseTo(-0.05, 15);
    expect(r[1]).toBeCloseTo(1, 15);
  });

  it.each(referenceCases('klPenalizedRewards'))('matches reference case %s', (_, c) =>
    runReferenceCase(klPenalizedRewards, c),
  );

  it('rejects an empty response and a negative β', () => {
    expect(() => klPenalizedRewards(1, [], [], 0.1)).toThrow('logProbs must not be empty');
    expect(() => klPenalizedRewards(1, [-1], [-1], -0.1)).toThrow('beta must be ≥ 0, got -0.1');
  });

  it('sums to score − β·Σk1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(logProb, logProb), { minLength: 1, maxLength: 10 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, score, beta) => {
          const lp = rows.map(([a]) => a);
          const ref = rows.map(([, b]) => b);
          const total = klPenalizedRewards(score, lp, ref, beta).reduce((s, x) => s + x, 0);
          const k1 = klEstimates(lp, ref).k1.reduce((s, x) => s + x, 0);
          expect(total).toBeCloseTo(score - beta * k1, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite rewards or a RangeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 4 });
    fc.assert(
      fc.property(anyFinite, arr, arr, anyFinite, (s, a, b, beta) =>
        expectFiniteOrBadInput(() => klPenalizedRewards(s, a, b, beta)),
      ),
      { numRuns: 200 },
    );
  });
});
