/**
 * MinHash signatures (Broder 1997) and the LSH banding curve (Leskovec, Rajaraman & Ullman,
 * "Mining of Massive Datasets", ch. 3.4), as used for near-duplicate removal of web text.
 *
 * Hashing (ours, documented so results can be reproduced anywhere):
 *   h(x)    = FNV-1a (32-bit) over the UTF-16 code units of the shingle, then the murmur3
 *             finaliser fmix32 to spread the bits;
 *   s_i     = fmix32(seed + (i + 1)·0x9E3779B9)           one salt per permutation;
 *   π_i(x)  = fmix32(h(x) XOR s_i)                         a bijection of [0, 2³²);
 *   sig[i]  = min over shingles of π_i(x).
 * Only Math.imul, XOR and >>> are used, so Node and every browser give identical 32-bit results.
 * An empty set gets the signature [2³²−1, …], so two empty sets have similarity 1 like jaccard.
 * P(sig_a[i] = sig_b[i]) = J(A, B), so the fraction of equal positions estimates J with standard
 * error √(J(1−J)/numPerm) (≈ 0.03 at J = 0.5, numPerm = 256).
 *
 * LSH: cut a signature into b bands of r rows; two documents become candidates when some band
 * matches entirely: P = 1 − (1 − s^r)^b, an S-curve with threshold ≈ (1/b)^(1/r).
 * Example: s = 0.5, b = 20, r = 5 → 1 − (1 − 1/32)^20 ≈ 0.470.
 * lshThreshold(b, r) = (1/b)^(1/r), where the S-curve is steepest (approximately; MMDS §3.4.2).
 * Example: FineWeb's 14 bands of 8 rows → (1/14)^(1/8) ≈ 0.719.
 */
import { assertFiniteArray, assertInRange, assertInteger, assertSameLength } from '../core/validate';

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h >>> 0);
}

export function minhashSignature(shingles: Iterable<string>, numPerm: number, seed = 1): number[] {
  if (shingles == null || typeof (shingles as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError('shingles must be an iterable of strings (e.g. a Set from charShingles)');
  }
  assertInteger('numPerm', numPerm, 1);
  assertInteger('seed', seed, Number.MIN_SAFE_INTEGER);
  const salts = Array.from({ length: numPerm }, (_, i) => fmix32((seed + Math.imul(i + 1, 0x9e3779b9)) | 0));
  const sig = new Array<number>(numPerm).fill(0xffffffff);
  for (const s of shingles) {
    if (typeof s !== 'string') throw new TypeError(`every shingle must be a string, got ${typeof s}`);
    const h = fnv1a(s);
    for (let i = 0; i < numPerm; i++) {
      const v = fmix32(h ^ salts[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  assertFiniteArray('a', a, { nonEmpty: true });
  assertFiniteArray('b', b, { nonEmpty: true });
  assertSameLength(['a', 'b'], [a as number[], b as number[]]);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function lshCandidateProbability(s: number, bands: number, rows: number): number {
  assertInRange('s', s, 0, 1);
  assertInteger('bands', bands, 1);
  assertInteger('rows', rows, 1);
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

export function lshThreshold(bands: number, rows: number): number {
  assertInteger('bands', bands, 1);
  assertInteger('rows', rows, 1);
  return Math.pow(1 / bands, 1 / rows);
}
