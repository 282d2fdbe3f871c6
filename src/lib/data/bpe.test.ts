import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpeDecode, bpeEncode, bpeTrain, bpeVocab } from './bpe';
import { bpeTrainSteps, tokenLabel } from './bpe-steps';
import { referenceCasesFor } from './test-utils';

/** Any Unicode scalar value (all planes, no lone surrogates); cheaper to set up than fc.string({ unit: 'binary' }). */
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));
const unicodeString = (minLength: number, maxLength: number) =>
  fc.array(codePoint, { minLength, maxLength }).map((a) => a.join(''));

/** Text mixing ASCII, Chinese, emoji (astral, surrogate pairs) and combining marks. */
const mixed = fc
  .array(fc.constantFrom('a', 'b', ' ', '的', '学习', '😀', '👍🏽', 'é', '\n', '。', '\uFEFF'), { maxLength: 30 })
  .map((a) => a.join(''));

describe('bpeTrain (minbpe BasicTokenizer)', () => {
  it('learns (a,a)→256, (256,a)→257, (257,b)→258 on "aaabdaaabac" (worked by hand)', () => {
    // Bytes: a a a b d a a a b a c. Pair counts: aa 4, ab 2, bd 1, da 1, ba 1, ac 1 → merge aa.
    // Then: 256 a b d 256 a b a c → (256,a) 2 and (a,b) 2 tie; (256,a) occurs first → 257.
    // Then: 257 b d 257 b a c → (257,b) 2 → 258, leaving 258 d 258 a c.
    expect(bpeTrain('aaabdaaabac', 3)).toEqual([
      [97, 97],
      [256, 97],
      [257, 98],
    ]);
    expect(bpeEncode('aaabdaaabac', bpeTrain('aaabdaaabac', 3))).toEqual([258, 100, 258, 97, 99]);
  });

  it('stops early when a single token is left', () => {
    expect(bpeTrain('aaaa', 10)).toEqual([
      [97, 97],
      [256, 256],
    ]);
    expect(bpeTrain('', 3)).toEqual([]);
    expect(bpeTrain('x', 3)).toEqual([]);
  });

  it('rejects a negative or fractional number of merges and a non-string text', () => {
    expect(() => bpeTrain('abc', -1)).toThrow('numMerges must be ≥ 0, got -1');
    expect(() => bpeTrain('abc', 1.5)).toThrow(RangeError);
    expect(() => bpeTrain(3 as unknown as string, 1)).toThrow(TypeError);
  });
});

describe('bpeEncode and bpeDecode', () => {
  const merges = bpeTrain('the cat sat on the mat with the hat', 10);

  it('"that hat" encodes to [256, 260, 104, 257] and decodes back', () => {
    expect(bpeEncode('that hat', merges)).toEqual([256, 260, 104, 257]);
    expect(bpeDecode([256, 260, 104, 257], merges)).toBe('that hat');
  });

  it('replaces invalid UTF-8 with U+FFFD and keeps a leading byte-order mark', () => {
    expect(bpeDecode([230, 156], [])).toBe('\uFFFD');
    expect(bpeDecode([0xef, 0xbb, 0xbf, 104, 105], [])).toBe('\uFEFFhi');
  });

  it('rejects an id outside the vocabulary and malformed merges', () => {
    expect(() => bpeDecode([256], [])).toThrow('ids[0] = 256 is not in the vocabulary (ids 0–255)');
    expect(() => bpeDecode([1.5], [])).toThrow(RangeError);
    expect(() => bpeEncode('ab', [[97, 300]])).toThrow(/merges\[0\]\[1\] must be an id below 256/);
    expect(() =>
      bpeEncode('ab', [
        [97, 98],
        [97, 98],
      ]),
    ).toThrow(/repeats the pair/);
    expect(() => bpeEncode('ab', [[97]] as unknown as [number, number][])).toThrow(TypeError);
  });

  it('the vocabulary spells each merge as the concatenation of its parts', () => {
    const v = bpeVocab([
      [97, 97],
      [256, 98],
    ]);
    expect(v.length).toBe(258);
    expect(v[257]).toEqual([97, 97, 98]);
  });

  it('does not mutate the merges or the ids', () => {
    const m = bpeTrain('aaabdaaabac', 3);
    const copy = JSON.parse(JSON.stringify(m));
    const ids = bpeEncode('aaab', m);
    bpeDecode(ids, m);
    expect(m).toEqual(copy);
  });

  it('bpeDecode(bpeEncode(t)) === t for any Unicode string (incl. Chinese and emoji)', () => {
    const zhMerges = bpeTrain('我们在学习机器学习，机器学习很有趣。😀😀 hello hello', 30);
    fc.assert(
      fc.property(fc.oneof(unicodeString(0, 30), fc.string({ unit: 'grapheme', maxLength: 8 }), mixed), (t) => {
        expect(bpeDecode(bpeEncode(t, zhMerges), zhMerges)).toBe(t);
        const own = bpeTrain(t, 8);
        expect(bpeDecode(bpeEncode(t, own), own)).toBe(t);
      }),
      { numRuns: 200 },
    );
  });

  it('never produces more tokens than UTF-8 bytes', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 0, max: 20 }), (t, k) => {
        const m = bpeTrain(t, k);
        expect(bpeEncode(t, m).length).toBeLessThanOrEqual(new TextEncoder().encode(t).length);
        expect(m.length).toBeLessThanOrEqual(k);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bpeTrainSteps', () => {
  it('on "aaabdaaabac" the token count falls 11 → 9 → 7 → 5 with readable new tokens', () => {
    const steps = bpeTrainSteps('aaabdaaabac', 3);
    expect(steps.map((s) => s.tokenCountAfter)).toEqual([9, 7, 5]);
    expect(steps.map((s) => s.label)).toEqual(['aa', 'aaa', 'aaab']);
    expect(steps.map((s) => s.count)).toEqual([4, 2, 2]);
    expect(steps[2]).toMatchObject({ pair: [257, 98], newId: 258, bytes: [97, 97, 97, 98] });
  });

  it('labels half a Chinese character in hex and makes spaces visible', () => {
    expect(tokenLabel([0xe6, 0x9c])).toBe('\\xe6\\x9c');
    expect(tokenLabel([32, 116, 104, 101, 10])).toBe('␣the\\n');
  });

  it('gives the same merges as bpeTrain, and each count falls by between 1 and the pair count', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 0, max: 15 }), (t, k) => {
        const steps = bpeTrainSteps(t, k);
        expect(steps.map((s) => s.pair)).toEqual(bpeTrain(t, k));
        let prev = new TextEncoder().encode(t).length;
        steps.forEach((s, i) => {
          expect(s.newId).toBe(256 + i);
          expect(s.tokenCountAfter).toBeLessThanOrEqual(prev - 1);
          expect(s.tokenCountAfter).toBeGreaterThanOrEqual(prev - s.count);
          prev = s.tokenCountAfter;
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('bpeTrain', bpeTrain);
  referenceCasesFor('bpeEncode', bpeEncode);
  referenceCasesFor('bpeDecode', bpeDecode);
});
