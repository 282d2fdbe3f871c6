import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packingStats, packSequences, truncateSequences } from './packing';
import { referenceCasesFor } from './test-utils';

const docs = fc.array(fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 12 }), { maxLength: 8 });

describe('packSequences', () => {
  it('[1,2,3] [4,5] [6,7,8,9] with EOS 0 and length 4 → [1,2,3,0] [4,5,0,6] [7,8,9,0] (by hand)', () => {
    expect(
      packSequences(
        [
          [1, 2, 3],
          [4, 5],
          [6, 7, 8, 9],
        ],
        4,
        0,
      ),
    ).toEqual([
      [1, 2, 3, 0],
      [4, 5, 0, 6],
      [7, 8, 9, 0],
    ]);
  });

  it('drops the last partial block', () => {
    expect(packSequences([[1, 2, 3, 4]], 3, 0)).toEqual([[1, 2, 3]]);
    expect(packSequences([], 3, 0)).toEqual([]);
  });

  it('rejects a length below 1 and ids that are not whole numbers ≥ 0', () => {
    expect(() => packSequences([[1, 2]], 0, 0)).toThrow('seqLen must be ≥ 1, got 0');
    expect(() => packSequences([[1, -2]], 2, 0)).toThrow('docs[0][1] must be ≥ 0, got -2');
    expect(() => packSequences([[1]], 2, 0.5)).toThrow(RangeError);
    expect(() => packSequences([5] as unknown as number[][], 2, 0)).toThrow(TypeError);
  });

  it('loses no token except the dropped tail', () => {
    fc.assert(
      fc.property(docs, fc.integer({ min: 1, max: 10 }), (d, L) => {
        const stream = d.flatMap((x) => [...x, 0]);
        const blocks = packSequences(d, L, 0);
        blocks.forEach((b) => expect(b.length).toBe(L));
        expect(blocks.flat()).toEqual(stream.slice(0, blocks.length * L));
        expect(stream.length - blocks.length * L).toBeLessThan(L);
      }),
      { numRuns: 200 },
    );
  });
});

describe('truncateSequences and packingStats', () => {
  it('cuts or pads each document to one block', () => {
    expect(truncateSequences([[1, 2, 3, 4, 5], [6], []], 3, 0)).toEqual([
      [1, 2, 3],
      [6, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('compares packing and truncation on the worked example', () => {
    const d = [
      [1, 2, 3],
      [4, 5],
      [6, 7, 8, 9],
    ];
    expect(packingStats(d, 4, 'pack')).toEqual({
      blocks: 3,
      realTokens: 9,
      eosTokens: 3,
      paddingTokens: 0,
      droppedTokens: 0,
      paddingPercent: 0,
      droppedPercent: 0,
    });
    expect(packingStats(d, 4, 'truncate')).toMatchObject({
      blocks: 3,
      realTokens: 9,
      paddingTokens: 3,
      paddingPercent: 25,
    });
    expect(packingStats(d, 2, 'truncate')).toMatchObject({ droppedTokens: 3, droppedPercent: (100 * 3) / 9 });
  });

  it('rejects an unknown mode', () => {
    expect(() => packingStats([[1]], 2, 'zip' as 'pack')).toThrow(`mode must be 'pack' or 'truncate', got "zip"`);
  });

  it('agrees with the blocks that packSequences and truncateSequences build', () => {
    fc.assert(
      fc.property(docs, fc.integer({ min: 1, max: 10 }), (d, L) => {
        const packed = packSequences(d, L, 0);
        const p = packingStats(d, L, 'pack');
        expect(p.blocks).toBe(packed.length);
        expect(p.realTokens).toBe(packed.flat().filter((t) => t !== 0).length);
        expect(p.eosTokens).toBe(packed.flat().filter((t) => t === 0).length);
        const cut = truncateSequences(d, L, 0);
        const t = packingStats(d, L, 'truncate');
        expect(t.paddingTokens).toBe(cut.flat().filter((x) => x === 0).length);
        expect(t.realTokens + t.droppedTokens).toBe(d.flat().length);
        expect(p.realTokens + p.droppedTokens).toBe(d.flat().length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('packSequences', packSequences);
});
