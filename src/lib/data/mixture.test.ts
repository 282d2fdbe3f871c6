import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impliedMixtureWeights, mixtureEpochs } from './mixture';
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

describe('impliedMixtureWeights', () => {
  it("GPT-3's WebText2: 2.9 epochs × 19B / 300B = 0.18367 (by hand), below the printed 22 %", () => {
    expect(impliedMixtureWeights([{ tokens: 19e9, epochs: 2.9 }], 300e9)[0]).toBeCloseTo(0.183667, 6);
  });

  it('rejects empty sources, negative epochs and a non-positive total', () => {
    expect(() => impliedMixtureWeights([], 1)).toThrow(RangeError);
    expect(() => impliedMixtureWeights([{ tokens: 1, epochs: -1 }], 1)).toThrow(/epochs must be ≥ 0/);
    expect(() => impliedMixtureWeights([{ tokens: 1, epochs: 1 }], 0)).toThrow(RangeError);
  });

  it('inverts mixtureEpochs when the weights sum to 1', () => {
    const source = fc.record({
      tokens: fc.double({ min: 1, max: 1e12, noNaN: true }),
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(source, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 1, max: 1e13, noNaN: true }),
        (s, total) => {
          const sum = s.reduce((a, x) => a + x.weight, 0);
          const e = mixtureEpochs(s, total);
          const w = impliedMixtureWeights(
            s.map((x, i) => ({ tokens: x.tokens, epochs: e[i] })),
            total,
          );
          w.forEach((wi, i) => expect(wi).toBeCloseTo(s[i].weight / sum, 9));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('mixtureEpochs', mixtureEpochs);
});
