/**
 * BPE training one merge at a time, for a widget that steps through the merges and plots the
 * token count falling. Runs exactly the loop of bpeTrain (shared code, same merges, same
 * tie-breaking); each step also reports how often the pair occurred, the token count after the
 * merge, and the bytes of the new token with a readable label.
 * Label: the UTF-8 text of the bytes when they decode cleanly (control characters and spaces
 * made visible: "\n", "␣"), else the bytes in hex ("\xe6\x9c") — a merge often joins two bytes
 * of one Chinese character, which is not text on its own.
 * Example: "aaabdaaabac", 3 → counts after each merge 9, 7, 5 (from 11 bytes); labels "aa", "aaa", "aaab".
 */
import { runBpe, type BpeMerge } from './bpe';

export interface BpeStep {
  pair: BpeMerge;
  newId: number;
  /** Occurrences of the pair just before the merge. */
  count: number;
  tokenCountAfter: number;
  bytes: number[];
  label: string;
}

export function tokenLabel(bytes: readonly number[]): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
    return Array.from(text, (ch) => {
      if (ch === ' ') return '␣';
      if (ch === '\n') return '\\n';
      if (ch === '\t') return '\\t';
      const cp = ch.codePointAt(0)!;
      return cp < 0x20 || cp === 0x7f ? `\\x${cp.toString(16).padStart(2, '0')}` : ch;
    }).join('');
  } catch {
    return bytes.map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
  }
}

export function bpeTrainSteps(text: string, numMerges: number): BpeStep[] {
  const vocab: number[][] = Array.from({ length: 256 }, (_, b) => [b]);
  const steps: BpeStep[] = [];
  runBpe(text, numMerges, (pair, ids, count) => {
    const bytes = [...vocab[pair[0]], ...vocab[pair[1]]];
    vocab.push(bytes);
    steps.push({ pair, newId: vocab.length - 1, count, tokenCountAfter: ids.length, bytes, label: tokenLabel(bytes) });
  });
  return steps;
}
