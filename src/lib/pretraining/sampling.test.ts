import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { nextTokenDistribution, sampleFromProbs } from './sampling';
import { topKFilter, topPFilter } from './sampling-filters';
import { referenceCasesFor } from '../data/test-utils';

const probs = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1, noNaN: true })), { minLength: 1, maxLength: 10 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  });
const sum = (p: number[]) => p.reduce((a, b) => a + b, 0);

describe('topKFilter and topPFilter', () => {
  it('top-2 of [0.5, 0.2, 0.3] keeps 0.5 and 0.3 and renormalises to [0.625, 0, 0.375] (by hand)', () => {
    const r = topKFilter([0.5, 0.2, 0.3], 2);
    expect(r[0]).toBeCloseTo(0.625, 14);
    expect(r[1]).toBe(0);
    expect(r[2]).toBeCloseTo(0.375, 14);
  });

  it('top-p 0.7 of [0.1, 0.6, 0.3] keeps 0.6 then 0.3 (0.6 < 0.7 ≤ 0.9)', () => {
    const r = topPFilter([0.1, 0.6, 0.3], 0.7);
    expect(r[0]).toBe(0);
    expect(r[1]).toBeCloseTo(2 / 3, 14);
  });

  it('breaks ties by the lower index and keeps at least one token', () => {
    expect(topKFilter([0.3, 0.2, 0.3, 0.2], 1)).toEqual([1, 0, 0, 0]);
    expect(topPFilter([0.25, 0.25, 0.25, 0.25], 1e-9)).toEqual([1, 0, 0, 0]);
  });

  it('rejects bad k, p and non-distributions', () => {
    expect(() => topKFilter([0.5, 0.5], 0)).toThrow('k must be ≥ 1, got 0');
    expect(() => topPFilter([0.5, 0.5], 0)).toThrow('p must be in (0, 1], got 0');
    expect(() => topPFilter([0.5, 0.5], 1.5)).toThrow(RangeError);
    expect(() => topKFilter([0.5, 0.6], 1)).toThrow('probs must sum to 1, got 1.1');
  });

  it('keep a distribution, only zero out tokens, and keep the order of what stays', () => {
    fc.assert(
      fc.property(probs, fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (p, k, pp) => {
        for (const r of [topKFilter(p, k), topPFilter(p, pp)]) {
          expect(Math.abs(sum(r) - 1)).toBeLessThan(1e-9);
          r.forEach((x, i) => {
            if (p[i] === 0) expect(x).toBe(0);
            if (x > 0) expect(x).toBeGreaterThanOrEqual(p[i] - 1e-12);
          });
        }
        expect(topKFilter(p, k).filter((x) => x > 0).length).toBeLessThanOrEqual(k);
        const kept = p.filter((_, i) => topPFilter(p, pp)[i] > 0);
        expect(sum(kept)).toBeGreaterThanOrEqual(pp - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sampleFromProbs and nextTokenDistribution', () => {
  it('draws with the right frequencies and is reproducible with a seed', () => {
    const rng = createRng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleFromProbs([0.2, 0, 0.8], rng)]++;
    expect(counts[1]).toBe(0);
    expect(counts[0] / 20000).toBeCloseTo(0.2, 1);
    const a = createRng(9);
    const b = createRng(9);
    expect(Array.from({ length: 20 }, () => sampleFromProbs([0.5, 0.5], a))).toEqual(
      Array.from({ length: 20 }, () => sampleFromProbs([0.5, 0.5], b)),
    );
  });

  it('rejects a missing rng and a non-distribution', () => {
    expect(() => sampleFromProbs([1], undefined as never)).toThrow(TypeError);
    expect(() => sampleFromProbs([0.5, 0.4], createRng(1))).toThrow(RangeError);
  });

  it('returns each stage: softmax at T, then top-k, then top-p (worked example of the header)', () => {
    const s = nextTokenDistribution([2, 1, 0], { temperature: 1, topK: 2, topP: 0.7 });
    expect(s.probs[0]).toBeCloseTo(0.665, 3);
    expect(s.afterTopK[0]).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(s.afterTopK[2]).toBe(0);
    expect(s.afterTopP).toEqual([1, 0, 0]);
    expect(nextTokenDistribution([1, 1]).afterTopP).toEqual([0.5, 0.5]);
    expect(() => nextTokenDistribution([1, 2], { temperature: 0 })).toThrow('temperature must be > 0, got 0');
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('topKFilter', topKFilter);
  referenceCasesFor('topPFilter', topPFilter);
});
