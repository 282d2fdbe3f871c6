import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBleu } from './bleu';

// Papineni et al. 2002, §2.1, Example 1 (final period left out, as the paper counts words only).
const ref1 = 'It is a guide to action that ensures that the military will forever heed Party commands';
const ref2 =
  'It is the guiding principle which guarantees the military forces always being under the command of the Party';
const ref3 = 'It is the practical guide for the army always to heed the directions of the party';
const cand1 = 'It is a guide to action which ensures that the military always obeys the commands of the party';
const cand2 = 'It is to insure the troops forever hearing the activity guidebook that party direct';

describe('sentenceBleu', () => {
  it('reproduces the modified n-gram precisions of the BLEU paper, Example 1: 17/18, 10/17 and 8/14, 1/13', () => {
    const a = sentenceBleu(cand1, [ref1, ref2, ref3]);
    expect([a.clippedMatches[0], a.totals[0], a.clippedMatches[1], a.totals[1]]).toEqual([17, 18, 10, 17]);
    const b = sentenceBleu(cand2, [ref1, ref2, ref3]);
    expect([b.clippedMatches[0], b.totals[0], b.clippedMatches[1], b.totals[1]]).toEqual([8, 14, 1, 13]);
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('clips repeated words as in the paper, Example 2: "the the the the the the the" scores 2/7', () => {
    const r = sentenceBleu('the the the the the the the', ['the cat is on the mat', 'there is a cat on the mat']);
    expect(r.matches[0]).toBe(7); // every "the" appears in a reference…
    expect(r.clippedMatches[0]).toBe(2); // …but at most twice in one
    expect(r.rawPrecisions[0]).toBeCloseTo(2 / 7, 15);
    expect(r.ngrams[0]).toEqual([{ ngram: ['the'], count: 7, maxRefCount: 2, clipped: 2 }]);
  });

  it('worked by hand: "the cat sat on the mat" vs "the cat is on the mat" under each smoothing', () => {
    const none = sentenceBleu('the cat sat on the mat', ['the cat is on the mat']);
    expect(none.clippedMatches).toEqual([5, 3, 1, 0]);
    expect(none.totals).toEqual([6, 5, 4, 3]);
    expect(none.brevityPenalty).toBe(1);
    expect(none.score).toBe(0); // p4 = 0 and no smoothing → BLEU 0
    const exp = sentenceBleu('the cat sat on the mat', ['the cat is on the mat'], { smoothing: 'exp' });
    expect(exp.precisions[3]).toBeCloseTo(1 / 6, 15); // 1 / (2 · 3)
    expect(exp.score).toBeCloseTo((1 / 48) ** 0.25, 12);
    const add1 = sentenceBleu('the cat sat on the mat', ['the cat is on the mat'], { smoothing: 'add1' });
    expect(add1.precisions).toEqual([5 / 6, 4 / 6, 2 / 5, 1 / 4]);
    expect(add1.score).toBeCloseTo((1 / 18) ** 0.25, 12);
  });

  it('worked by hand in Chinese, character by character, with and without a brevity penalty', () => {
    const longer = sentenceBleu('猫坐在垫子上', ['猫在垫子上']);
    expect(longer.clippedMatches).toEqual([5, 3, 2, 1]);
    expect(longer.totals).toEqual([6, 5, 4, 3]);
    expect(longer.brevityPenalty).toBe(1); // c = 6 > r = 5
    expect(longer.score).toBeCloseTo((1 / 12) ** 0.25, 12);
    const shorter = sentenceBleu('猫在垫子上', ['猫坐在垫子上']);
    expect(shorter.brevityPenalty).toBeCloseTo(Math.exp(1 - 6 / 5), 15);
    expect(shorter.score).toBeCloseTo(Math.exp(-0.2) * 0.25 ** 0.25, 12);
  });

  it('uses the reference length closest to the candidate, the shorter on a tie', () => {
    expect(sentenceBleu('a b c d e', ['a b c', 'a b c d e f g']).referenceLength).toBe(3);
    expect(sentenceBleu('a b c d e', ['a b c d e f g h', 'a b c d e f g']).referenceLength).toBe(7);
    expect(sentenceBleu('a b c d e', ['a b c d e f', 'a b c d']).referenceLength).toBe(4);
  });

  it('scores an empty candidate and a candidate shorter than 4 tokens 0 (except add1)', () => {
    expect(sentenceBleu('', ['a b c']).score).toBe(0);
    expect(sentenceBleu('', ['a b c']).brevityPenalty).toBe(0);
    expect(sentenceBleu('a b c', ['a b c']).score).toBe(0);
    expect(sentenceBleu('a b c', ['a b c'], { smoothing: 'exp' }).score).toBe(0);
    expect(sentenceBleu('a b c', ['a b c'], { smoothing: 'add1' }).score).toBeCloseTo(1, 12);
    expect(sentenceBleu('a b c', ['a b c'], { maxOrder: 3 }).score).toBe(1);
  });

  it('accepts token arrays as well as text', () => {
    expect(sentenceBleu(['a', 'b', 'c', 'd'], [['a', 'b', 'c', 'd']]).score).toBe(1);
  });

  it('rejects no references, a bad order or smoothing, and non-string tokens', () => {
    expect(() => sentenceBleu('a', [])).toThrow(/at least one reference/);
    expect(() => sentenceBleu('a', ['a'], { maxOrder: 0 })).toThrow('maxOrder must be ≥ 1, got 0');
    // @ts-expect-error unknown smoothing
    expect(() => sentenceBleu('a', ['a'], { smoothing: 'floor' })).toThrow(/smoothing/);
    // @ts-expect-error a number is not a token
    expect(() => sentenceBleu([1], ['a'])).toThrow(TypeError);
  });
});

const word = fc.constantFrom('the', 'cat', 'sat', 'on', 'mat', 'a', 'dog', '猫');
const sentence = fc.array(word, { maxLength: 12 });
const smoothing = fc.constantFrom('none' as const, 'add1' as const, 'exp' as const);

describe('sentenceBleu properties', () => {
  it('a sentence of ≥ 4 tokens scores exactly 1 against itself', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 4, maxLength: 12 }), smoothing, (s, sm) => {
        expect(sentenceBleu(s, [s], { smoothing: sm }).score).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('is in [0, 1], with clipped ≤ matches ≤ totals, whatever the smoothing', () => {
    fc.assert(
      fc.property(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 }), smoothing, (c, refs, sm) => {
        const r = sentenceBleu(c, refs, { smoothing: sm });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(Number.isNaN(r.score)).toBe(false);
        r.totals.forEach((t, i) => {
          expect(r.clippedMatches[i]).toBeLessThanOrEqual(r.matches[i]);
          expect(r.matches[i]).toBeLessThanOrEqual(t);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the references', () => {
    fc.assert(
      fc.property(sentence, sentence, sentence, (c, r1, r2) => {
        expect(sentenceBleu(c, [r1, r2]).score).toBe(sentenceBleu(c, [r2, r1]).score);
      }),
      { numRuns: 200 },
    );
  });
});
