import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lshCandidateProbability, lshThreshold, minhashSignature, minhashSimilarity } from './minhash';
import { charShingles, jaccard } from './shingles';
import { minhashReferenceCases, referenceCasesFor } from './test-utils';

describe('minhashSignature and minhashSimilarity', () => {
  it('equal positions / length: [1,2,3,4] vs [1,2,0,4] → 3/4 (worked by hand)', () => {
    expect(minhashSimilarity([1, 2, 3, 4], [1, 2, 0, 4])).toBe(0.75);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const s = charShingles('the quick brown fox', 3);
    expect(minhashSignature(s, 16, 7)).toEqual(minhashSignature(new Set(s), 16, 7));
    expect(minhashSignature(s, 16, 7)).not.toEqual(minhashSignature(s, 16, 8));
  });

  it('pins the hash values so Node and browsers can be compared (32-bit integers)', () => {
    const sig = minhashSignature(['ab', 'bc'], 4);
    sig.forEach((v) => expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true));
    expect(sig).toEqual(minhashSignature(['bc', 'ab'], 4));
  });

  it('an empty set gets the maximal signature, so two empty sets have similarity 1', () => {
    expect(minhashSignature([], 3)).toEqual([0xffffffff, 0xffffffff, 0xffffffff]);
  });

  it('rejects bad numPerm, seed, shingles and mismatched signatures', () => {
    expect(() => minhashSignature(['a'], 0)).toThrow('numPerm must be ≥ 1, got 0');
    expect(() => minhashSignature(['a'], 4, 1.5)).toThrow(RangeError);
    expect(() => minhashSignature(5 as unknown as string[], 4)).toThrow(TypeError);
    expect(() => minhashSignature([3 as unknown as string], 4)).toThrow(TypeError);
    expect(() => minhashSimilarity([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => minhashSimilarity([], [])).toThrow(RangeError);
  });

  it('estimates the Jaccard similarity within 0.15 with 256 permutations', () => {
    const word = fc.constantFrom('data', 'model', 'token', 'train', 'loss', 'web', 'text', 'layer', 'the', 'of');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 3, maxLength: 25 }),
        fc.array(word, { minLength: 3, maxLength: 25 }),
        (a, b) => {
          const sa = charShingles(a.join(' '), 3);
          const sb = charShingles(b.join(' '), 3);
          const est = minhashSimilarity(minhashSignature(sa, 256), minhashSignature(sb, 256));
          expect(Math.abs(est - jaccard(sa, sb))).toBeLessThan(0.15);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('lshCandidateProbability', () => {
  it('s = 0.5, 20 bands of 5 rows: 1 − (1 − 1/32)^20 (worked by hand)', () => {
    expect(lshCandidateProbability(0.5, 20, 5)).toBeCloseTo(1 - (31 / 32) ** 20, 14);
  });

  it('is 0 at s = 0 and 1 at s = 1', () => {
    expect(lshCandidateProbability(0, 10, 4)).toBe(0);
    expect(lshCandidateProbability(1, 10, 4)).toBe(1);
  });

  it('rejects s outside [0, 1] and bands or rows below 1', () => {
    expect(() => lshCandidateProbability(1.2, 4, 4)).toThrow('s must be in [0, 1], got 1.2');
    expect(() => lshCandidateProbability(0.5, 0, 4)).toThrow(RangeError);
    expect(() => lshCandidateProbability(0.5, 4, 2.5)).toThrow(RangeError);
  });

  it('increases with s and with the number of bands', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        (s1, s2, b, r) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          expect(lshCandidateProbability(lo, b, r)).toBeLessThanOrEqual(lshCandidateProbability(hi, b, r));
          expect(lshCandidateProbability(lo, b, r)).toBeLessThanOrEqual(lshCandidateProbability(lo, b + 1, r) + 1e-15);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('lshThreshold', () => {
  it("FineWeb's 14 bands of 8 rows: (1/14)^(1/8) ≈ 0.719 (worked by hand: ln 14 / 8 = 0.3299, e^-0.3299 = 0.7190)", () => {
    expect(lshThreshold(14, 8)).toBeCloseTo(0.719, 3);
    expect(lshThreshold(1, 5)).toBe(1);
  });

  it('rejects bands or rows that are not integers ≥ 1', () => {
    expect(() => lshThreshold(0, 4)).toThrow(RangeError);
    expect(() => lshThreshold(4, 1.5)).toThrow(RangeError);
  });

  it('lies in (0, 1], where the candidate probability is 1 − (1 − 1/b)^b ≥ 1 − 1/e', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20 }), (b, r) => {
        const t = lshThreshold(b, r);
        expect(t).toBeGreaterThan(0);
        expect(t).toBeLessThanOrEqual(1);
        // At s = t, s^r = 1/b, so P = 1 − (1 − 1/b)^b, which is in [1 − 1/e, 1].
        expect(lshCandidateProbability(t, b, r)).toBeCloseTo(1 - (1 - 1 / b) ** b, 9);
        expect(lshCandidateProbability(t, b, r)).toBeGreaterThanOrEqual(1 - 1 / Math.E - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('minhashSimilarity', minhashSimilarity);
  referenceCasesFor('lshCandidateProbability', lshCandidateProbability);
});

describe('reference pairs for the MinHash estimate (256 permutations, within 0.1 of the exact Jaccard)', () => {
  minhashReferenceCases().forEach((c, i) => {
    it(`pair #${i}`, () => {
      const [a, b, n] = c.args as [string, string, number];
      const sig = (t: string) => minhashSignature(charShingles(t, n), 256);
      expect(jaccard(charShingles(a, n), charShingles(b, n))).toBeCloseTo(c.expect as number, 12);
      expect(Math.abs(minhashSimilarity(sig(a), sig(b)) - (c.expect as number))).toBeLessThanOrEqual(c.atol ?? 0.1);
    });
  });
});
