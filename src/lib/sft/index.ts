// Barrel of the sft stage: chat templates, the masked loss, LoRA (shared/spec/math-core.md).
export { renderChatML, IM_END, IM_START, type ChatMessage, type ChatRole } from './chatml';
export {
  chatTokens,
  splitIllustrative,
  type ChatToken,
  type ChatTokenKind,
  type ChatTokensOptions,
} from './chat-tokens';
export { maskedMeanLoss, IGNORE_INDEX } from './masked-loss';
export { loraDelta, loraParamCount } from './lora';
export {
  LLAMA_2_7B,
  LORA_TARGETS,
  llamaLinearShapes,
  llamaParamCount,
  loraTrainableParams,
  type LlamaParamCount,
  type LlamaShape,
  type LoraTarget,
  type LoraTrainable,
} from './lora-model';
export {
  ADAM_STATE_BYTES,
  BF16_BYTES,
  NF4_BITS,
  NF4_CONSTANT_BITS,
  QLORA_BASE_BYTES,
  TRAINED_PARAM_BYTES,
  finetuneMemory,
  type FinetuneMemory,
  type FinetuneMethod,
} from './finetune-memory';
export { LORA_DEMO, loraMerge } from './lora-merge';
export { LORA_TARGET_SETS, MODEL_PRESETS, type LoraTargetSetId, type ModelPresetId } from './model-presets';
export { truncateChat } from './truncate-chat';
