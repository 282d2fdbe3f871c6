import { describe, expect, it } from 'vitest';
import { crossEntropy } from './cross-entropy';
import { blockMeans, relativeDifference, sum, uniformCrossEntropy } from './stats';

describe('sum', () => {
  it('adds the GPT-3 mixture weights to 100 (60 + 22 + 8 + 8 + 3 - 1, by hand)', () => {
    expect(sum([60, 22, 8, 8, 3, -1])).toBe(100);
    expect(sum([])).toBe(0);
  });
  it('rejects a value that is not finite', () => {
    expect(() => sum([1, NaN])).toThrow('xs[1] must be a finite number');
    expect(() => sum([Infinity])).toThrow(RangeError);
  });
});

describe('relativeDifference', () => {
  it('is the gap as a fraction of the reference, whichever side the value is on', () => {
    // GPT-3 Table 2.2: Wikipedia's 3.4 epochs against 2.97 computed from its weights, by hand 0.43 / 3.4.
    expect(relativeDifference(2.97, 3.4)).toBeCloseTo(0.43 / 3.4, 12);
    expect(relativeDifference(3.83, 3.4)).toBeCloseTo(0.43 / 3.4, 12);
    expect(relativeDifference(-1, -2)).toBe(0.5);
    expect(relativeDifference(5, 5)).toBe(0);
  });
  it('rejects a zero or non-finite reference and a non-finite value', () => {
    expect(() => relativeDifference(1, 0)).toThrow('reference must not be 0');
    expect(() => relativeDifference(NaN, 1)).toThrow('value must be a finite number');
    expect(() => relativeDifference(1, Infinity)).toThrow(RangeError);
  });
});

describe('blockMeans', () => {
  it('averages full blocks and drops the incomplete tail', () => {
    expect(blockMeans([1, 2, 3, 4, 5], 2)).toEqual([1.5, 3.5]);
    expect(blockMeans([4, 4, 4], 3)).toEqual([4]);
    expect(blockMeans([1], 2)).toEqual([]);
  });
  it('rejects a block size that is not a positive integer', () => {
    expect(() => blockMeans([1, 2], 0)).toThrow('size must be an integer ≥ 1');
    expect(() => blockMeans([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('uniformCrossEntropy', () => {
  it('equals the cross-entropy of all-equal logits, for any target', () => {
    for (const v of [1, 2, 27, 50257]) {
      const logits = new Array(v).fill(0.3);
      expect(uniformCrossEntropy(v)).toBeCloseTo(crossEntropy(logits, v - 1), 10);
    }
    expect(uniformCrossEntropy(27)).toBeCloseTo(3.295837, 6);
  });
  it('rejects a vocabulary that is not a positive integer', () => {
    expect(() => uniformCrossEntropy(0)).toThrow('vocabSize must be an integer ≥ 1');
    expect(() => uniformCrossEntropy(2.5)).toThrow(RangeError);
  });
});
