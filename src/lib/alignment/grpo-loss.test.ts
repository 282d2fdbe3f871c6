import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grpoLoss, grpoTokenTerms, type GrpoLossType } from './grpo-loss';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from './test-utils';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logp = fc.double({ min: -10, max: 0, noNaN: true });
const adv = fc.double({ min: -3, max: 3, noNaN: true });
/** B completions with 0–5 tokens each, and an advantage per completion. */
const completions = fc.array(fc.tuple(fc.array(logp, { maxLength: 5 }), adv), { minLength: 1, maxLength: 4 });

describe('grpoLoss', () => {
  it('is −A for one unmoved token, and averages per completion before averaging completions (worked by hand)', () => {
    expect(grpoLoss({ logProbs: [[-1]], oldLogProbs: [[-1]], advantages: [1] })).toBe(-1);
    // completion 0: 1 token, A = 1 → −1; completion 1: 3 tokens, A = −1 → +1 each
    const batch = { logProbs: [[-1], [-1, -2, -3]], oldLogProbs: [[-1], [-1, -2, -3]], advantages: [1, -1] };
    expect(grpoLoss(batch)).toBe(0); // mean(−1, +1)
    expect(grpoLoss(batch, { lossType: 'bnpo' })).toBe(0.5); // (−1 + 3)/4
    expect(grpoLoss(batch, { lossType: 'dr_grpo', maxCompletionLength: 4 })).toBe(0.25); // 2/(2·4)
  });

  it('clips the ratio asymmetrically with epsHigh (DAPO clip-higher)', () => {
    const t = grpoTokenTerms({ logProbs: [[Math.log(1.25)]], oldLogProbs: [[0]], advantages: [1] }, { epsHigh: 0.28 });
    expect(t.clipped[0][0]).toBe(false);
    expect(t.losses[0][0]).toBeCloseTo(-1.25, 14);
    const u = grpoTokenTerms({ logProbs: [[Math.log(1.25)]], oldLogProbs: [[0]], advantages: [1] });
    expect(u.clipped[0][0]).toBe(true);
    expect(u.losses[0][0]).toBeCloseTo(-1.2, 14);
  });

  it.each(referenceCases('grpoLoss'))('matches reference case %s', (_, c) => runReferenceCase(grpoLoss, c));

  it('rejects β > 0 without refLogProbs, dr_grpo without or below the longest completion, and ragged mismatches', () => {
    const b = { logProbs: [[-1, -2]], oldLogProbs: [[-1, -2]], advantages: [1] };
    expect(() => grpoLoss(b, { beta: 0.1 })).toThrow('beta = 0.1 > 0 needs refLogProbs for the KL term');
    expect(() => grpoLoss(b, { lossType: 'dr_grpo' })).toThrow("lossType 'dr_grpo' needs maxCompletionLength");
    expect(() => grpoLoss(b, { lossType: 'dr_grpo', maxCompletionLength: 1 })).toThrow(/more than maxCompletionLength/);
    expect(() => grpoLoss({ ...b, oldLogProbs: [[-1]] })).toThrow('oldLogProbs[0] has 1 tokens but logProbs[0] has 2');
    expect(() => grpoLoss({ ...b, advantages: [1, 2] })).toThrow(RangeError);
    expect(() => grpoLoss({ logProbs: [], oldLogProbs: [], advantages: [] })).toThrow(RangeError);
    expect(() => grpoLoss(b, { lossType: 'dapo' as GrpoLossType })).toThrow(RangeError);
  });

  it('for an unmoved policy and β = 0 reduces to weighted means of −A (empty completions count 0)', () => {
    fc.assert(
      fc.property(completions, fc.integer({ min: 5, max: 9 }), (rows, maxLen) => {
        const logProbs = rows.map(([lp]) => lp);
        const advantages = rows.map(([, a]) => a);
        const batch = { logProbs, oldLogProbs: logProbs, advantages };
        const B = rows.length;
        const tokens = logProbs.reduce((n, lp) => n + lp.length, 0);
        const weighted = rows.reduce((s, [lp, a]) => s - lp.length * a, 0);
        const perSeq = rows.reduce((s, [lp, a]) => s - (lp.length > 0 ? a : 0), 0) / B;
        expect(grpoLoss(batch)).toBeCloseTo(perSeq, 12);
        expect(grpoLoss(batch, { lossType: 'bnpo' })).toBeCloseTo(tokens ? weighted / tokens : 0, 12);
        expect(grpoLoss(batch, { lossType: 'dr_grpo', maxCompletionLength: maxLen })).toBeCloseTo(
          weighted / (B * maxLen),
          12,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('adds a β·k3 term that is ≥ 0 and vanishes when the policy equals the reference', () => {
    fc.assert(
      fc.property(completions, fc.double({ min: 0, max: 1, noNaN: true }), (rows, shift) => {
        const logProbs = rows.map(([lp]) => lp);
        const old = logProbs.map((lp) => lp.map((x) => x - shift / 10));
        const advantages = rows.map(([, a]) => a);
        const plain = grpoLoss({ logProbs, oldLogProbs: old, advantages });
        expect(grpoLoss({ logProbs, oldLogProbs: old, refLogProbs: logProbs, advantages }, { beta: 0.5 })).toBeCloseTo(
          plain,
          12,
        );
        const ref = logProbs.map((lp) => lp.map((x) => x - shift));
        expect(
          grpoLoss({ logProbs, oldLogProbs: old, refLogProbs: ref, advantages }, { beta: 0.5 }),
        ).toBeGreaterThanOrEqual(plain - 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives a finite loss or a RangeError/TypeError', () => {
    const seqs = fc.array(fc.array(anyFinite, { maxLength: 2 }), { maxLength: 2 });
    fc.assert(
      fc.property(
        seqs,
        seqs,
        fc.array(anyFinite, { maxLength: 2 }),
        anyFinite,
        anyFinite,
        fc.constantFrom<GrpoLossType>('grpo', 'bnpo', 'dr_grpo'),
        (lp, old, a, eps, beta, lossType) =>
          expectFiniteOrBadInput(() =>
            grpoLoss(
              { logProbs: lp, oldLogProbs: old, refLogProbs: old, advantages: a },
              { epsLow: eps, beta, lossType, maxCompletionLength: 2 },
            ),
          ),
      ),
      { numRuns: 200 },
    );
  });
});
