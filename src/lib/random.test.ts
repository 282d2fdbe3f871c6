import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from './random';

const draw = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(draw(seed, 20)).toEqual(draw(seed, 20));
      }),
      { numRuns: 200 },
    );
  });

  it('gives different sequences for neighbouring seeds', () => {
    const a = draw(1, 10);
    const b = draw(2, 10);
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });

  it('draws floats in [0, 1) whose mean and variance are those of a uniform', () => {
    const xs = draw(42, 20000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    // Standard error of the mean is √(1/12/20000) ≈ 0.002.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005);
  });

  it('draws integers uniformly: a chi-square test over 10 bins passes at the 0.1 % level', () => {
    const rng = createRng(7);
    const counts = new Array(10).fill(0);
    const n = 10000;
    for (let i = 0; i < n; i++) counts[rng.int(10)]++;
    const chi2 = counts.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88); // χ²(9) 99.9th percentile
  });

  it('draws categorical indices in proportion to the weights, never a zero-weight index', () => {
    const rng = createRng(3);
    const weights = [0.5, 0, 0.3, 0.2];
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[rng.categorical(weights)]++;
    expect(counts[1]).toBe(0);
    weights.forEach((w, i) => expect(Math.abs(counts[i] / 20000 - w)).toBeLessThan(0.015));
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('resumes a stream from its state', () => {
    const rng = createRng(5);
    rng.next();
    const resumed = createRng(0, rng.state());
    expect(resumed.next()).toBe(rng.next());
  });

  it('rejects bad seeds, counts and weights with RangeError or TypeError', () => {
    expect(() => createRng(NaN)).toThrow(RangeError);
    expect(() => createRng('1' as unknown as number)).toThrow(TypeError);
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
    expect(() => rng.categorical([0, 0])).toThrow(RangeError);
    expect(() => rng.categorical([1, -1])).toThrow(RangeError);
    expect(() => rng.categorical([])).toThrow(RangeError);
  });
});
