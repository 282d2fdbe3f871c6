import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from '../alignment/test-utils';
import { loraDelta, loraParamCount } from './lora';

const entry = fc.double({ min: -1, max: 1, noNaN: true });
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const shapes = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));

describe('loraParamCount', () => {
  it('counts r·(dIn + dOut): 65 536 for a 4096 × 4096 matrix at rank 8 (worked by hand)', () => {
    expect(loraParamCount(4096, 4096, 8)).toBe(8 * 8192);
  });

  it.each(referenceCases('loraParamCount'))('matches reference case %s', (_, c) => runReferenceCase(loraParamCount, c));

  it('rejects a rank < 1 and non-integer sizes', () => {
    expect(() => loraParamCount(10, 10, 0)).toThrow('rank must be ≥ 1, got 0');
    expect(() => loraParamCount(10.5, 10, 1)).toThrow(RangeError);
  });

  it('is linear in the rank and below dIn·dOut whenever r < dIn·dOut/(dIn + dOut)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8192 }),
        fc.integer({ min: 1, max: 8192 }),
        fc.integer({ min: 1, max: 64 }),
        (i, o, r) => {
          expect(loraParamCount(i, o, r)).toBe(r * loraParamCount(i, o, 1));
          if (r < (i * o) / (i + o)) expect(loraParamCount(i, o, r)).toBeLessThan(i * o);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('loraDelta', () => {
  it('is (alpha/r)·B·A: rank 1, alpha 2 gives 2·outer(b, a) (worked by hand)', () => {
    expect(loraDelta([[1, 2, 3]], [[1], [-1]], 2)).toEqual([
      [2, 4, 6],
      [-2, -4, -6],
    ]);
  });

  it.each(referenceCases('loraDelta'))('matches reference case %s', (_, c) => runReferenceCase(loraDelta, c));

  it('rejects shapes that do not chain and alpha ≤ 0', () => {
    expect(() => loraDelta([[1, 2]], [[1, 2]], 8)).toThrow(
      'b must be dOut × r with r = 1 (the rows of a), but b has 2 columns',
    );
    expect(() => loraDelta([[1]], [[1]], 0)).toThrow('alpha must be > 0, got 0');
    expect(() => loraDelta([], [[1]], 1)).toThrow(RangeError);
  });

  it('is zero when B is zero (PEFT init), has shape dOut × dIn, and rsLoRA rescales by √r', () => {
    fc.assert(
      fc.property(
        shapes.chain(([r, i, o]) => fc.tuple(matrix(r, i), matrix(o, r))),
        fc.double({ min: 0.5, max: 64, noNaN: true }),
        ([a, b], alpha) => {
          const r = a.length;
          const d = loraDelta(a, b, alpha);
          expect(d.length).toBe(b.length);
          expect(d[0].length).toBe(a[0].length);
          const zero = loraDelta(
            a,
            b.map((row) => row.map(() => 0)),
            alpha,
          );
          expect(zero.flat().every((x) => x === 0)).toBe(true);
          const rs = loraDelta(a, b, alpha, true);
          rs.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(d[i][j] * Math.sqrt(r), 9)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite numbers or a RangeError', () => {
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    const m = fc.array(fc.array(any, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(m, m, any, fc.boolean(), (a, b, alpha, rs) =>
        expectFiniteOrBadInput(() => loraDelta(a, b, alpha, rs)),
      ),
      { numRuns: 200 },
    );
  });
});
