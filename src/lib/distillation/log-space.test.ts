import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence, logSoftmax, softmax } from '../core';
import { klFromLogProbs, logAddExp, scaledLogSoftmax, weightedLogRatio } from './log-space';

describe('log-space helpers', () => {
  it('klFromLogProbs agrees with core klDivergence (worked: KL([¾, ¼] ‖ [½, ½]) ≈ 0.1308)', () => {
    const v = klFromLogProbs([Math.log(0.75), Math.log(0.25)], [Math.log(0.5), Math.log(0.5)]);
    expect(v).toBeCloseTo(klDivergence([0.75, 0.25], [0.5, 0.5]), 15);
    expect(v).toBeCloseTo(0.130812, 6);
  });

  it('follows KL conventions for masked entries: 0·log 0 = 0, and ∞ where only q is 0', () => {
    expect(klFromLogProbs([0, -Infinity], [0, -Infinity])).toBe(0);
    expect(klFromLogProbs([Math.log(0.5), Math.log(0.5)], [0, -Infinity])).toBe(Infinity);
    expect(weightedLogRatio([0, 1], [-Infinity, 0], [-Infinity, 0])).toBe(0);
  });

  it('logAddExp is log(e^a + e^b) without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logAddExp(-Infinity, 2)).toBe(2);
  });

  it('scaledLogSoftmax(l, T) = T·logSoftmax(l, T), and stays finite where logSoftmax overflows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1e-2, max: 1e2, noNaN: true }),
        (l, T) => {
          const want = logSoftmax(l, T).map((x) => T * x);
          scaledLogSoftmax(l, T).forEach((x, i) =>
            expect(Math.abs(x - want[i])).toBeLessThan(1e-9 * (1 + Math.abs(want[i]))),
          );
          // T·KL from the scaled form equals T × KL from the plain one.
          const kl = klFromLogProbs(logSoftmax(l, T), logSoftmax([...l].reverse(), T));
          const scaled = weightedLogRatio(softmax(l, T), scaledLogSoftmax(l, T), scaledLogSoftmax([...l].reverse(), T));
          expect(Math.abs(scaled - T * kl)).toBeLessThan(1e-8 * (1 + T * kl));
        },
      ),
      { numRuns: 200 },
    );
    expect(scaledLogSoftmax([0, -1], 1e-320)).toEqual([0, -1]);
  });
});
