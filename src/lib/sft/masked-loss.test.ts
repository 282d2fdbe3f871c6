import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from '../alignment/test-utils';
import { maskedMeanLoss } from './masked-loss';

describe('maskedMeanLoss', () => {
  it('averages only the positions whose label is not -100 (worked by hand)', () => {
    expect(maskedMeanLoss([1.5, 1.2, 1.9, 2.7], [5, -100, 3, -100])).toBeCloseTo(1.7, 15); // (1.5 + 1.9)/2
    expect(maskedMeanLoss([], [])).toBe(0);
  });

  it.each(referenceCases('maskedMeanLoss'))('matches reference case %s', (_, c) => runReferenceCase(maskedMeanLoss, c));

  it('rejects mismatched lengths, negative losses and labels that are neither ids nor -100', () => {
    expect(() => maskedMeanLoss([1, 2], [1])).toThrow(
      'labels has length 1 but tokenLosses has length 2; they must match',
    );
    expect(() => maskedMeanLoss([-1], [1])).toThrow('tokenLosses[0] must be ≥ 0, got -1');
    expect(() => maskedMeanLoss([1], [-5])).toThrow('labels[0] must be ≥ 0, got -5');
    expect(() => maskedMeanLoss([1], [1.5])).toThrow('labels[0] must be a whole number, got 1.5');
  });

  it('lies between the smallest and largest kept loss, and ignores what the masked positions hold', () => {
    const row = fc.tuple(
      fc.double({ min: 0, max: 20, noNaN: true }),
      fc.boolean(),
      fc.double({ min: 0, max: 20, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const labels = rows.map(([, keep], i) => (keep ? i : -100));
        const losses = rows.map(([l]) => l);
        const other = rows.map(([l, keep, alt]) => (keep ? l : alt));
        const kept = losses.filter((_, i) => labels[i] !== -100);
        const m = maskedMeanLoss(losses, labels);
        expect(maskedMeanLoss(other, labels)).toBe(m);
        if (kept.length === 0) expect(m).toBe(0);
        else {
          expect(m).toBeGreaterThanOrEqual(Math.min(...kept) - 1e-12);
          expect(m).toBeLessThanOrEqual(Math.max(...kept) + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives a finite number or a RangeError', () => {
    const x = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-100));
    fc.assert(
      fc.property(fc.array(x, { maxLength: 4 }), fc.array(x, { maxLength: 4 }), (l, y) =>
        expectFiniteOrBadInput(() => maskedMeanLoss(l, y)),
      ),
      { numRuns: 200 },
    );
  });
});
