/**
 * Sentence-level BLEU (Papineni et al. 2002, "BLEU: a Method for Automatic Evaluation of Machine
 * Translation", ACL, doi:10.3115/1073083.1073135, §2), with every intermediate for a widget.
 *   clipped_n = Σ_g min(count_cand(g), max_ref count_ref(g))  over the candidate's n-grams g (§2.1)
 *   total_n = max(0, c − n + 1),  p_n = clipped_n / total_n
 *   BP = 1 if c > r else exp(1 − r/c)  (§2.2.2; BP = 0 when c = 0), r = the reference length closest to c
 *        (ties: the shorter, as sacrebleu and NLTK)
 *   BLEU = BP · exp((1/N) Σ_n log p_n),  N = maxOrder = 4, uniform weights
 * Smoothing (a sentence is short, so some p_n is often 0):
 *  - 'none' (default): no smoothing. Any p_n = 0 makes BLEU exactly 0, and so does a candidate shorter
 *    than N tokens (total_N = 0) — the paper's corpus-level formula applied to one sentence;
 *  - 'add1': p_n = (clipped_n + 1)/(total_n + 1) for n ≥ 2, p_1 unchanged (Lin & Och 2004, smoothing 2;
 *    sacrebleu 'add-k' with k = 1; NLTK SmoothingFunction.method2);
 *  - 'exp': sacrebleu's default for sentence_bleu: the k-th order with clipped_n = 0 gets
 *    p_n = 1/(2^k · total_n) (NIST mteval-v13a's smoothing). As in sacrebleu, once total_n = 0 the
 *    remaining orders stay 0, so BLEU is still 0 for a candidate shorter than N.
 * Deviations: sacrebleu reports 0–100, this 0–1; no "effective order"; tokens come from tokenize()
 * (English words/punctuation, Chinese characters) unless the caller passes token arrays.
 * Example: "the cat sat on the mat" vs "the cat is on the mat": p = 5/6, 3/5, 1/4, 0/3, BP = 1 → BLEU 0;
 *   'exp' → p_4 = 1/6, BLEU = (1/48)^¼ ≈ 0.3799; 'add1' → p = 5/6, 4/6, 2/5, 1/4, BLEU = (1/18)^¼ ≈ 0.4855.
 */
import { assertInteger } from '../core/validate';
import { toTokens } from './tokenize';

export type BleuSmoothing = 'none' | 'add1' | 'exp';

export interface BleuOptions {
  /** Largest n-gram order N, default 4. */
  maxOrder?: number;
  smoothing?: BleuSmoothing;
}

export interface BleuNgram {
  ngram: string[];
  /** Times it occurs in the candidate. */
  count: number;
  /** Most times it occurs in any one reference (the clip). */
  maxRefCount: number;
  /** min(count, maxRefCount). */
  clipped: number;
}

export interface BleuResult {
  candidateTokens: string[];
  referenceTokens: string[][];
  /** c and r. */
  candidateLength: number;
  referenceLength: number;
  /** Per order n = 1..N (index n − 1): candidate n-grams found in some reference, before clipping.  [N] */
  matches: number[];
  /** Matches after clipping.  [N] */
  clippedMatches: number[];
  /** Candidate n-grams, c − n + 1 (0 if negative).  [N] */
  totals: number[];
  /** clipped / total, 0 when total = 0 (no smoothing).  [N] */
  rawPrecisions: number[];
  /** The p_n used in the score, after smoothing.  [N] */
  precisions: number[];
  /** Each distinct candidate n-gram with its counts, in order of first occurrence.  [N][…] */
  ngrams: BleuNgram[][];
  brevityPenalty: number;
  /** (1/N) Σ log p_n; −Infinity when some p_n = 0. */
  logMeanPrecision: number;
  /** BLEU in [0, 1]. */
  score: number;
}

function countNgrams(tokens: readonly string[], n: number): Map<string, { ngram: string[]; count: number }> {
  const counts = new Map<string, { ngram: string[]; count: number }>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const ngram = tokens.slice(i, i + n);
    const key = ngram.join('\u0000');
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { ngram, count: 1 });
  }
  return counts;
}

export function sentenceBleu(
  candidate: string | readonly string[],
  references: readonly (string | readonly string[])[],
  opts: BleuOptions = {},
): BleuResult {
  const cand = toTokens('candidate', candidate);
  if (!Array.isArray(references)) throw new TypeError('references must be an array of texts or token arrays');
  if (references.length === 0) throw new RangeError('references must contain at least one reference');
  const refs = references.map((r, i) => toTokens(`references[${i}]`, r));
  const { maxOrder = 4, smoothing = 'none' } = opts ?? {};
  assertInteger('maxOrder', maxOrder, 1);
  if (smoothing !== 'none' && smoothing !== 'add1' && smoothing !== 'exp') {
    throw new RangeError(`smoothing must be 'none', 'add1' or 'exp', got ${String(smoothing)}`);
  }

  const c = cand.length;
  const r = refs
    .map((t) => t.length)
    .reduce((best, len) => {
      const d = Math.abs(len - c) - Math.abs(best - c);
      return d < 0 || (d === 0 && len < best) ? len : best;
    });
  const matches: number[] = [];
  const clippedMatches: number[] = [];
  const totals: number[] = [];
  const ngrams: BleuNgram[][] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const refCounts = refs.map((t) => countNgrams(t, n));
    const rows = [...countNgrams(cand, n).entries()].map(([key, { ngram, count }]) => {
      const maxRefCount = Math.max(0, ...refCounts.map((m) => m.get(key)?.count ?? 0));
      return { ngram, count, maxRefCount, clipped: Math.min(count, maxRefCount) };
    });
    ngrams.push(rows);
    matches.push(rows.reduce((a, g) => a + (g.maxRefCount > 0 ? g.count : 0), 0));
    clippedMatches.push(rows.reduce((a, g) => a + g.clipped, 0));
    totals.push(Math.max(0, c - n + 1));
  }

  const rawPrecisions = totals.map((t, i) => (t > 0 ? clippedMatches[i] / t : 0));
  let k = 1;
  let stopped = false;
  const precisions = totals.map((t, i) => {
    const m = clippedMatches[i];
    if (smoothing === 'add1' && i > 0) return (m + 1) / (t + 1);
    if (smoothing !== 'exp') return rawPrecisions[i];
    if (t === 0 || stopped) {
      stopped = true; // sacrebleu breaks out of its loop here: later orders keep precision 0
      return 0;
    }
    if (m > 0) return m / t;
    k *= 2;
    return 1 / (k * t);
  });
  const brevityPenalty = c === 0 ? 0 : c > r ? 1 : Math.exp(1 - r / c);
  const logMeanPrecision = precisions.reduce((a, p) => a + Math.log(p), 0) / maxOrder;
  const score = brevityPenalty === 0 ? 0 : brevityPenalty * Math.exp(logMeanPrecision);
  return {
    candidateTokens: cand,
    referenceTokens: refs,
    candidateLength: c,
    referenceLength: r,
    matches,
    clippedMatches,
    totals,
    rawPrecisions,
    precisions,
    ngrams,
    brevityPenalty,
    logMeanPrecision,
    score,
  };
}
