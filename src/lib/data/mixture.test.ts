import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixtureEpochs } from './mixture';
import { referenceCasesFor } from './test-utils';

describe('mixtureEpochs', () => {
  it('weights 3:1 over 800 tokens of sources with 300 and 100 tokens → 2 epochs each (by hand: 600/300, 200/100)', () => {
    expect(
      mixtureEpochs(
        [
          { tokens: 300, weight: 3 },
          { tokens: 100, weight: 1 },
        ],
        800,
      ),
    ).toEqual([2, 2]);
  });

  it('rejects no sources, zero total weight, negative weights and non-positive token counts', () => {
    expect(() => mixtureEpochs([], 100)).toThrow('sources must not be empty');
    expect(() => mixtureEpochs([{ tokens: 10, weight: 0 }], 100)).toThrow(/positive sum/);
    expect(() => mixtureEpochs([{ tokens: 10, weight: -1 }], 100)).toThrow(/weight must be ≥ 0/);
    expect(() => mixtureEpochs([{ tokens: 0, weight: 1 }], 100)).toThrow('sources[0].tokens must be > 0, got 0');
    expect(() => mixtureEpochs([{ tokens: 1, weight: 1 }], NaN)).toThrow(RangeError);
  });

  it('the tokens drawn from all sources add up to totalTokens', () => {
    const source = fc.record({
      tokens: fc.double({ min: 1, max: 1e12, noNaN: true }),
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(source, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        (s, total) => {
          const e = mixtureEpochs(s, total);
          const drawn = e.reduce((a, x, i) => a + x * s[i].tokens, 0);
          expect(Math.abs(drawn - total)).toBeLessThanOrEqual(1e-9 * total + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('mixtureEpochs', mixtureEpochs);
});
