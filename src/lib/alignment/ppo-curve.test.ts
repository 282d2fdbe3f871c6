import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipFlatRegion, ppoClipObjective, ppoClipObjectiveCurve } from './ppo-curve';
import { ppoClipLoss } from './ppo';

describe('ppoClipObjective', () => {
  it('is flat above 1 + ε for a positive advantage (worked by hand)', () => {
    expect(ppoClipObjective(1.5, 1, 0.2)).toEqual({ ratio: 1.5, objective: 1.2, slope: 0, clipped: true });
    const below = ppoClipObjective(0.5, 1, 0.2);
    expect(below.objective).toBe(0.5); // min(0.5, 0.8): the pessimistic, unclipped term
    expect(below.slope).toBe(1);
    expect(below.clipped).toBe(false);
  });

  it('is flat below 1 − ε for a negative advantage (worked by hand)', () => {
    const low = ppoClipObjective(0.5, -1, 0.2);
    expect(low.objective).toBeCloseTo(-0.8, 15); // min(−0.5, −0.8)
    expect(low.slope).toBe(0);
    expect(low.clipped).toBe(true);
    expect(ppoClipObjective(1.5, -1, 0.2)).toEqual({ ratio: 1.5, objective: -1.5, slope: -1, clipped: false });
  });

  it('counts the boundary ρ = 1 + ε as not clipped', () => {
    expect(ppoClipObjective(1.25, 2, 0.25).clipped).toBe(false);
  });

  it('rejects a negative ratio, a non-finite advantage and ε outside (0, 1)', () => {
    expect(() => ppoClipObjective(-0.1, 1, 0.2)).toThrow(RangeError);
    expect(() => ppoClipObjective(1, Infinity, 0.2)).toThrow(RangeError);
    expect(() => ppoClipObjective(1, 1, 0)).toThrow(RangeError);
    expect(() => ppoClipObjectiveCurve(1, 0.2, [])).toThrow('ratios must not be empty');
  });

  it('is minus the per-token loss of ppoClipLoss, clipped flags included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (rho, a, e) => {
          const p = ppoClipObjective(rho, a, e);
          const l = ppoClipLoss([Math.log(rho)], [0], [a], e);
          expect(p.objective).toBeCloseTo(-l.tokenLosses[0], 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has slope 0 exactly inside the flat region and slope A outside it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }).filter((a) => a !== 0),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (rho, a, e) => {
          const [lo, hi] = ppoClipFlatRegion(a, e)!;
          const inside = a > 0 ? rho > lo : rho < hi;
          expect(ppoClipObjective(rho, a, e).slope).toBe(inside ? 0 : a);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ppoClipFlatRegion', () => {
  it('is [1+ε, ∞) for A > 0, [0, 1−ε] for A < 0 and null for A = 0', () => {
    expect(ppoClipFlatRegion(1, 0.2)).toEqual([1.2, Infinity]);
    expect(ppoClipFlatRegion(-3, 0.1)).toEqual([0, 0.9]);
    expect(ppoClipFlatRegion(0, 0.2)).toBeNull();
  });
});

describe('ppoClipObjectiveCurve', () => {
  it('evaluates each ratio of the grid', () => {
    const c = ppoClipObjectiveCurve(1, 0.2, [0, 1, 2]);
    expect(c.map((p) => p.objective)).toEqual([0, 1, 1.2]);
    expect(c.map((p) => p.clipped)).toEqual([false, false, true]);
  });
});
