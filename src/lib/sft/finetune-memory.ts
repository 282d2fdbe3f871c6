/**
 * GPU memory for the model states of fine-tuning, in bytes: weights + gradients + Adam states.
 * Activations, the KV cache, temporary buffers and fragmentation are NOT included (they
 * depend on batch size and sequence length); nor is any sharding (see modelStateBytes).
 *   full:  every parameter Ψ in mixed precision, as in the ZeRO paper (Rajbhandari et al. 2020,
 *          arXiv:1910.02054, §3.1): bf16 weights 2Ψ + bf16 gradients 2Ψ + fp32 master copy,
 *          Adam m and v 12Ψ = 16Ψ
 *   lora:  frozen bf16 base 2Ψ (no gradients, no optimizer state) + adapters Φ at the same
 *          16 bytes/param (2 weights + 2 gradients + 12 optimizer)
 *   qlora: base in 4-bit NF4 (Dettmers et al. 2023, arXiv:2305.14314, §3): 4 bits/param plus the
 *          quantisation constants — one fp32 absmax per block of 64 is 32/64 = 0.5 bit/param,
 *          double quantisation (8-bit constants, blocks of 256, fp32 second level) brings it to
 *          8/64 + 32/(64·256) ≈ 0.127 bit/param — so ≈ 0.516 byte/param; adapters as for lora.
 * Example (Llama-2-7B, Ψ = 6.74e9; LoRA r = 8 on q, v, Φ = 4 194 304):
 *   full ≈ 107.8 GB, lora ≈ 13.48 + 0.07 = 13.54 GB, qlora ≈ 3.48 + 0.07 = 3.54 GB.
 */
import { assertInteger, describe } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';

export const BF16_BYTES = 2;
/** fp32 master weights + Adam's first and second moments: 4 + 4 + 4 bytes. */
export const ADAM_STATE_BYTES = 12;
/** Bytes per trained parameter in mixed-precision Adam: 2 + 2 + 12. */
export const TRAINED_PARAM_BYTES = BF16_BYTES + BF16_BYTES + ADAM_STATE_BYTES;
export const NF4_BITS = 4;
/** Double-quantised NF4 constants per parameter: 8/64 + 32/(64·256) = 0.126953125 bit. */
export const NF4_CONSTANT_BITS = 8 / 64 + 32 / (64 * 256);
export const QLORA_BASE_BYTES = (NF4_BITS + NF4_CONSTANT_BITS) / 8;

export type FinetuneMethod = 'full' | 'lora' | 'qlora';

export interface FinetuneMemory {
  weights: number;
  gradients: number;
  optimizer: number;
  total: number;
}

export function finetuneMemory(cfg: {
  params: number;
  method: FinetuneMethod;
  /** Adapter parameters (lora, qlora); ignored by 'full', where every parameter trains. */
  trainableParams?: number;
}): FinetuneMemory {
  if (cfg === null || typeof cfg !== 'object') throw new TypeError(`cfg must be an object, got ${describe(cfg)}`);
  const { params, method, trainableParams } = cfg;
  assertInteger('params', params, 1);
  if (method !== 'full' && method !== 'lora' && method !== 'qlora') {
    throw new RangeError(`method must be 'full', 'lora' or 'qlora', got ${describe(method)}`);
  }
  let base: number;
  let trained: number;
  if (method === 'full') {
    base = 0;
    trained = params;
  } else {
    if (trainableParams === undefined) throw new RangeError(`method '${method}' needs trainableParams (the adapters)`);
    assertInteger('trainableParams', trainableParams, 0);
    base = method === 'lora' ? BF16_BYTES * params : QLORA_BASE_BYTES * params;
    trained = trainableParams;
  }
  const weights = base + BF16_BYTES * trained;
  const gradients = BF16_BYTES * trained;
  const optimizer = ADAM_STATE_BYTES * trained;
  assertFiniteResult('memory', weights + gradients + optimizer);
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}
