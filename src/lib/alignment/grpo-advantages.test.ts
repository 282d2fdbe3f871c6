import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grpoAdvantages, type GrpoScale } from './grpo-advantages';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Rewards on a 0.01 grid: no subnormal spreads that a·r + b would round away. */
const reward = fc.integer({ min: -1000, max: 1000 }).map((x) => x / 100);
const batch = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([g, n]) => fc.tuple(fc.constant(g), fc.array(reward, { minLength: g * n, maxLength: g * n })));

describe('grpoAdvantages', () => {
  it('gives ±√3/2 for rewards [1, 0, 0, 1] (worked by hand: mean ½, std √(1/3))', () => {
    const a = grpoAdvantages([1, 0, 0, 1], 4, { eps: 0 });
    [1, -1, -1, 1].forEach((s, i) => expect(a[i]).toBeCloseTo((s * Math.sqrt(3)) / 2, 14));
  });

  it.each(referenceCases('grpoAdvantages'))('matches reference case %s', (_, c) => runReferenceCase(grpoAdvantages, c));

  it('rejects a group size < 2 or one that does not divide the batch, and unknown scales', () => {
    expect(() => grpoAdvantages([1, 0, 1], 1)).toThrow('groupSize must be ≥ 2, got 1');
    expect(() => grpoAdvantages([1, 0, 1], 2)).toThrow('groupSize 2 must divide the number of rewards (3)');
    expect(() => grpoAdvantages([1, 0], 2, { scale: 'global' as GrpoScale })).toThrow(RangeError);
    expect(() => grpoAdvantages([1, 0], 2, { eps: -1 })).toThrow('eps must be ≥ 0, got -1');
  });

  it('gives exactly 0 to every member of a group of equal rewards, for every scale and eps = 0 too', () => {
    fc.assert(
      fc.property(
        anyFinite,
        fc.integer({ min: 2, max: 8 }),
        fc.constantFrom<GrpoScale>('group', 'batch', 'none'),
        fc.constantFrom(0, 1e-4),
        (r, g, scale, eps) => {
          expect(grpoAdvantages(new Array(g).fill(r), g, { scale, eps }).every((a) => a === 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('centres every group: advantages sum to 0 within each group', () => {
    fc.assert(
      fc.property(batch, fc.constantFrom<GrpoScale>('group', 'batch', 'none'), ([g, r], scale) => {
        const a = grpoAdvantages(r, g, { scale });
        for (let s = 0; s < a.length; s += g) {
          expect(Math.abs(a.slice(s, s + g).reduce((x, y) => x + y, 0))).toBeLessThan(1e-9 * g);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with eps = 0 and scale 'group', each non-constant group has unbiased std 1 and ignores a·r + b (a > 0)", () => {
    fc.assert(
      fc.property(batch, fc.double({ min: 0.1, max: 10, noNaN: true }), reward, ([g, r], a, b) => {
        const adv = grpoAdvantages(r, g, { eps: 0 });
        const moved = grpoAdvantages(
          r.map((x) => a * x + b),
          g,
          { eps: 0 },
        );
        for (let s = 0; s < r.length; s += g) {
          const grp = adv.slice(s, s + g);
          if (grp.every((x) => x === 0)) continue;
          const sd = Math.sqrt(grp.reduce((acc, x) => acc + x * x, 0) / (g - 1));
          if (Math.max(...r.slice(s, s + g)) - Math.min(...r.slice(s, s + g)) > 1e-6) expect(sd).toBeCloseTo(1, 6);
        }
        adv.forEach((x, i) => expect(moved[i]).toBeCloseTo(x, 4));
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite advantages or a RangeError/TypeError', () => {
    fc.assert(
      fc.property(
        fc.array(anyFinite, { maxLength: 6 }),
        fc.integer({ min: -1, max: 4 }),
        fc.constantFrom<GrpoScale>('group', 'batch', 'none'),
        anyFinite,
        (r, g, scale, eps) => expectFiniteOrBadInput(() => grpoAdvantages(r, g, { scale, eps })),
      ),
      { numRuns: 200 },
    );
  });
});
