import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { klEstimatorMoments } from './kl-moments';
import { sampleKlEstimators } from './kl-sampling';

describe('klEstimatorMoments', () => {
  it('gives the chapter example by hand: policy [0.5, 0.3, 0.2], ref [0.4, 0.4, 0.2]', () => {
    const m = klEstimatorMoments([0.5, 0.3, 0.2], [0.4, 0.4, 0.2]);
    const kl = 0.5 * Math.log(0.5 / 0.4) + 0.3 * Math.log(0.3 / 0.4);
    expect(m.trueKl).toBeCloseTo(kl, 14);
    expect(m.mean.k1).toBeCloseTo(kl, 14);
    // k3 per token: r − 1 − log r with r = ref/policy
    const k3 = [0.8 - 1 - Math.log(0.8), 4 / 3 - 1 - Math.log(4 / 3), 0];
    expect(m.mean.k3).toBeCloseTo(0.5 * k3[0] + 0.3 * k3[1], 14);
    const k2 = [0.5 * Math.log(0.8) ** 2, 0.5 * Math.log(4 / 3) ** 2, 0];
    expect(m.mean.k2).toBeCloseTo(0.5 * k2[0] + 0.3 * k2[1], 14);
    // Std of k1: values ln 1.25, ln 0.75, 0 with weights 0.5, 0.3, 0.2
    const k1 = [Math.log(1.25), Math.log(0.75), 0];
    const v = [0.5, 0.3, 0.2].reduce((s, p, i) => s + p * (k1[i] - kl) ** 2, 0);
    expect(m.std.k1).toBeCloseTo(Math.sqrt(v), 14);
    expect(m.std.k3).toBeLessThan(m.std.k1);
  });

  it('is all zero when the policy equals the reference', () => {
    const m = klEstimatorMoments([0.2, 0.8], [0.2, 0.8]);
    expect(m).toEqual({ mean: { k1: 0, k2: 0, k3: 0 }, std: { k1: 0, k2: 0, k3: 0 }, trueKl: 0 });
  });

  it('skips tokens the policy never draws and rejects an infinite KL', () => {
    const m = klEstimatorMoments([0, 1], [0.5, 0.5]);
    expect(m.trueKl).toBeCloseTo(Math.log(2), 14);
    expect(m.std.k1).toBe(0);
    expect(() => klEstimatorMoments([0.5, 0.5], [1, 0])).toThrow(/infinite/);
    expect(() => klEstimatorMoments([0.5, 0.5], [0.5, 0.4])).toThrow(RangeError);
  });

  it('E[k1] = E[k3] = KL for any full-support pair, and k3 has the smaller std when ref ≈ policy', () => {
    const dist = fc
      .array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 })
      .map((xs) => xs.map((x) => x / xs.reduce((a, b) => a + b, 0)));
    fc.assert(
      fc.property(dist, dist, (p, q) => {
        const m = klEstimatorMoments(p, q);
        expect(m.mean.k1).toBeCloseTo(m.trueKl, 10);
        expect(m.mean.k3).toBeCloseTo(m.trueKl, 10);
      }),
      { numRuns: 200 },
    );
    const near = klEstimatorMoments([0.5, 0.3, 0.2], [0.49, 0.31, 0.2]);
    expect(near.std.k3).toBeLessThan(near.std.k1 / 10);
  });

  it('agrees with the sample mean and std of 20 000 draws', () => {
    const p = [0.5, 0.3, 0.2];
    const q = [0.4, 0.4, 0.2];
    const m = klEstimatorMoments(p, q);
    const s = sampleKlEstimators(p, q, 20000, createRng(7));
    for (const k of ['k1', 'k2', 'k3'] as const) {
      expect(Math.abs(s.mean[k] - m.mean[k])).toBeLessThan((4 * m.std[k]) / Math.sqrt(20000));
      expect(s.std[k]).toBeCloseTo(m.std[k], 2);
    }
  });
});
