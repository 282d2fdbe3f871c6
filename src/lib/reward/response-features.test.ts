import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearRmAccuracy } from './linear-rm';
import { comparisonsToPairs, responseFeatures, type LabelledComparison } from './response-features';

const a = { correct: true, polite: false, sentences: 2, refuses: false };
const b = { correct: false, polite: true, sentences: 3, refuses: false };

describe('response features and preference pairs', () => {
  it('turns a correct 2-sentence answer into [1, 0, 2, 0] and orients a labelled pair (worked by hand)', () => {
    expect(responseFeatures(a)).toEqual([1, 0, 2, 0]);
    expect(comparisonsToPairs([{ a, b, preferred: 'a' }])).toEqual([{ chosen: [1, 0, 2, 0], rejected: [0, 1, 3, 0] }]);
    expect(comparisonsToPairs([{ a, b, preferred: 'a' }], [true])).toEqual([
      { chosen: [0, 1, 3, 0], rejected: [1, 0, 2, 0] },
    ]);
  });

  it('rejects a negative or fractional sentence count and too many flips', () => {
    expect(() => responseFeatures({ ...a, sentences: -1 })).toThrow('sentences must be ≥ 0, got -1');
    expect(() => responseFeatures({ ...a, sentences: 1.5 })).toThrow(RangeError);
    expect(() => comparisonsToPairs([], [true])).toThrow(RangeError);
  });

  it('flipping every label turns accuracy p into 1 − p for any weights (no ties)', () => {
    const traits = fc.record({
      correct: fc.boolean(),
      polite: fc.boolean(),
      sentences: fc.integer({ min: 0, max: 6 }),
      refuses: fc.boolean(),
    });
    const comparison = fc.record({ a: traits, b: traits, preferred: fc.constantFrom<'a' | 'b'>('a', 'b') });
    fc.assert(
      fc.property(
        fc.array(comparison, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }),
        (cs: LabelledComparison[], w) => {
          const pairs = comparisonsToPairs(cs);
          const ties = pairs.some((p) => p.chosen.reduce((s, x, j) => s + w[j] * (x - p.rejected[j]), 0) === 0);
          const all = comparisonsToPairs(
            cs,
            cs.map(() => true),
          );
          if (!ties) expect(linearRmAccuracy(w, all)).toBeCloseTo(1 - linearRmAccuracy(w, pairs), 12);
          expect(all.map((p) => p.chosen)).toEqual(pairs.map((p) => p.rejected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
