import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { darkKnowledge } from './dark-knowledge';

describe('darkKnowledge', () => {
  it('worked by hand: l = [5, 2, 0], y = 0 gives ratio e^−3 at T = 1 and e^−1 at T = 3', () => {
    const { wrongRanking, topWrongIndex, points } = darkKnowledge([5, 2, 0], 0, [1, 3]);
    expect(wrongRanking).toEqual([1, 2]);
    expect(topWrongIndex).toBe(1);
    const z = Math.exp(5) + Math.exp(2) + 1;
    expect(points[0].correctProb).toBeCloseTo(Math.exp(5) / z, 12);
    expect(points[0].ratio).toBeCloseTo(Math.exp(-3), 12);
    expect(points[1].ratio).toBeCloseTo(Math.exp(-1), 12);
    expect(points[1].logRatio).toBeCloseTo(-1, 12);
    expect(points[1].wrongMass).toBeCloseTo((Math.exp(2 / 3) + 1) / (Math.exp(5 / 3) + Math.exp(2 / 3) + 1), 12); // ≈ 0.3576
  });

  it('shows more of the wrong classes as T rises: the ratio and the wrong mass grow, the ranking stays', () => {
    const { points } = darkKnowledge([6, 3, 2.5, -1], 0, [0.5, 1, 2, 4, 8, 20]);
    for (let i = 1; i < points.length; i++) {
      expect(points[i].ratio).toBeGreaterThan(points[i - 1].ratio);
      expect(points[i].wrongMass).toBeGreaterThan(points[i - 1].wrongMass);
      expect(points[i].entropy).toBeGreaterThan(points[i - 1].entropy);
    }
    expect(points[points.length - 1].ratio).toBeGreaterThan(0.8); // → 1 as T → ∞
  });

  it('ranks ties by lower index and puts masked classes last with probability 0', () => {
    const { wrongRanking, points } = darkKnowledge([1, -Infinity, 2, 2, 0], 2, [1]);
    expect(wrongRanking).toEqual([3, 0, 4, 1]);
    expect(points[0].probs[1]).toBe(0);
    expect(darkKnowledge([0, -Infinity], 0, [1]).points[0].ratio).toBe(0);
  });

  it('keeps logRatio finite when the ratio itself overflows', () => {
    const p = darkKnowledge([0, 1e4], 0, [1]).points[0];
    expect(p.logRatio).toBe(1e4);
    expect(p.ratio).toBe(Infinity);
    expect(p.correctProb).toBe(0);
  });

  it('rejects a masked true class, a single class, a bad target and non-positive temperatures', () => {
    expect(() => darkKnowledge([-Infinity, 1], 0, [1])).toThrow(/true class/);
    expect(() => darkKnowledge([1], 0, [1])).toThrow(/at least 2 classes/);
    expect(() => darkKnowledge([1, 2], 2, [1])).toThrow(/below 2/);
    expect(() => darkKnowledge([1, 2], 0, [])).toThrow(/must not be empty/);
    expect(() => darkKnowledge([1, 2], 0, [1, 0])).toThrow('temperatures[1] must be > 0, got 0');
  });

  it('returns finite probabilities and never NaN for any finite logits and temperatures', () => {
    const logits = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 8 });
    const temps = fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(logits, fc.nat(), temps, (l, t, ts) => {
        const y = t % l.length;
        const { points, wrongRanking } = darkKnowledge(l, y, ts);
        expect(wrongRanking).toHaveLength(l.length - 1);
        for (const p of points) {
          expect(p.probs.every(Number.isFinite)).toBe(true);
          expect(Number.isFinite(p.logRatio)).toBe(true);
          expect(Number.isNaN(p.ratio)).toBe(false);
          expect(p.correctProb + p.wrongMass).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
