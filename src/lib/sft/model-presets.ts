/**
 * Shapes of a few Llama-style models, from their Hugging Face config.json files, for the
 * LoRA and fine-tuning-memory widgets. Counted with llamaParamCount (./lora-model.ts), they
 * give the parameter counts the model cards and PEFT report:
 *   Llama-2-7B  6 738 415 616   Llama-2-13B 13 015 864 320
 *   Llama-3-8B  8 030 261 248   Llama-2-70B 68 976 648 192
 * Llama-3-8B and Llama-2-70B use grouped-query attention (8 key/value heads), so their k and v
 * projections are narrower than q and o. Models with attention biases (Qwen2) are left out:
 * llamaParamCount does not count biases.
 * Example: LORA_TARGET_SETS.qv on Llama-2-7B at rank 8 → 4 194 304 trainable parameters.
 */
import { LLAMA_2_7B, type LlamaShape, type LoraTarget } from './lora-model';

export type ModelPresetId = 'llama-2-7b' | 'llama-2-13b' | 'llama-3-8b' | 'llama-2-70b';

export const MODEL_PRESETS: Readonly<Record<ModelPresetId, Readonly<LlamaShape>>> = Object.freeze({
  'llama-2-7b': LLAMA_2_7B,
  'llama-2-13b': Object.freeze({
    hiddenSize: 5120,
    intermediateSize: 13824,
    numLayers: 40,
    numHeads: 40,
    numKvHeads: 40,
    vocabSize: 32000,
  }),
  'llama-3-8b': Object.freeze({
    hiddenSize: 4096,
    intermediateSize: 14336,
    numLayers: 32,
    numHeads: 32,
    numKvHeads: 8,
    vocabSize: 128256,
  }),
  'llama-2-70b': Object.freeze({
    hiddenSize: 8192,
    intermediateSize: 28672,
    numLayers: 80,
    numHeads: 64,
    numKvHeads: 8,
    vocabSize: 32000,
  }),
});

export type LoraTargetSetId = 'qv' | 'attention' | 'all';

/**
 * Common choices of adapted layers: q and v (the LoRA paper's GPT-3 experiments, §7.1),
 * all four attention projections, and every linear layer of the block (QLoRA, §4).
 */
export const LORA_TARGET_SETS: Readonly<Record<LoraTargetSetId, readonly LoraTarget[]>> = Object.freeze({
  qv: Object.freeze(['q', 'v'] as LoraTarget[]),
  attention: Object.freeze(['q', 'k', 'v', 'o'] as LoraTarget[]),
  all: Object.freeze(['q', 'k', 'v', 'o', 'gate', 'up', 'down'] as LoraTarget[]),
});
