import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loraDelta } from './lora';
import { LORA_DEMO, loraMerge } from './lora-merge';

const entry = fc.double({ min: -1, max: 1, noNaN: true });
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

describe('loraMerge', () => {
  it("merges the demo adapter: W'[0] = [0.7, -0.2, 0.3, 0] with alpha 4, r 2 (worked by hand)", () => {
    const { merged, scale } = loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, LORA_DEMO.alpha);
    expect(scale).toBe(2);
    [0.7, -0.2, 0.3, 0].forEach((x, j) => expect(merged[0][j]).toBeCloseTo(x, 12));
    // Row 3: B[3] = [0, -0.1] → ΔW[3] = 2 · -0.1 · [0, 1, 0, -1] = [0, -0.2, 0, 0.2].
    [-0.4, -0.2, 0.2, 1.1].forEach((x, j) => expect(merged[3][j]).toBeCloseTo(x, 12));
  });

  it('scales by alpha/√r with rsLoRA', () => {
    expect(loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, 4, true).scale).toBeCloseTo(4 / Math.SQRT2, 12);
  });

  it('rejects a W of the wrong shape and a bad alpha', () => {
    expect(() => loraMerge([[1, 2]], LORA_DEMO.a, LORA_DEMO.b, 4)).toThrow(RangeError);
    expect(() => loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, 0)).toThrow(RangeError);
    expect(() => loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, NaN)).toThrow(RangeError);
  });

  it("W' - W equals loraDelta, a zero B leaves W unchanged, and arguments are not mutated", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0.5, max: 32, noNaN: true }),
        fc.boolean(),
        (r, dIn, dOut, alpha, rs) => {
          const w = fc.sample(matrix(dOut, dIn), 1)[0];
          const a = fc.sample(matrix(r, dIn), 1)[0];
          const b = fc.sample(matrix(dOut, r), 1)[0];
          const copy = JSON.stringify([w, a, b]);
          const { merged, delta } = loraMerge(w, a, b, alpha, rs);
          expect(delta).toEqual(loraDelta(a, b, alpha, rs));
          merged.forEach((row, i) => row.forEach((x, j) => expect(x - w[i][j]).toBeCloseTo(delta[i][j], 9)));
          const zero = b.map((row) => row.map(() => 0));
          expect(loraMerge(w, a, zero, alpha, rs).merged).toEqual(w.map((row) => row.map((x) => x + 0)));
          expect(JSON.stringify([w, a, b])).toBe(copy);
        },
      ),
      { numRuns: 200 },
    );
  });
});
