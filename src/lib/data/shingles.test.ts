import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charShingles, jaccard, setOverlap } from './shingles';
import { referenceCasesFor } from './test-utils';

/** Any Unicode scalar value (all planes, no lone surrogates); cheaper to set up than fc.string({ unit: 'binary' }). */
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));
const unicodeString = (minLength: number, maxLength: number) =>
  fc.array(codePoint, { minLength, maxLength }).map((a) => a.join(''));

describe('charShingles', () => {
  it('charShingles("banana", 3) is {ban, ana, nan} (worked by hand: 4 windows, "ana" twice)', () => {
    expect(charShingles('banana', 3)).toEqual(new Set(['ban', 'ana', 'nan']));
  });

  it('counts code points, so an emoji or a Chinese character is one unit', () => {
    expect(charShingles('a😀b', 2)).toEqual(new Set(['a😀', '😀b']));
    expect(charShingles('机器学习', 3)).toEqual(new Set(['机器学', '器学习']));
  });

  it('gives the whole text when it is shorter than n, and nothing for ""', () => {
    expect(charShingles('abc', 5)).toEqual(new Set(['abc']));
    expect(charShingles('', 3).size).toBe(0);
  });

  it('rejects n < 1, a fractional n and a non-string text', () => {
    expect(() => charShingles('hello', 0)).toThrow('n must be ≥ 1, got 0');
    expect(() => charShingles('hello', 1.5)).toThrow(RangeError);
    expect(() => charShingles(42 as unknown as string, 2)).toThrow(TypeError);
  });

  it('has at most len − n + 1 shingles, each of n code points', () => {
    fc.assert(
      fc.property(unicodeString(1, 30), fc.integer({ min: 1, max: 6 }), (t, n) => {
        const cps = Array.from(t).length;
        const s = charShingles(t, n);
        expect(s.size).toBeLessThanOrEqual(Math.max(1, cps - n + 1));
        for (const x of s) expect(Array.from(x).length).toBe(Math.min(n, cps));
      }),
      { numRuns: 200 },
    );
  });
});

describe('jaccard', () => {
  it('J({a,b,c}, {b,c,d}) = 2/4 (worked by hand)', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
  });

  it('two empty sets are identical; an empty and a non-empty set share nothing', () => {
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(['x']), new Set())).toBe(0);
  });

  it('rejects non-sets', () => {
    expect(() => jaccard(['a'] as unknown as Set<string>, new Set())).toThrow(TypeError);
  });

  it("is symmetric, in [0, 1], 1 on identical sets, and the ratio of setOverlap's two counts", () => {
    const set = fc.uniqueArray(fc.string({ maxLength: 2 }), { maxLength: 12 }).map((a) => new Set(a));
    fc.assert(
      fc.property(set, set, (a, b) => {
        const j = jaccard(a, b);
        expect(j).toBe(jaccard(b, a));
        expect(j >= 0 && j <= 1).toBe(true);
        expect(jaccard(a, new Set(a))).toBe(1);
        const { shared, unionSize } = setOverlap(a, b);
        if (unionSize > 0) expect(j).toBe(shared.size / unionSize);
        expect(unionSize).toBe(new Set([...a, ...b]).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('setOverlap', () => {
  it('{a,b,c} and {b,c,d} share {b,c} of 4 (worked by hand)', () => {
    const { shared, unionSize } = setOverlap(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']));
    expect([...shared].sort()).toEqual(['b', 'c']);
    expect(unionSize).toBe(4);
  });

  it('rejects non-sets', () => {
    expect(() => setOverlap(new Set(), 'ab' as unknown as Set<string>)).toThrow(TypeError);
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('charShingles', charShingles);
  referenceCasesFor('jaccard', jaccard);
});
