import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../core';
import { ktoLoss } from './kto';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logp = fc.double({ min: -60, max: 0, noNaN: true });
const side = fc.array(fc.tuple(logp, logp), { maxLength: 5 });

describe('ktoLoss', () => {
  it('gives 0.5 for a response the policy has not moved and a KL estimate of 0 (worked by hand)', () => {
    const base = { policyKl: [-3, -4], refKl: [-3, -4] };
    const r = ktoLoss(
      { ...base, policyChosen: [-5], refChosen: [-5], policyRejected: [-7], refRejected: [-7] },
      { beta: 0.1 },
    );
    expect(r.kl).toBe(0);
    expect(r.losses).toEqual([0.5, 0.5]);
  });

  it('uses z = mean KL as the reference point: chosen 1 − σ(β(Δ − z)), rejected 1 − σ(β(z − Δ))', () => {
    // KL pairs give z = mean(1, 3) = 2; chosen Δ = 1, rejected Δ = −1; β = 0.5
    const r = ktoLoss(
      {
        policyChosen: [-4],
        refChosen: [-5],
        policyRejected: [-6],
        refRejected: [-5],
        policyKl: [-1, -1],
        refKl: [-2, -4],
      },
      { beta: 0.5, desirableWeight: 2 },
    );
    expect(r.kl).toBe(2);
    expect(r.losses[0]).toBeCloseTo(2 * (1 - sigmoid(-0.5)), 15);
    expect(r.losses[1]).toBeCloseTo(1 - sigmoid(1.5), 15);
  });

  it.each(referenceCases('ktoLoss'))('matches reference case %s', (_, c) => runReferenceCase(ktoLoss, c));

  it('rejects empty KL arrays, mismatched sides, β ≤ 0 and negative weights', () => {
    const ok = {
      policyChosen: [-1],
      refChosen: [-1],
      policyRejected: [],
      refRejected: [],
      policyKl: [-1],
      refKl: [-1],
    };
    expect(() => ktoLoss({ ...ok, policyKl: [], refKl: [] }, { beta: 0.1 })).toThrow('policyKl must not be empty');
    expect(() => ktoLoss({ ...ok, refChosen: [] }, { beta: 0.1 })).toThrow(RangeError);
    expect(() => ktoLoss(ok, { beta: 0 })).toThrow('beta must be > 0, got 0');
    expect(() => ktoLoss(ok, { beta: 0.1, undesirableWeight: -1 })).toThrow('undesirableWeight must be ≥ 0, got -1');
    expect(() => ktoLoss(null as never, { beta: 0.1 })).toThrow(TypeError);
  });

  it('keeps each loss in [0, weight], the KL estimate ≥ 0, and desirable losses falling as the log-ratio rises', () => {
    fc.assert(
      fc.property(
        side,
        side,
        fc.array(fc.tuple(logp, logp), { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (ch, rj, kl, beta) => {
          const batch = {
            policyChosen: ch.map(([a]) => a),
            refChosen: ch.map(([, b]) => b),
            policyRejected: rj.map(([a]) => a),
            refRejected: rj.map(([, b]) => b),
            policyKl: kl.map(([a]) => a),
            refKl: kl.map(([, b]) => b),
          };
          const r = ktoLoss(batch, { beta, desirableWeight: 1.5, undesirableWeight: 0.5 });
          expect(r.kl).toBeGreaterThanOrEqual(0);
          expect(r.losses).toHaveLength(ch.length + rj.length);
          r.losses.forEach((l, i) => {
            expect(l).toBeGreaterThanOrEqual(0);
            expect(l).toBeLessThanOrEqual(i < ch.length ? 1.5 : 0.5);
          });
          if (ch.length > 0) {
            const up = ktoLoss(
              { ...batch, policyChosen: batch.policyChosen.map((x) => x + 1) },
              { beta, desirableWeight: 1.5 },
            );
            expect(up.losses[0]).toBeLessThanOrEqual(r.losses[0] + 1e-15);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError/TypeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 3 });
    fc.assert(
      fc.property(arr, arr, arr, arr, arr, arr, anyFinite, (a, b, c, d, e, f, beta) =>
        expectFiniteOrBadInput(() =>
          ktoLoss(
            { policyChosen: a, refChosen: b, policyRejected: c, refRejected: d, policyKl: e, refKl: f },
            { beta },
          ),
        ),
      ),
      { numRuns: 200 },
    );
  });
});
