import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipLoss, ppoValueLoss } from './ppo';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logRatio = fc.double({ min: -3, max: 3, noNaN: true });
const adv = fc.double({ min: -5, max: 5, noNaN: true });
const eps = fc.double({ min: 0.01, max: 0.9, noNaN: true });

describe('ppoClipLoss', () => {
  it('clips a ratio of 1.5 at 1.2 for a positive advantage (worked by hand)', () => {
    const r = ppoClipLoss([Math.log(1.5)], [0], [1], 0.2);
    expect(r.ratios[0]).toBeCloseTo(1.5, 14);
    expect(r.clippedRatios[0]).toBeCloseTo(1.2, 14);
    expect(r.loss).toBeCloseTo(-1.2, 14); // max(−1.5, −1.2)
    expect(r.clipFraction).toBe(1);
  });

  it('does not clip a ratio of 1.5 for a negative advantage: the pessimistic term is unclipped', () => {
    const r = ppoClipLoss([Math.log(1.5)], [0], [-1], 0.2);
    expect(r.loss).toBeCloseTo(1.5, 14); // max(1.5, 1.2)
    expect(r.clipFraction).toBe(0);
  });

  it.each(referenceCases('ppoClipLoss'))('matches reference case %s', (_, c) => runReferenceCase(ppoClipLoss, c));

  it('rejects mismatched lengths, empty input and ε outside (0, 1)', () => {
    expect(() => ppoClipLoss([-1, -2], [-1], [1, 1], 0.2)).toThrow(RangeError);
    expect(() => ppoClipLoss([], [], [], 0.2)).toThrow('logProbs must not be empty');
    expect(() => ppoClipLoss([-1], [-1], [1], 0)).toThrow('clipEps must be in (0, 1), got 0');
    expect(() => ppoClipLoss([-1], [-1], [1], 1)).toThrow(RangeError);
  });

  it('throws rather than return Infinity when the probability ratio overflows', () => {
    expect(() => ppoClipLoss([0], [-800], [-1], 0.2)).toThrow(/ratio\[0\] is Infinity/);
  });

  it('equals −mean(A) when the policy has not moved (ρ = 1, nothing clipped)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(logRatio, adv), { minLength: 1, maxLength: 10 }), eps, (rows, e) => {
        const lp = rows.map(([x]) => x);
        const a = rows.map(([, y]) => y);
        const r = ppoClipLoss(lp, lp, a, e);
        expect(r.loss).toBeCloseTo(-a.reduce((s, x) => s + x, 0) / a.length, 12);
        expect(r.clipFraction).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('is never below the unclipped loss −mean(Aρ), and each token is a clipped-ratio loss or −Aρ', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(logRatio, logRatio, adv), { minLength: 1, maxLength: 10 }), eps, (rows, e) => {
        const r = ppoClipLoss(
          rows.map(([x]) => x),
          rows.map(([, y]) => y),
          rows.map(([, , a]) => a),
          e,
        );
        const unclipped = rows.reduce((s, [x, y, a]) => s - a * Math.exp(x - y), 0) / rows.length;
        expect(r.loss).toBeGreaterThanOrEqual(unclipped - 1e-12);
        r.tokenLosses.forEach((l, t) => {
          const a = rows[t][2];
          expect(r.clippedRatios[t]).toBeGreaterThanOrEqual(1 - e - 1e-15);
          expect(r.clippedRatios[t]).toBeLessThanOrEqual(1 + e + 1e-15);
          expect(l).toBeCloseTo(Math.max(-a * r.ratios[t], -a * r.clippedRatios[t]), 12);
        });
        expect(r.clipFraction).toBeGreaterThanOrEqual(0);
        expect(r.clipFraction).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a token as clipped only when its ratio lies outside [1 − ε, 1 + ε]', () => {
    fc.assert(
      fc.property(logRatio, adv, eps, (x, a, e) => {
        const r = ppoClipLoss([x], [0], [a], e);
        if (r.clipFraction === 1) expect(r.ratios[0] < 1 - e || r.ratios[0] > 1 + e).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 4 });
    fc.assert(
      fc.property(arr, arr, arr, anyFinite, (lp, old, a, e) =>
        expectFiniteOrBadInput(() => ppoClipLoss(lp, old, a, e)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('ppoValueLoss', () => {
  it('takes the larger of the clipped and unclipped squared errors (worked by hand)', () => {
    // v = 1, v_old = 0, R = 2, c = 0.2: unclipped (1 − 2)² = 1, clipped (0.2 − 2)² = 3.24 → ½·3.24
    expect(ppoValueLoss([1], [0], [2], 0.2)).toBeCloseTo(1.62, 14);
    // v = 1, v_old = 0, R = 0: unclipped 1, clipped 0.04 → ½·1
    expect(ppoValueLoss([1], [0], [0], 0.2)).toBeCloseTo(0.5, 14);
  });

  it.each(referenceCases('ppoValueLoss'))('matches reference case %s', (_, c) => runReferenceCase(ppoValueLoss, c));

  it('rejects mismatched lengths and a clip range ≤ 0', () => {
    expect(() => ppoValueLoss([1, 2], [1, 2], [1], 0.2)).toThrow(RangeError);
    expect(() => ppoValueLoss([1], [1], [1], 0)).toThrow('clipRange must be > 0, got 0');
  });

  it('is at least the plain ½·MSE and equals it when values stay within the clip range', () => {
    const v = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(v, v, v), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (rows, c) => {
          const values = rows.map(([x]) => x);
          const returns = rows.map(([, , r]) => r);
          const mse = (0.5 * rows.reduce((s, [x, , r]) => s + (x - r) ** 2, 0)) / rows.length;
          expect(
            ppoValueLoss(
              values,
              rows.map(([, o]) => o),
              returns,
              c,
            ),
          ).toBeGreaterThanOrEqual(mse - 1e-12);
          expect(ppoValueLoss(values, values, returns, c)).toBeCloseTo(mse, 12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives a finite number or a RangeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 4 });
    fc.assert(
      fc.property(arr, arr, arr, anyFinite, (v, o, r, c) => expectFiniteOrBadInput(() => ppoValueLoss(v, o, r, c))),
      { numRuns: 200 },
    );
  });
});
