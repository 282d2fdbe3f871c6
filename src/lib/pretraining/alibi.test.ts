import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alibiSlopes } from './alibi';
import { referenceCasesFor } from '../data/test-utils';

describe('alibiSlopes', () => {
  it('8 heads get 1/2, 1/4, …, 1/256 (worked by hand: start = 2^(−8/8))', () => {
    expect(alibiSlopes(8)).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
  });

  it('6 heads: the 4-head slopes, then every other slope of 8 heads', () => {
    expect(alibiSlopes(6)).toEqual([1 / 4, 1 / 16, 1 / 64, 1 / 256, 1 / 2, 1 / 8]);
  });

  it('rejects fewer than one head and fractions', () => {
    expect(() => alibiSlopes(0)).toThrow('numHeads must be ≥ 1, got 0');
    expect(() => alibiSlopes(2.5)).toThrow(RangeError);
  });

  it('gives one distinct slope in (0, 1) per head', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const s = alibiSlopes(n);
        expect(s.length).toBe(n);
        expect(new Set(s).size).toBe(n);
        s.forEach((x) => expect(x > 0 && x < 1).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('alibiSlopes', alibiSlopes);
});
