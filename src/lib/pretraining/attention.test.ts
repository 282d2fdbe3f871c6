import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causalAttention } from './attention';
import { referenceCasesFor } from '../data/test-utils';

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

describe('causalAttention', () => {
  it('two positions with equal scores average the values (worked by hand)', () => {
    // q·k / √1: row 0 sees only key 0; row 1 scores both keys 1·1 = 1 → weights ½, ½.
    const { weights, output } = causalAttention(
      [[1], [1]],
      [[1], [1]],
      [
        [2, 0],
        [4, 2],
      ],
    );
    expect(weights).toEqual([
      [1, 0],
      [0.5, 0.5],
    ]);
    expect(output).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it('scales scores by 1/√d', () => {
    // d = 4, q·k0 = 0, q·k1 = 4 → scaled 0 and 2 → weights softmax([0, 2]).
    const { weights } = causalAttention(
      [
        [0, 0, 0, 0],
        [1, 1, 1, 1],
      ],
      [
        [0, 0, 0, 0],
        [1, 1, 1, 1],
      ],
      [[0], [1]],
    );
    expect(weights[1][1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });

  it('rejects mismatched shapes', () => {
    expect(() => causalAttention([[1, 2]], [[1, 2, 3]], [[1]])).toThrow('k must have as many columns as q (2), got 3');
    expect(() => causalAttention([[1]], [[1], [2]], [[1], [2]])).toThrow(RangeError);
    expect(() => causalAttention([[1]], [[1]], [[1], [2]])).toThrow(RangeError);
    expect(() => causalAttention([], [], [])).toThrow(RangeError);
  });

  it('stays finite with huge scores', () => {
    const { weights } = causalAttention([[1e4], [1e4]], [[1e4], [-1e4]], [[1], [2]]);
    expect(weights[1]).toEqual([1, 0]);
  });

  it('weights are lower triangular, rows sum to 1, and the future does not change the past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((t) => fc.tuple(matrix(t, 3), matrix(t, 3), matrix(t, 2))),
        ([q, k, v]) => {
          const { weights, output } = causalAttention(q, k, v);
          weights.forEach((row, i) => {
            expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
            row.forEach((w, j) => j > i && expect(w).toBe(0));
          });
          if (q.length > 1) {
            const short = causalAttention(q.slice(0, -1), k.slice(0, -1), v.slice(0, -1));
            expect(short.output).toEqual(output.slice(0, -1));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('causalAttention', causalAttention);
});
