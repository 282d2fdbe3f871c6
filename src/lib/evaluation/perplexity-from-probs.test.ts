import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perplexityFromProbs } from './perplexity-from-probs';

describe('perplexityFromProbs', () => {
  it('worked by hand: probs [½, ¼, ⅛] → running perplexity 2, 2√2, 4', () => {
    const r = perplexityFromProbs([0.5, 0.25, 0.125]);
    expect(r.nlls.map((x) => x / Math.LN2)).toEqual([1, 2, 3]);
    expect(r.runningMeanNll[1]).toBeCloseTo(1.5 * Math.LN2, 15);
    expect(r.runningPerplexity[0]).toBeCloseTo(2, 14);
    expect(r.runningPerplexity[1]).toBeCloseTo(2 * Math.SQRT2, 14);
    expect(r.perplexity).toBeCloseTo(4, 14);
    expect(r.meanNll).toBeCloseTo(2 * Math.LN2, 15);
  });

  it('is 1/p when every token gets the same probability p (the effective number of choices)', () => {
    expect(perplexityFromProbs([0.1, 0.1, 0.1, 0.1]).perplexity).toBeCloseTo(10, 12);
    expect(perplexityFromProbs([1]).perplexity).toBe(1);
  });

  it('rejects an empty list and probabilities outside (0, 1]', () => {
    expect(() => perplexityFromProbs([])).toThrow(/must not be empty/);
    expect(() => perplexityFromProbs([0.5, 0])).toThrow(
      'probs[1] must be a probability in (0, 1], got 0 (infinite NLL)',
    );
    expect(() => perplexityFromProbs([1.2])).toThrow(RangeError);
    expect(() => perplexityFromProbs([NaN])).toThrow(RangeError);
  });

  it('lies between 1/max p and 1/min p, and its last running value is the perplexity', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-300, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (ps) => {
        const r = perplexityFromProbs(ps);
        expect(Number.isFinite(r.perplexity)).toBe(true);
        expect(r.perplexity).toBeGreaterThanOrEqual((1 / Math.max(...ps)) * (1 - 1e-12));
        expect(r.perplexity).toBeLessThanOrEqual((1 / Math.min(...ps)) * (1 + 1e-12));
        expect(r.runningPerplexity[ps.length - 1]).toBeCloseTo(r.perplexity, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('throws only RangeError/TypeError on any finite numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 5 }), (ps) => {
        try {
          expect(Number.isNaN(perplexityFromProbs(ps).perplexity)).toBe(false);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
