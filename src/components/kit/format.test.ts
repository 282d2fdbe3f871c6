import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './format';

describe('formatNumber', () => {
  it('keeps the asked significant digits and drops trailing zeros (by hand)', () => {
    expect(formatNumber(0.768525, 4)).toBe('0.7685');
    expect(formatNumber(1.2, 4)).toBe('1.2');
    expect(formatNumber(-0.5, 4)).toBe('−0.5');
    expect(formatNumber(139.04, 3)).toBe('139');
  });

  it('writes out rounded numbers below a million instead of "2.96e+4"', () => {
    expect(formatNumber(29_640, 3)).toBe('29600');
    expect(formatNumber(-123_456, 2)).toBe('−120000');
    expect(formatNumber(999_999, 3)).toBe('1000000');
  });

  it('uses × 10^ for very large and very small magnitudes', () => {
    expect(formatNumber(3.79e25, 3)).toBe('3.79 × 10^25');
    expect(formatNumber(1e-5, 2)).toBe('1 × 10^-5');
  });

  it('names the special values', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(0)).toBe('0');
  });

  it('never shows JavaScript exponent notation, for any finite number and digit count', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 6 }), (x, d) => {
        expect(formatNumber(x, d)).not.toMatch(/e[+-]/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives percentages with the same rules', () => {
    expect(formatPercent(0.1234)).toBe('12.3 %');
  });
});
