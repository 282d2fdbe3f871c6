import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { sampleKlEstimators } from './kl-sampling';

describe('sampleKlEstimators', () => {
  it('gives log 2, ½ log² 2 and log 2 − ½ for a draw of answer 0 from [½, ½] against [¼, ¾] (worked by hand)', () => {
    const r = sampleKlEstimators([0.5, 0.5], [0.25, 0.75], 50, createRng(3));
    const i = r.samples.indexOf(0);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.k1[i]).toBeCloseTo(Math.LN2, 14);
    expect(r.k2[i]).toBeCloseTo(0.5 * Math.LN2 ** 2, 14);
    expect(r.k3[i]).toBeCloseTo(Math.LN2 - 0.5, 14); // r = ½: (½ − 1) − log ½
    expect(r.trueKl).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 14);
  });

  it('has means of k1 and k3 within 4 standard errors of the true KL (unbiased estimators)', () => {
    const N = 20000;
    const r = sampleKlEstimators([0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], N, createRng(11));
    expect(Math.abs(r.mean.k1 - r.trueKl)).toBeLessThan((4 * r.std.k1) / Math.sqrt(N));
    expect(Math.abs(r.mean.k3 - r.trueKl)).toBeLessThan((4 * r.std.k3) / Math.sqrt(N));
  });

  it('gives k3 a much lower variance than k1 when the policy is close to the reference', () => {
    const r = sampleKlEstimators([0.3, 0.3, 0.4], [0.32, 0.31, 0.37], 5000, createRng(5));
    expect(r.std.k3).toBeLessThan(r.std.k1 / 5);
    r.k3.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
  });

  it('is reproducible with a seed and rejects a reference with 0 where the policy is > 0', () => {
    const a = sampleKlEstimators([0.5, 0.5], [0.9, 0.1], 30, createRng(1));
    const b = sampleKlEstimators([0.5, 0.5], [0.9, 0.1], 30, createRng(1));
    expect(a).toEqual(b);
    expect(() => sampleKlEstimators([0.5, 0.5], [1, 0], 10, createRng(1))).toThrow(
      'ref[1] is 0 where policy[1] = 0.5 > 0: KL(policy‖ref) is infinite',
    );
    expect(() => sampleKlEstimators([0.5, 0.5], [0.5, 0.5], 0, createRng(1))).toThrow('numSamples must be ≥ 1, got 0');
    expect(() => sampleKlEstimators([0.5, 0.6], [0.5, 0.5], 1, createRng(1))).toThrow(RangeError);
  });

  it('gives k2, k3 ≥ 0, a std of 0 for one sample, and exact zeros when policy = ref', () => {
    const dist = fc
      .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 })
      .map((w) => w.map((x) => x / w.reduce((s, y) => s + y, 0)));
    fc.assert(
      fc.property(dist, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const one = sampleKlEstimators(p, p, 1, createRng(seed));
        expect(one.std).toEqual({ k1: 0, k2: 0, k3: 0 });
        expect(one.mean).toEqual({ k1: 0, k2: 0, k3: 0 });
        const q = [...p].reverse();
        const r = sampleKlEstimators(p, q, 20, createRng(seed));
        r.k2.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(r.k3[i]).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 200 },
    );
  });
});
