/**
 * Parameter counts of a Llama-style decoder and of LoRA adapters on its linear layers
 * (Hu et al. 2021, arXiv:2106.09685, §4; what PEFT's print_trainable_parameters reports).
 * One layer, with d = hiddenSize, f = intermediateSize, d_kv = numKvHeads · d / numHeads:
 *   attention  q: d→d, k: d→d_kv, v: d→d_kv, o: d→d          (no biases in Llama)
 *   MLP        gate: d→f, up: d→f, down: f→d                  (SwiGLU)
 *   norms      2 RMSNorm weight vectors of size d
 * Model = numLayers layers + token embeddings (vocab·d) + final RMSNorm (d) + lm_head (vocab·d,
 * shared with the embeddings when tieEmbeddings). RoPE has no parameters; nothing else counted.
 * LoRA of rank r on a target d_in→d_out adds r·(d_in + d_out) per layer (./lora.ts).
 * fraction = trainable / (base + trainable), as PEFT prints it ("all params" includes adapters).
 * Deviation from the brief's signature: the shape also needs vocabSize, for the full count.
 * Example (Llama-2-7B, LLAMA_2_7B below): 202 383 360 per layer · 32 + 2 · 131 072 000 + 4096
 *   = 6 738 415 616; LoRA r = 8 on q, v: 32 · 2 · 8 · 8192 = 4 194 304 trainable, 0.0622 %.
 */
import { assertInteger, describe } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';
import { loraParamCount } from './lora';

export type LoraTarget = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';
export const LORA_TARGETS: readonly LoraTarget[] = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];

export interface LlamaShape {
  hiddenSize: number;
  intermediateSize: number;
  numLayers: number;
  numHeads: number;
  numKvHeads: number;
  vocabSize: number;
  tieEmbeddings?: boolean;
}

/** Llama-2-7B's config.json (meta-llama/Llama-2-7b-hf). */
export const LLAMA_2_7B: Readonly<LlamaShape> = Object.freeze({
  hiddenSize: 4096,
  intermediateSize: 11008,
  numLayers: 32,
  numHeads: 32,
  numKvHeads: 32,
  vocabSize: 32000,
});

/** [dIn, dOut] of every linear layer of one decoder layer. */
export function llamaLinearShapes(shape: Readonly<LlamaShape>): Record<LoraTarget, [number, number]> {
  if (shape === null || typeof shape !== 'object')
    throw new TypeError(`shape must be an object, got ${describe(shape)}`);
  const { hiddenSize: d, intermediateSize: f, numLayers, numHeads, numKvHeads, vocabSize } = shape;
  for (const [k, v] of Object.entries({
    hiddenSize: d,
    intermediateSize: f,
    numLayers,
    numHeads,
    numKvHeads,
    vocabSize,
  })) {
    assertInteger(k, v, 1);
  }
  if (d % numHeads !== 0) throw new RangeError(`numHeads (${numHeads}) must divide hiddenSize (${d})`);
  if (numHeads % numKvHeads !== 0)
    throw new RangeError(`numKvHeads (${numKvHeads}) must divide numHeads (${numHeads})`);
  const dKv = (numKvHeads * d) / numHeads;
  return { q: [d, d], k: [d, dKv], v: [d, dKv], o: [d, d], gate: [d, f], up: [d, f], down: [f, d] };
}

export interface LlamaParamCount {
  embeddings: number;
  attention: number;
  mlp: number;
  norms: number;
  lmHead: number;
  total: number;
}

export function llamaParamCount(shape: Readonly<LlamaShape>): LlamaParamCount {
  const lin = llamaLinearShapes(shape);
  const { hiddenSize: d, numLayers: L, vocabSize: V } = shape;
  const size = (t: LoraTarget) => lin[t][0] * lin[t][1];
  const embeddings = V * d;
  const attention = L * (size('q') + size('k') + size('v') + size('o'));
  const mlp = L * (size('gate') + size('up') + size('down'));
  const norms = L * 2 * d + d;
  const lmHead = shape.tieEmbeddings ? 0 : V * d;
  const total = embeddings + attention + mlp + norms + lmHead;
  assertFiniteResult('parameter count', total);
  return { embeddings, attention, mlp, norms, lmHead, total };
}

export interface LoraTrainable {
  trainable: number;
  /** Adapter parameters per layer for each chosen target. */
  perTarget: Partial<Record<LoraTarget, number>>;
  base: number;
  total: number;
  fraction: number;
}

export function loraTrainableParams(
  cfg: Readonly<LlamaShape> & { targets: readonly LoraTarget[] },
  rank: number,
): LoraTrainable {
  const lin = llamaLinearShapes(cfg);
  assertInteger('rank', rank, 1);
  const targets: readonly LoraTarget[] = cfg.targets;
  if (!Array.isArray(targets)) throw new TypeError(`targets must be an array, got ${describe(targets)}`);
  if (targets.length === 0) throw new RangeError('targets must name at least one layer (q, k, v, o, gate, up, down)');
  const perTarget: Partial<Record<LoraTarget, number>> = {};
  for (const t of cfg.targets) {
    if (!LORA_TARGETS.includes(t))
      throw new RangeError(`targets must be among ${LORA_TARGETS.join(', ')}, got ${describe(t)}`);
    if (perTarget[t] !== undefined) throw new RangeError(`targets lists '${t}' twice`);
    perTarget[t] = loraParamCount(lin[t][0], lin[t][1], rank);
  }
  const trainable = cfg.numLayers * Object.values(perTarget).reduce((a, b) => a + b, 0);
  const base = llamaParamCount(cfg).total;
  return { trainable, perTarget, base, total: base + trainable, fraction: trainable / (base + trainable) };
}
