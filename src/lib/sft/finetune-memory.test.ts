import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput } from '../alignment/test-utils';
import { finetuneMemory, NF4_CONSTANT_BITS, QLORA_BASE_BYTES, TRAINED_PARAM_BYTES } from './finetune-memory';
import { LLAMA_2_7B, llamaParamCount, loraTrainableParams } from './lora-model';

describe('finetuneMemory', () => {
  it('needs 16 bytes per parameter for full fine-tuning: 107.8 GB for Llama-2-7B (worked by hand)', () => {
    const params = llamaParamCount(LLAMA_2_7B).total;
    const m = finetuneMemory({ params, method: 'full' });
    expect(m).toEqual({ weights: 2 * params, gradients: 2 * params, optimizer: 12 * params, total: 16 * params });
    expect(m.total / 1e9).toBeCloseTo(107.81, 2);
  });

  it('needs ≈ 13.5 GB with LoRA and ≈ 3.5 GB with QLoRA for Llama-2-7B, rank 8 on q, v', () => {
    const params = llamaParamCount(LLAMA_2_7B).total;
    const trainableParams = loraTrainableParams({ ...LLAMA_2_7B, targets: ['q', 'v'] }, 8).trainable;
    const lora = finetuneMemory({ params, method: 'lora', trainableParams });
    expect(lora.weights).toBe(2 * params + 2 * trainableParams);
    expect(lora.optimizer).toBe(12 * trainableParams);
    expect(lora.total / 1e9).toBeCloseTo(13.54, 2);
    const qlora = finetuneMemory({ params, method: 'qlora', trainableParams });
    expect(qlora.total / 1e9).toBeCloseTo(3.54, 2);
  });

  it('uses the QLoRA paper constants: 4 bits + 8/64 + 32/(64·256) ≈ 0.127 bit per base parameter', () => {
    expect(NF4_CONSTANT_BITS).toBeCloseTo(0.127, 3);
    expect(QLORA_BASE_BYTES).toBeCloseTo(0.5159, 4);
    expect(TRAINED_PARAM_BYTES).toBe(16);
  });

  it('rejects unknown methods, missing adapters and non-integer counts', () => {
    expect(() => finetuneMemory({ params: 100, method: 'lora' })).toThrow(
      "method 'lora' needs trainableParams (the adapters)",
    );
    expect(() => finetuneMemory({ params: 100, method: 'int8' as 'full' })).toThrow(RangeError);
    expect(() => finetuneMemory({ params: 0, method: 'full' })).toThrow('params must be ≥ 1, got 0');
    expect(() => finetuneMemory({ params: 10, method: 'qlora', trainableParams: 1.5 })).toThrow(RangeError);
  });

  it('orders the methods full > lora > qlora when adapters are < 10 % of the model, and totals add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 1e12 }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (params, share) => {
          const trainableParams = Math.floor(params * share);
          const full = finetuneMemory({ params, method: 'full' });
          const lora = finetuneMemory({ params, method: 'lora', trainableParams });
          const qlora = finetuneMemory({ params, method: 'qlora', trainableParams });
          expect(full.total).toBeGreaterThan(lora.total);
          expect(lora.total).toBeGreaterThan(qlora.total);
          for (const m of [full, lora, qlora]) expect(m.total).toBe(m.weights + m.gradients + m.optimizer);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite bytes or a RangeError/TypeError', () => {
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        any,
        fc.constantFrom<'full' | 'lora' | 'qlora'>('full', 'lora', 'qlora'),
        fc.option(any, { nil: undefined }),
        (params, method, trainableParams) =>
          expectFiniteOrBadInput(() => finetuneMemory({ params, method, trainableParams })),
      ),
      { numRuns: 200 },
    );
  });
});
