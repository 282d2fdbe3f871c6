import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { llamaParamCount, loraTrainableParams } from './lora-model';
import { LORA_TARGET_SETS, MODEL_PRESETS, type LoraTargetSetId, type ModelPresetId } from './model-presets';

describe('MODEL_PRESETS', () => {
  it.each([
    ['llama-2-7b', 6_738_415_616],
    ['llama-2-13b', 13_015_864_320],
    ['llama-3-8b', 8_030_261_248],
    ['llama-2-70b', 68_976_648_192],
  ] as [ModelPresetId, number][])('%s has the parameter count of its model card (%d)', (id, n) => {
    expect(llamaParamCount(MODEL_PRESETS[id]).total).toBe(n);
  });

  it('gives 4 194 304 LoRA parameters for q, v at rank 8 on Llama-2-7B (LoRA paper setting)', () => {
    expect(loraTrainableParams({ ...MODEL_PRESETS['llama-2-7b'], targets: LORA_TARGET_SETS.qv }, 8).trainable).toBe(
      4_194_304,
    );
  });

  it('target sets grow: q,v ⊂ attention ⊂ all, so trainable parameters grow too', () => {
    const ids = Object.keys(MODEL_PRESETS) as ModelPresetId[];
    const sets: LoraTargetSetId[] = ['qv', 'attention', 'all'];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.integer({ min: 1, max: 256 }), (id, r) => {
        const counts = sets.map(
          (s) => loraTrainableParams({ ...MODEL_PRESETS[id], targets: LORA_TARGET_SETS[s] }, r).trainable,
        );
        expect(counts[0]).toBeLessThan(counts[1]);
        expect(counts[1]).toBeLessThan(counts[2]);
      }),
      { numRuns: 200 },
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MODEL_PRESETS['llama-3-8b'])).toBe(true);
    expect(Object.isFrozen(LORA_TARGET_SETS.all)).toBe(true);
  });
});
