import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rougeL } from './rouge-l';

describe('rougeL', () => {
  it('reproduces Lin\'s example: S2 = 3/4 and S3 = 2/4 against S1 = "police killed the gunman"', () => {
    const s2 = rougeL('police kill the gunman', 'police killed the gunman');
    expect([s2.lcs, s2.recall, s2.precision, s2.f]).toEqual([3, 0.75, 0.75, 0.75]);
    expect(s2.candidateMatched).toEqual([true, false, true, true]);
    const s3 = rougeL('the gunman kill police', 'police killed the gunman');
    expect(s3.lcs).toBe(2);
    expect(s3.f).toBe(0.5);
    expect(s3.pairs).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('worked by hand with unequal lengths: LCS("a b c d e", "a c e f") = 3, R = 3/4, P = 3/5', () => {
    const r = rougeL('a b c d e', 'a c e f');
    expect(r.lcs).toBe(3);
    expect(r.recall).toBe(0.75);
    expect(r.precision).toBe(0.6);
    expect(r.f).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 15);
    expect(r.table).toHaveLength(6);
    expect(r.table[5]).toEqual([0, 1, 2, 3, 3]); // whole candidate vs "", "a", "a c", "a c e", "a c e f"
    expect(r.referenceMatched).toEqual([true, true, true, false]);
  });

  it('works on Chinese characters', () => {
    const r = rougeL('猫坐在垫子上', '猫在垫子上');
    expect(r.lcs).toBe(5);
    expect(r.recall).toBe(1);
    expect(r.precision).toBeCloseTo(5 / 6, 15);
    expect(r.candidateMatched).toEqual([true, false, true, true, true, true]);
  });

  it('weights recall with β: β → ∞ (the original DUC setting) is recall alone', () => {
    const r = rougeL('a b c d e', 'a c e f', { beta: Infinity });
    expect(r.f).toBe(0.75);
    const b2 = rougeL('a b c d e', 'a c e f', { beta: 2 });
    expect(b2.f).toBeCloseTo((5 * 0.75 * 0.6) / (0.75 + 4 * 0.6), 15);
  });

  it('gives 0 for an empty side and rejects a bad β', () => {
    expect(rougeL('', 'a b').f).toBe(0);
    expect(rougeL('a b', '').recall).toBe(0);
    expect(() => rougeL('a', 'a', { beta: 0 })).toThrow('beta must be > 0, got 0');
    expect(() => rougeL('a', 'a', { beta: NaN })).toThrow(RangeError);
  });
});

const word = fc.constantFrom('a', 'b', 'c', 'd', '猫', '狗');
const sentence = fc.array(word, { maxLength: 15 });

describe('rougeL properties', () => {
  it('F (β = 1) is symmetric in candidate and reference', () => {
    fc.assert(
      fc.property(sentence, sentence, (x, y) => {
        expect(rougeL(x, y).f).toBeCloseTo(rougeL(y, x).f, 14);
      }),
      { numRuns: 200 },
    );
  });

  it('LCS ≤ the shorter length, and the matched pairs are a common subsequence of that length', () => {
    fc.assert(
      fc.property(sentence, sentence, (x, y) => {
        const r = rougeL(x, y);
        expect(r.lcs).toBeLessThanOrEqual(Math.min(x.length, y.length));
        expect(r.pairs).toHaveLength(r.lcs);
        r.pairs.forEach(([i, j], k) => {
          expect(x[i]).toBe(y[j]);
          if (k > 0) {
            expect(i).toBeGreaterThan(r.pairs[k - 1][0]);
            expect(j).toBeGreaterThan(r.pairs[k - 1][1]);
          }
        });
        expect(r.f).toBeGreaterThanOrEqual(0);
        expect(r.f).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('scores a non-empty sentence 1 against itself', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 15 }), (x) => {
        expect(rougeL(x, x).f).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
