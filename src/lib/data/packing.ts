/**
 * Turning documents of different lengths into fixed-length training blocks.
 * packSequences: append eosId after every document, concatenate, cut into consecutive blocks of
 * seqLen and drop the last partial block (Transformers run_clm.py `group_texts`; GPT-2/3 style).
 * No padding at all; a document may straddle two blocks, and attention crosses the EOS boundary
 * (the usual simplification; per-document masks are not modelled here).
 * truncateSequences: one block per document: its first seqLen tokens, right-padded with padId
 * (the "padding=max_length, truncation=True" alternative). Nothing is shared between documents.
 * packingStats compares the two: blocks, document tokens kept, EOS separators, padding, tokens
 * dropped, and two percentages: paddingPercent = padding / (blocks·seqLen), the compute spent on
 * padding; droppedPercent = dropped / document tokens, the data never trained on.
 * Example: docs of lengths 3, 2, 4 and seqLen 4 → packing gives 3 full blocks ([1,2,3,0] [4,5,0,6]
 * [7,8,9,0] with eos 0), nothing dropped; truncation gives 3 blocks with 1 + 2 + 0 = 3 padding
 * tokens (25 %) and nothing dropped.
 */
import { assertInteger, describe as show } from '../core/validate';

function assertDocs(docs: unknown): asserts docs is number[][] {
  if (!Array.isArray(docs)) throw new TypeError(`docs must be an array of token-id arrays, got ${show(docs)}`);
  docs.forEach((d, i) => {
    if (!Array.isArray(d)) throw new TypeError(`docs[${i}] must be an array of token ids, got ${show(d)}`);
    d.forEach((t, j) => assertInteger(`docs[${i}][${j}]`, t, 0));
  });
}

export function packSequences(docs: readonly (readonly number[])[], seqLen: number, eosId: number): number[][] {
  assertDocs(docs);
  assertInteger('seqLen', seqLen, 1);
  assertInteger('eosId', eosId, 0);
  const stream: number[] = [];
  for (const d of docs) {
    for (const t of d) stream.push(t);
    stream.push(eosId);
  }
  const blocks: number[][] = [];
  for (let start = 0; start + seqLen <= stream.length; start += seqLen)
    blocks.push(stream.slice(start, start + seqLen));
  return blocks;
}

export function truncateSequences(docs: readonly (readonly number[])[], seqLen: number, padId: number): number[][] {
  assertDocs(docs);
  assertInteger('seqLen', seqLen, 1);
  assertInteger('padId', padId, 0);
  return docs.map((d) => {
    const block = d.slice(0, seqLen);
    while (block.length < seqLen) block.push(padId);
    return block;
  });
}

export interface PackingStats {
  blocks: number;
  /** Document tokens that land in some block. */
  realTokens: number;
  /** EOS separators inside blocks (packing only). */
  eosTokens: number;
  paddingTokens: number;
  /** Document tokens that land in no block. */
  droppedTokens: number;
  paddingPercent: number;
  droppedPercent: number;
}

export function packingStats(
  docs: readonly (readonly number[])[],
  seqLen: number,
  mode: 'pack' | 'truncate',
): PackingStats {
  assertDocs(docs);
  assertInteger('seqLen', seqLen, 1);
  const docTokens = docs.reduce((a, d) => a + d.length, 0);
  let blocks: number;
  let realTokens = 0;
  let eosTokens = 0;
  let paddingTokens = 0;
  if (mode === 'pack') {
    const streamLen = docTokens + docs.length;
    blocks = Math.floor(streamLen / seqLen);
    let budget = blocks * seqLen; // stream positions that fit in blocks
    for (const d of docs) {
      const kept = Math.min(d.length, budget);
      realTokens += kept;
      budget -= kept;
      if (budget > 0) {
        eosTokens++;
        budget--;
      }
    }
  } else if (mode === 'truncate') {
    blocks = docs.length;
    for (const d of docs) {
      realTokens += Math.min(d.length, seqLen);
      paddingTokens += Math.max(0, seqLen - d.length);
    }
  } else {
    throw new RangeError(`mode must be 'pack' or 'truncate', got ${show(mode)}`);
  }
  const droppedTokens = docTokens - realTokens;
  return {
    blocks,
    realTokens,
    eosTokens,
    paddingTokens,
    droppedTokens,
    paddingPercent: blocks === 0 ? 0 : (100 * paddingTokens) / (blocks * seqLen),
    droppedPercent: docTokens === 0 ? 0 : (100 * droppedTokens) / docTokens,
  };
}
