import { describe, expect, it } from 'vitest';
import { assertFiniteResult, assertNonNegative } from './finite';

describe('assertFiniteResult and assertNonNegative', () => {
  it('name the overflowing entry', () => {
    expect(() => assertFiniteResult('ratio', [1, Infinity])).toThrow(
      'ratio[1] is Infinity: the inputs are too large to compute it in double precision',
    );
    expect(() => assertFiniteResult('loss', NaN)).toThrow(RangeError);
    expect(() => assertFiniteResult('loss', [1, 2])).not.toThrow();
  });

  it('accept 0 and reject negatives, NaN and non-numbers', () => {
    expect(() => assertNonNegative('beta', 0)).not.toThrow();
    expect(() => assertNonNegative('beta', -1)).toThrow('beta must be ≥ 0, got -1');
    expect(() => assertNonNegative('beta', NaN)).toThrow(RangeError);
    expect(() => assertNonNegative('beta', '1')).toThrow(TypeError);
  });
});
