import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from '../alignment/test-utils';
import { createRng } from '../random';
import { bestOfNDistribution, bestOfNExactKl, bestOfNExpectedReward, bestOfNKl, sampleBestOfN } from './best-of-n';

const dist = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => w.map((x) => x / w.reduce((s, y) => s + y, 0)));
/** Rewards on a small grid so that ties happen often. */
const problem = dist.chain((p) =>
  fc.tuple(fc.constant(p), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: p.length, maxLength: p.length })),
);
const n = fc.integer({ min: 1, max: 64 });

describe('bestOfNKl', () => {
  it('is 0 for n = 1 and log 2 − ½ for n = 2 (worked by hand)', () => {
    expect(bestOfNKl(1)).toBe(0);
    expect(bestOfNKl(2)).toBeCloseTo(Math.LN2 - 0.5, 15);
  });

  it.each(referenceCases('bestOfNKl'))('matches reference case %s', (_, c) => runReferenceCase(bestOfNKl, c));

  it('rejects n < 1 and non-integers', () => {
    expect(() => bestOfNKl(0)).toThrow('n must be ≥ 1, got 0');
    expect(() => bestOfNKl(2.5)).toThrow(RangeError);
  });
});

describe('exact best-of-n on a discrete policy', () => {
  it('gives π_bon = [¼, ¾], E[r] = ¾ for p = [½, ½], r = [0, 1], n = 2 (worked by hand)', () => {
    expect(bestOfNDistribution([0.5, 0.5], [0, 1], 2)).toEqual([0.25, 0.75]);
    expect(bestOfNExpectedReward([0.5, 0.5], [0, 1], 2)).toBe(0.75);
    expect(bestOfNExactKl([0.5, 0.5], [0, 1], 2)).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
  });

  it('splits a tied top level in proportion to the base policy', () => {
    // levels: {0} with q = ½, {1, 2} with q = ½; P(max = 1) = 1 − ¼ = ¾, split 1 : 2
    const d = bestOfNDistribution([0.5, 1 / 6, 1 / 3], [0, 1, 1], 2);
    expect(d[0]).toBeCloseTo(0.25, 15);
    expect(d[1]).toBeCloseTo(0.25, 15);
    expect(d[2]).toBeCloseTo(0.5, 15);
  });

  it('rejects non-distributions, mismatched rewards and n < 1', () => {
    expect(() => bestOfNDistribution([0.5, 0.6], [0, 1], 2)).toThrow('probs must sum to 1, got 1.1');
    expect(() => bestOfNExpectedReward([1], [0, 1], 2)).toThrow(RangeError);
    expect(() => bestOfNExactKl([1], [0], 0)).toThrow('n must be ≥ 1, got 0');
  });

  it('has exact KL ≤ log n − (n−1)/n, a distribution that sums to 1, and n = 1 equal to the base policy', () => {
    fc.assert(
      fc.property(problem, n, ([p, r], k) => {
        const d = bestOfNDistribution(p, r, k);
        expect(d.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        d.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(0);
          if (p[i] === 0) expect(x).toBe(0);
        });
        expect(bestOfNExactKl(p, r, k)).toBeLessThanOrEqual(bestOfNKl(k) + 1e-12);
        bestOfNDistribution(p, r, 1).forEach((x, i) => expect(x).toBeCloseTo(p[i], 14));
      }),
      { numRuns: 200 },
    );
  });

  it('has an expected reward that never falls as n grows and stays within the rewards’ range', () => {
    fc.assert(
      fc.property(problem, n, ([p, r], k) => {
        const e = bestOfNExpectedReward(p, r, k);
        expect(bestOfNExpectedReward(p, r, k + 1)).toBeGreaterThanOrEqual(e - 1e-12);
        const support = r.filter((_, i) => p[i] > 0);
        expect(e).toBeGreaterThanOrEqual(Math.min(...support) - 1e-12);
        expect(e).toBeLessThanOrEqual(Math.max(...support) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError', () => {
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(any, { maxLength: 3 }),
        fc.array(any, { maxLength: 3 }),
        fc.integer({ min: -1, max: 5 }),
        (p, r, k) => expectFiniteOrBadInput(() => [bestOfNExpectedReward(p, r, k), bestOfNExactKl(p, r, k)]),
      ),
      { numRuns: 200 },
    );
  });
});

describe('sampleBestOfN', () => {
  it('keeps the first sample with the highest reward and is reproducible with a seed', () => {
    const a = sampleBestOfN([0.25, 0.25, 0.5], [1, 3, 2], 4, createRng(9));
    expect(a.samples).toHaveLength(4);
    expect(a.reward).toBe(Math.max(...a.samples.map((s) => [1, 3, 2][s])));
    expect(a.chosen).toBe(a.samples.find((s) => [1, 3, 2][s] === a.reward));
    expect(sampleBestOfN([0.25, 0.25, 0.5], [1, 3, 2], 4, createRng(9))).toEqual(a);
  });

  it('draws the chosen response with the frequencies of bestOfNDistribution (ties included)', () => {
    const p = [0.4, 0.3, 0.2, 0.1];
    const r = [0, 1, 1, 2];
    const want = bestOfNDistribution(p, r, 3);
    const counts = [0, 0, 0, 0];
    const rng = createRng(4);
    const N = 20000;
    for (let i = 0; i < N; i++) counts[sampleBestOfN(p, r, 3, rng).chosen]++;
    counts.forEach((c, i) =>
      expect(Math.abs(c / N - want[i])).toBeLessThan(4 * Math.sqrt((want[i] * (1 - want[i])) / N) + 1e-9),
    );
  });
});
