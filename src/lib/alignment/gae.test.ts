import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gae } from './gae';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const small = fc.double({ min: -10, max: 10, noNaN: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const trajectory = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(fc.array(small, { minLength: n, maxLength: n }), fc.array(small, { minLength: n, maxLength: n })),
  );

describe('gae', () => {
  it('gae([0, 1], [0.5, 0.5], 0.9, 0.5) gives advantages [0.175, 0.5] (worked by hand)', () => {
    const { advantages, returns } = gae([0, 1], [0.5, 0.5], 0.9, 0.5);
    expect(advantages[1]).toBeCloseTo(0.5, 15); // δ_1 = 1 − 0.5
    expect(advantages[0]).toBeCloseTo(0.175, 15); // δ_0 = 0.45 − 0.5 = −0.05; −0.05 + 0.45·0.5
    expect(returns[0]).toBeCloseTo(0.675, 15);
    expect(returns[1]).toBeCloseTo(1, 15);
  });

  it.each(referenceCases('gae'))('matches reference case %s', (_, c) => runReferenceCase(gae, c));

  it('rejects mismatched lengths, empty trajectories and γ, λ outside [0, 1]', () => {
    expect(() => gae([1, 2], [1], 1, 1)).toThrow('values has length 1 but rewards has length 2; they must match');
    expect(() => gae([], [], 1, 1)).toThrow(RangeError);
    expect(() => gae([1], [1], 1.5, 1)).toThrow('gamma must be in [0, 1], got 1.5');
    expect(() => gae([1], [1], 1, -0.1)).toThrow(RangeError);
    expect(() => gae([NaN], [1], 1, 1)).toThrow(RangeError);
  });

  it('with λ = 1, advantages are the discounted returns minus the values', () => {
    fc.assert(
      fc.property(trajectory, fc.double({ min: 0, max: 1, noNaN: true }), ([r, v], gamma) => {
        const { advantages } = gae(r, v, gamma, 1);
        r.forEach((_, t) => {
          let g = 0;
          for (let k = r.length - 1; k >= t; k--) g = r[k] + gamma * g;
          expect(advantages[t]).toBeCloseTo(g - v[t], 9);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('with λ = 0, each advantage is the one-step TD error', () => {
    fc.assert(
      fc.property(trajectory, fc.double({ min: 0, max: 1, noNaN: true }), ([r, v], gamma) => {
        const { advantages, returns } = gae(r, v, gamma, 0);
        r.forEach((_, t) => {
          const next = t + 1 < v.length ? v[t + 1] : 0;
          expect(advantages[t]).toBeCloseTo(r[t] + gamma * next - v[t], 12);
          expect(returns[t]).toBeCloseTo(advantages[t] + v[t], 12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError, and leaves the arrays untouched', () => {
    fc.assert(
      fc.property(
        fc.array(anyFinite, { maxLength: 6 }),
        fc.array(anyFinite, { maxLength: 6 }),
        anyFinite,
        anyFinite,
        (r, v, g, l) => {
          const copy = [[...r], [...v]];
          expectFiniteOrBadInput(() => gae(r, v, g, l));
          expect([r, v]).toEqual(copy);
        },
      ),
      { numRuns: 200 },
    );
  });
});
