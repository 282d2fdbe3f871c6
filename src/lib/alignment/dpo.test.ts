import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSigmoid } from '../core';
import { dpoLoss, dpoPairLoss, type DpoLossType } from './dpo';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logp = fc.double({ min: -100, max: 0, noNaN: true });
const beta = fc.double({ min: 0.01, max: 2, noNaN: true });
const eps = fc.double({ min: 0, max: 0.49, noNaN: true });
const pairs = fc.array(fc.tuple(logp, logp, logp, logp), { minLength: 1, maxLength: 6 });
const cols = (rows: number[][]) => [0, 1, 2, 3].map((j) => rows.map((r) => r[j]));

describe('dpoLoss', () => {
  it('gives h = 1.3 and loss −logσ(0.13) on the contract example (worked by hand)', () => {
    const r = dpoLoss([-12.1], [-14.3], [-12.9], [-13.8], { beta: 0.1 });
    expect(r.h[0]).toBeCloseTo(1.3, 12); // (−12.1 + 14.3) − (−12.9 + 13.8) = 2.2 − 0.9
    expect(r.losses[0]).toBeCloseTo(Math.log1p(Math.exp(-0.13)), 12);
    expect(r.chosenRewards[0]).toBeCloseTo(0.08, 12);
    expect(r.rejectedRewards[0]).toBeCloseTo(-0.05, 12);
  });

  it('is log 2 for sigmoid and 1 for hinge when the policy equals the reference (h = 0)', () => {
    expect(dpoLoss([-3], [-5], [-3], [-5], { beta: 0.3 }).losses[0]).toBeCloseTo(Math.LN2, 15);
    expect(dpoLoss([-3], [-5], [-3], [-5], { beta: 0.3, type: 'hinge' }).losses[0]).toBe(1);
    expect(dpoLoss([-3], [-5], [-3], [-5], { beta: 0.25, type: 'ipo' }).losses[0]).toBe(4); // (0 − 2)²
  });

  it.each(referenceCases('dpoLoss'))('matches reference case %s', (_, c) => runReferenceCase(dpoLoss, c));

  it('rejects β ≤ 0, an unknown type, label smoothing outside [0, 0.5) and a missing cfg', () => {
    expect(() => dpoLoss([-1], [-2], [-1], [-2], { beta: 0 })).toThrow('beta must be > 0, got 0');
    expect(() => dpoLoss([-1], [-2], [-1], [-2], { beta: 0.1, type: 'kto' as DpoLossType })).toThrow(
      'type must be one of sigmoid, ipo, hinge, robust, got "kto"',
    );
    expect(() => dpoLoss([-1], [-2], [-1], [-2], { beta: 0.1, labelSmoothing: 0.5 })).toThrow(RangeError);
    expect(() => dpoLoss([-1], [-2], [-1], [-2], undefined as never)).toThrow(TypeError);
  });

  it('sigmoid: swapping chosen and rejected maps h to −h, and loss(h) − loss(−h) = −(1 − 2ε)·βh', () => {
    fc.assert(
      fc.property(pairs, beta, eps, (rows, b, e) => {
        const [pc, pr, rc, rr] = cols(rows);
        const fwd = dpoLoss(pc, pr, rc, rr, { beta: b, labelSmoothing: e });
        const back = dpoLoss(pr, pc, rr, rc, { beta: b, labelSmoothing: e });
        fwd.h.forEach((h, i) => {
          expect(back.h[i]).toBeCloseTo(-h, 9);
          expect(fwd.losses[i] - back.losses[i]).toBeCloseTo(-(1 - 2 * e) * b * h, 9);
          // with ε = 0 the swapped loss is −logσ(−βh)
          const plain = dpoLoss(pr, pc, rr, rc, { beta: b }).losses[i];
          expect(plain).toBeCloseTo(-logSigmoid(-b * h), 9);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('sigmoid: the loss with smoothing ε at h equals the loss with smoothing 1 − ε at −h', () => {
    fc.assert(
      fc.property(fc.double({ min: -200, max: 200, noNaN: true }), beta, eps, (h, b, e) => {
        expect(dpoPairLoss(h, b, 'sigmoid', e)).toBeCloseTo(dpoPairLoss(-h, b, 'sigmoid', 1 - e), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('robust: averaging over a label flip with probability ε gives back the clean loss −logσ(βh)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), beta, eps, (h, b, e) => {
        const noisy = (1 - e) * dpoPairLoss(h, b, 'robust', e) + e * dpoPairLoss(-h, b, 'robust', e);
        expect(noisy).toBeCloseTo(-logSigmoid(b * h), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('hinge is 0 exactly when βh ≥ 1; ipo is minimal (0) at h = 1/(2β); rewards differ by βh', () => {
    fc.assert(
      fc.property(pairs, beta, (rows, b) => {
        const [pc, pr, rc, rr] = cols(rows);
        const hinge = dpoLoss(pc, pr, rc, rr, { beta: b, type: 'hinge' });
        hinge.h.forEach((h, i) => {
          expect(hinge.losses[i] === 0).toBe(b * h >= 1);
          expect(hinge.chosenRewards[i] - hinge.rejectedRewards[i]).toBeCloseTo(b * h, 9);
          expect(dpoPairLoss(1 / (2 * b), b, 'ipo', 0)).toBe(0);
          expect(dpoPairLoss(h, b, 'ipo', 0)).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError/TypeError', () => {
    const arr = fc.array(anyFinite, { minLength: 1, maxLength: 3 });
    const type = fc.constantFrom<DpoLossType>('sigmoid', 'ipo', 'hinge', 'robust');
    fc.assert(
      fc.property(arr, arr, arr, arr, anyFinite, type, fc.oneof(anyFinite, eps), (a, b, c, d, bt, t, e) =>
        expectFiniteOrBadInput(() => dpoLoss(a, b, c, d, { beta: bt, type: t, labelSmoothing: e })),
      ),
      { numRuns: 200 },
    );
  });
});
