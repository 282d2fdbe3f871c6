import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput } from '../alignment/test-utils';
import { createRng } from '../random';
import {
  createLinearRm,
  linearRmAccuracy,
  linearRmGradient,
  linearRmLoss,
  linearRmPairsCorrect,
  linearRmReward,
  trainLinearRm,
  type PreferencePair,
} from './linear-rm';

/** Pairs whose preference follows a hidden weight vector: linearly separable by construction. */
function separablePairs(count: number, seed: number): PreferencePair[] {
  const rng = createRng(seed);
  const wTrue = [1.5, -1, 0.5];
  const pairs: PreferencePair[] = [];
  while (pairs.length < count) {
    const a = wTrue.map(() => rng.normal());
    const b = wTrue.map(() => rng.normal());
    const gap = linearRmReward(wTrue, a) - linearRmReward(wTrue, b);
    if (Math.abs(gap) < 0.3) continue;
    pairs.push(gap > 0 ? { chosen: a, rejected: b } : { chosen: b, rejected: a });
  }
  return pairs;
}

const feature = fc.double({ min: -3, max: 3, noNaN: true });
const pairsOf = (f: number) =>
  fc.array(
    fc.record({
      chosen: fc.array(feature, { minLength: f, maxLength: f }),
      rejected: fc.array(feature, { minLength: f, maxLength: f }),
    }),
    { minLength: 1, maxLength: 6 },
  );

describe('linear reward model', () => {
  it('starts at loss log 2 and one step with lr 1 on d = [1, 0] moves w to [½, 0] (worked by hand)', () => {
    const state = createLinearRm(2);
    const pairs = [{ chosen: [1, 0], rejected: [0, 0] }];
    expect(linearRmLoss(state.w, pairs)).toBeCloseTo(Math.LN2, 15);
    const { losses, accuracy } = trainLinearRm(state, pairs, { steps: 1, lr: 1 });
    expect(state.w).toEqual([0.5, 0]);
    expect(state.step).toBe(1);
    expect(losses[0]).toBeCloseTo(Math.log1p(Math.exp(-0.5)), 15);
    expect(accuracy).toBe(1);
  });

  it('reduces the loss and reaches 100 % training accuracy on a separable set', () => {
    const pairs = separablePairs(40, 7);
    const state = createLinearRm(3);
    const before = linearRmLoss(state.w, pairs);
    const { losses, accuracy } = trainLinearRm(state, pairs, { steps: 200, lr: 0.5, l2: 1e-3 });
    expect(losses).toHaveLength(200);
    expect(losses[199]).toBeLessThan(before / 3);
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThanOrEqual(losses[i - 1] + 1e-9);
    expect(accuracy).toBe(1);
    expect(linearRmAccuracy(state.w, pairs)).toBe(1);
  });

  it('can be driven in chunks: 4 × 25 steps equal 100 steps', () => {
    const pairs = separablePairs(10, 3);
    const whole = createLinearRm(3);
    trainLinearRm(whole, pairs, { steps: 100, lr: 0.3 });
    const chunked = createLinearRm(3);
    for (let i = 0; i < 4; i++) trainLinearRm(chunked, pairs, { steps: 25, lr: 0.3 });
    expect(chunked.w).toEqual(whole.w);
    expect(chunked.step).toBe(100);
  });

  it('rejects mismatched feature lengths, empty pair lists and a bad learning rate, leaving w untouched', () => {
    const state = createLinearRm(2);
    expect(() => trainLinearRm(state, [{ chosen: [1], rejected: [0, 0] }], { steps: 1, lr: 1 })).toThrow(
      'pairs[0].chosen has 1 features but w has 2',
    );
    expect(() => trainLinearRm(state, [], { steps: 1, lr: 1 })).toThrow('pairs must not be empty');
    expect(() => trainLinearRm(state, [{ chosen: [1, 0], rejected: [0, 0] }], { steps: 1, lr: 0 })).toThrow(RangeError);
    expect(() => createLinearRm(0)).toThrow('numFeatures must be ≥ 1, got 0');
    expect(state.w).toEqual([0, 0]);
  });

  it('has a gradient that matches central finite differences of the loss (with L2)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((f) => fc.tuple(fc.array(feature, { minLength: f, maxLength: f }), pairsOf(f))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([w, pairs], l2) => {
          const g = linearRmGradient(w, pairs, l2);
          const h = 1e-5;
          w.forEach((_, j) => {
            const up = w.map((x, k) => (k === j ? x + h : x));
            const down = w.map((x, k) => (k === j ? x - h : x));
            const fd = (linearRmLoss(up, pairs, l2) - linearRmLoss(down, pairs, l2)) / (2 * h);
            expect(g[j]).toBeCloseTo(fd, 6);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError', () => {
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    const vec = fc.array(any, { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(vec, vec, vec, any, (w, c, r, l2) => {
        expectFiniteOrBadInput(() => linearRmLoss(w, [{ chosen: c, rejected: r }], l2));
        expectFiniteOrBadInput(() => linearRmGradient(w, [{ chosen: c, rejected: r }], l2));
      }),
      { numRuns: 200 },
    );
  });
});

describe('linearRmPairsCorrect', () => {
  it('marks each pair by the sign of its margin; a tie is wrong (worked by hand)', () => {
    const w = [2, -1];
    const pairs: PreferencePair[] = [
      { chosen: [1, 0], rejected: [0, 0] }, // margin 2: right
      { chosen: [0, 1], rejected: [0, 0] }, // margin −1: wrong
      { chosen: [1, 2], rejected: [0, 0] }, // margin 0: a tie, wrong
    ];
    expect(linearRmPairsCorrect(w, pairs)).toEqual([true, false, false]);
    expect(linearRmAccuracy(w, pairs)).toBeCloseTo(1 / 3, 15);
  });

  it('has the accuracy as its mean, pair by pair in order', () => {
    const pair = fc.record({
      chosen: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 2 }),
      rejected: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 2 }),
        fc.array(pair, { minLength: 1, maxLength: 6 }),
        (w, pairs) => {
          const right = linearRmPairsCorrect(w, pairs);
          expect(right).toHaveLength(pairs.length);
          right.forEach((r, i) =>
            expect(r).toBe(linearRmReward(w, pairs[i].chosen) > linearRmReward(w, pairs[i].rejected)),
          );
          expect(linearRmAccuracy(w, pairs)).toBe(right.filter(Boolean).length / pairs.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
