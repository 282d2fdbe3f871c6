import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bradleyTerryLoss } from './bradley-terry';
import { bradleyTerryGradient } from './preference-gradient';

const reward = fc.double({ min: -40, max: 40, noNaN: true });

describe('bradleyTerryGradient', () => {
  it('is −σ(−1.2) ≈ −0.2315 for r_c = 1.5, r_r = 0.3 and −½ when the margin eats the gap (worked by hand)', () => {
    const g = bradleyTerryGradient(1.5, 0.3);
    expect(g.dChosen).toBeCloseTo(-1 / (1 + Math.exp(1.2)), 15);
    expect(g.dRejected).toBeCloseTo(1 / (1 + Math.exp(1.2)), 15);
    expect(bradleyTerryGradient(1, 0, 1)).toEqual({ dChosen: -0.5, dRejected: 0.5 });
  });

  it('stays finite for huge gaps and rejects non-finite input', () => {
    expect(bradleyTerryGradient(-1000, 1000).dChosen).toBeCloseTo(-1, 15);
    expect(bradleyTerryGradient(1000, -1000).dRejected).toBeCloseTo(0, 15);
    expect(() => bradleyTerryGradient(NaN, 0)).toThrow('chosen must be a finite number, got NaN');
    expect(() => bradleyTerryGradient(0, 0, Infinity)).toThrow(RangeError);
  });

  it('matches central finite differences of bradleyTerryLoss and sums to zero', () => {
    fc.assert(
      fc.property(reward, reward, fc.double({ min: 0, max: 3, noNaN: true }), (c, r, m) => {
        const g = bradleyTerryGradient(c, r, m);
        const h = 1e-5;
        const fd = (bradleyTerryLoss([c + h], [r], [m]) - bradleyTerryLoss([c - h], [r], [m])) / (2 * h);
        expect(g.dChosen).toBeCloseTo(fd, 6);
        expect(g.dChosen + g.dRejected).toBe(0);
        expect(g.dChosen).toBeLessThanOrEqual(0);
        expect(g.dChosen).toBeGreaterThanOrEqual(-1);
      }),
      { numRuns: 200 },
    );
  });
});
