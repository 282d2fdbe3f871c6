import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput } from '../alignment/test-utils';
import { LLAMA_2_7B, LORA_TARGETS, llamaParamCount, loraTrainableParams, type LoraTarget } from './lora-model';

describe('llamaParamCount', () => {
  it("gives Llama-2-7B's 6 738 415 616 parameters (worked by hand in the header)", () => {
    const c = llamaParamCount(LLAMA_2_7B);
    expect(c.embeddings).toBe(131_072_000);
    expect(c.attention).toBe(32 * 4 * 4096 * 4096);
    expect(c.mlp).toBe(32 * 3 * 4096 * 11008);
    expect(c.norms).toBe(65 * 4096);
    expect(c.total).toBe(6_738_415_616);
    expect(c.total / 1e9).toBeCloseTo(6.74, 2);
  });

  it('shrinks k and v with grouped-query attention and drops lm_head when tied', () => {
    const gqa = llamaParamCount({ ...LLAMA_2_7B, numKvHeads: 8 });
    expect(llamaParamCount(LLAMA_2_7B).attention - gqa.attention).toBe(32 * 2 * 4096 * (4096 - 1024));
    expect(llamaParamCount({ ...LLAMA_2_7B, tieEmbeddings: true }).lmHead).toBe(0);
  });

  it('rejects head counts that do not divide', () => {
    expect(() => llamaParamCount({ ...LLAMA_2_7B, numHeads: 30 })).toThrow(
      'numHeads (30) must divide hiddenSize (4096)',
    );
    expect(() => llamaParamCount({ ...LLAMA_2_7B, numKvHeads: 5 })).toThrow(RangeError);
    expect(() => llamaParamCount({ ...LLAMA_2_7B, numLayers: 0 })).toThrow('numLayers must be ≥ 1, got 0');
  });
});

describe('loraTrainableParams', () => {
  it("gives PEFT's 4 194 304 trainable params for rank 8 on q, v of Llama-2-7B (0.0622 % of 6 742 609 920)", () => {
    const r = loraTrainableParams({ ...LLAMA_2_7B, targets: ['q', 'v'] }, 8);
    expect(r.trainable).toBe(4_194_304);
    expect(r.total).toBe(6_742_609_920);
    expect((r.fraction * 100).toFixed(4)).toBe('0.0622');
    expect(r.perTarget).toEqual({ q: 65536, v: 65536 });
  });

  it('rejects no targets, unknown or repeated targets and rank 0', () => {
    const cfg = { ...LLAMA_2_7B, targets: ['q'] as LoraTarget[] };
    expect(() => loraTrainableParams({ ...cfg, targets: [] }, 8)).toThrow(RangeError);
    expect(() => loraTrainableParams({ ...cfg, targets: ['qkv' as LoraTarget] }, 8)).toThrow(/targets must be among/);
    expect(() => loraTrainableParams({ ...cfg, targets: ['q', 'q'] }, 8)).toThrow("targets lists 'q' twice");
    expect(() => loraTrainableParams(cfg, 0)).toThrow('rank must be ≥ 1, got 0');
  });

  it('adds up over targets, grows linearly with rank, and stays a fraction in (0, 1)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...LORA_TARGETS], { minLength: 1 }),
        fc.integer({ min: 1, max: 256 }),
        fc.constantFrom(1, 2, 4, 8),
        (targets, rank, kvDiv) => {
          const shape = { ...LLAMA_2_7B, numKvHeads: 32 / kvDiv };
          const all = loraTrainableParams({ ...shape, targets }, rank);
          const sum = targets.reduce((s, t) => s + loraTrainableParams({ ...shape, targets: [t] }, rank).trainable, 0);
          expect(all.trainable).toBe(sum);
          expect(loraTrainableParams({ ...shape, targets }, 2 * rank).trainable).toBe(2 * all.trainable);
          expect(all.fraction).toBeGreaterThan(0);
          expect(all.fraction).toBeLessThan(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite shape gives finite counts or a RangeError/TypeError', () => {
    const any = fc.oneof(fc.integer({ min: -2, max: 64 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(any, any, any, any, any, any, any, (d, f, l, h, kv, v, r) =>
        expectFiniteOrBadInput(() =>
          loraTrainableParams(
            {
              hiddenSize: d,
              intermediateSize: f,
              numLayers: l,
              numHeads: h,
              numKvHeads: kv,
              vocabSize: v,
              targets: ['q'],
            },
            r,
          ),
        ),
      ),
      { numRuns: 200 },
    );
  });
});
