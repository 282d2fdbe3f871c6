import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRope, ropeScore, ropeScoresByDistance } from './rope';
import { referenceCasesFor } from '../data/test-utils';

const vec = (d: number) => fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d });
const pos = fc.double({ min: -500, max: 500, noNaN: true });

describe('applyRope', () => {
  it('rotates [1, 0] at position 1 by one radian when d = 2 (worked by hand: inv_freq = base^0 = 1)', () => {
    const [[a, b]] = applyRope([[1, 0]], [1], 100);
    expect(a).toBeCloseTo(Math.cos(1), 14);
    expect(b).toBeCloseTo(Math.sin(1), 14);
  });

  it('pairs dimension i with i + d/2 (rotate_half), not adjacent dimensions', () => {
    // d = 4, base 100: inv_freq = [1, 100^(-1/2) = 0.1]. x = [1, 0, 0, 0] at position 1 → pair (0, 2).
    const [r] = applyRope([[1, 0, 0, 0]], [1], 100);
    expect(r[0]).toBeCloseTo(Math.cos(1), 14);
    expect(r[2]).toBeCloseTo(Math.sin(1), 14);
    expect(r[1]).toBe(0);
    expect(r[3]).toBe(0);
  });

  it('is the identity at position 0', () => {
    expect(applyRope([[0.3, -0.2, 0.5, 0.1]], [0])).toEqual([[0.3, -0.2, 0.5, 0.1]]);
  });

  it('rejects an odd dimension, a missing position and a bad base', () => {
    expect(() => applyRope([[1, 2, 3]], [0])).toThrow('the head dimension must be even, got 3');
    expect(() => applyRope([[1, 2]], [0, 1])).toThrow(RangeError);
    expect(() => applyRope([[1, 2]], [NaN])).toThrow(RangeError);
    expect(() => applyRope([[1, 2]], [0], 0)).toThrow('base must be > 0, got 0');
  });

  it('preserves the norm of every row', () => {
    fc.assert(
      fc.property(vec(6), pos, (x, p) => {
        const [r] = applyRope([x], [p]);
        const n = (v: number[]) => Math.hypot(...v);
        expect(Math.abs(n(r) - n(x))).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ropeScore', () => {
  it('the score of a rotated query and key depends only on their distance', () => {
    fc.assert(
      fc.property(vec(8), vec(8), pos, pos, pos, (q, k, m, n, shift) => {
        const a = ropeScore(q, k, m, n);
        const b = ropeScore(q, k, m + shift, n + shift);
        expect(Math.abs(a - b)).toBeLessThan(1e-8);
      }),
      { numRuns: 200 },
    );
  });

  it('equals the plain dot product at distance 0, and ropeScoresByDistance lists distances 0…max', () => {
    expect(ropeScore([1, 2, 3, 4], [4, 3, 2, 1], 7, 7)).toBeCloseTo(20, 12);
    const s = ropeScoresByDistance([1, 2, 3, 4], [4, 3, 2, 1], 3);
    expect(s.length).toBe(4);
    expect(s[0]).toBeCloseTo(20, 12);
    expect(s[2]).toBeCloseTo(ropeScore([1, 2, 3, 4], [4, 3, 2, 1], 12, 10), 12);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => ropeScore([1, 2], [1, 2, 3, 4], 0, 0)).toThrow('k must have the length of q (2), got 4');
    expect(() => ropeScoresByDistance([1, 2], [1, 2], -1)).toThrow(RangeError);
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('applyRope', applyRope);
});
