/**
 * Byte-level byte-pair encoding, as Karpathy's minbpe BasicTokenizer (itself the algorithm of
 * Sennrich et al. 2016 applied to UTF-8 bytes, as in GPT-2).
 * Train: start from the UTF-8 bytes (ids 0–255); at each step count adjacent pairs, take the most
 * frequent (ties: the pair that first occurs earliest in the current sequence, as Python's max
 * over an insertion-ordered dict), give it id 256 + i, replace its occurrences left to right
 * without overlap. Stops early when fewer than two ids remain (minbpe would raise there).
 * Encode: while some adjacent pair is a merge, merge the one with the lowest merge index everywhere.
 * Decode: concatenate each id's bytes and decode UTF-8 with U+FFFD for invalid sequences (Python's
 * errors='replace'), keeping a leading byte-order mark (TextDecoder with ignoreBOM).
 * Not handled: a lone UTF-16 surrogate is not Unicode; TextEncoder writes it as U+FFFD, so such a
 * string does not round-trip (Python's str.encode would raise instead).
 * Worked example (minbpe's): "aaabdaaabac" → merges (a,a)→256, (256,a)→257, (257,b)→258;
 * encode gives [258, 100, 258, 97, 99] ("aaab" d "aaab" a c): 11 bytes become 5 tokens.
 */
import { assertInteger, describe as show } from '../core/validate';

export type BpeMerge = [number, number];

export function utf8Bytes(text: string): number[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${show(text)}`);
  return Array.from(new TextEncoder().encode(text));
}

/** Pair counts in order of first occurrence (Map keeps insertion order). Key = a * 2^21 + b. */
export function pairCounts(ids: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < ids.length; i++) {
    const key = ids[i] * 2097152 + ids[i + 1];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Replaces every non-overlapping occurrence of (a, b), left to right, by `id`. */
export function mergePair(ids: readonly number[], a: number, b: number, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
      out.push(id);
      i++;
    } else out.push(ids[i]);
  }
  return out;
}

/** Runs training and reports each merge; bpeTrain and bpeTrainSteps share it. */
export function runBpe(
  text: string,
  numMerges: number,
  onMerge: (pair: BpeMerge, ids: number[], count: number) => void,
) {
  let ids = utf8Bytes(text);
  assertInteger('numMerges', numMerges, 0);
  for (let i = 0; i < numMerges && ids.length >= 2; i++) {
    let bestKey = -1;
    let bestCount = 0;
    for (const [key, c] of pairCounts(ids)) {
      if (c > bestCount) {
        bestKey = key;
        bestCount = c;
      }
    }
    const pair: BpeMerge = [Math.floor(bestKey / 2097152), bestKey % 2097152];
    ids = mergePair(ids, pair[0], pair[1], 256 + i);
    onMerge(pair, ids, bestCount);
  }
}

export function bpeTrain(text: string, numMerges: number): BpeMerge[] {
  const merges: BpeMerge[] = [];
  runBpe(text, numMerges, (pair) => merges.push(pair));
  return merges;
}

/** Checks a merge list and returns pair key → new id. */
function mergeTable(merges: readonly (readonly number[])[]): Map<number, number> {
  if (!Array.isArray(merges)) throw new TypeError(`merges must be an array of [id, id] pairs, got ${show(merges)}`);
  const table = new Map<number, number>();
  merges.forEach((m, i) => {
    if (!Array.isArray(m) || m.length !== 2) throw new TypeError(`merges[${i}] must be a pair [id, id]`);
    m.forEach((id, j) => {
      assertInteger(`merges[${i}][${j}]`, id, 0);
      if (id >= 256 + i) throw new RangeError(`merges[${i}][${j}] must be an id below ${256 + i}, got ${id}`);
    });
    const key = m[0] * 2097152 + m[1];
    if (table.has(key)) throw new RangeError(`merges[${i}] repeats the pair [${m[0]}, ${m[1]}]`);
    table.set(key, 256 + i);
  });
  return table;
}

export function bpeEncode(text: string, merges: readonly BpeMerge[]): number[] {
  const table = mergeTable(merges);
  let ids = utf8Bytes(text);
  while (ids.length >= 2) {
    let bestKey = -1;
    let bestId = Infinity;
    for (const key of pairCounts(ids).keys()) {
      const id = table.get(key);
      if (id !== undefined && id < bestId) {
        bestId = id;
        bestKey = key;
      }
    }
    if (bestKey < 0) break;
    ids = mergePair(ids, Math.floor(bestKey / 2097152), bestKey % 2097152, bestId);
  }
  return ids;
}

/** The bytes of every id: vocab[id] for id < 256 + merges.length. */
export function bpeVocab(merges: readonly BpeMerge[]): number[][] {
  mergeTable(merges);
  const vocab: number[][] = Array.from({ length: 256 }, (_, b) => [b]);
  merges.forEach(([a, b]) => vocab.push([...vocab[a], ...vocab[b]]));
  return vocab;
}

export function bpeDecode(ids: readonly number[], merges: readonly BpeMerge[]): string {
  const vocab = bpeVocab(merges);
  if (!Array.isArray(ids)) throw new TypeError(`ids must be an array of token ids, got ${show(ids)}`);
  const bytes: number[] = [];
  ids.forEach((id, i) => {
    assertInteger(`ids[${i}]`, id, 0);
    if (id >= vocab.length) {
      throw new RangeError(`ids[${i}] = ${id} is not in the vocabulary (ids 0–${vocab.length - 1})`);
    }
    for (const b of vocab[id]) bytes.push(b);
  });
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes));
}
