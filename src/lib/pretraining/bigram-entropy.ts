/**
 * The character vocabulary of a corpus and its count-based bigram entropy.
 * charVocab: the distinct Unicode code points (Array.from), sorted by code point, so "学" is one
 * token and an emoji is not split into surrogate halves.
 * bigramEntropy: H(X_{t+1} | X_t) = −(1/N) Σ_t log( c(x_t, x_{t+1}) / c(x_t, ·) ) over the N = n − 1
 * adjacent pairs: the mean cross-entropy of the best possible bigram model on this very corpus
 * (the maximum-likelihood table), hence the floor that a model seeing one character of context
 * can reach on its training text.
 * Example: "abab" → pairs ab, ba, ab; every pair is certain given its first letter → H = 0.
 * "aab" → a→a once, a→b once, so H = −(log ½ + log ½)/2 = log 2.
 */

export function charVocab(corpus: string): string[] {
  if (typeof corpus !== 'string') throw new TypeError(`corpus must be a string, got ${typeof corpus}`);
  return [...new Set(Array.from(corpus))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

export function bigramEntropy(corpus: string): number {
  if (typeof corpus !== 'string') throw new TypeError(`corpus must be a string, got ${typeof corpus}`);
  const chars = Array.from(corpus);
  if (chars.length < 2) throw new RangeError(`corpus must have at least 2 characters, got ${chars.length}`);
  const pair = new Map<string, number>();
  const first = new Map<string, number>();
  for (let t = 0; t + 1 < chars.length; t++) {
    const key = chars[t] + '\u0000' + chars[t + 1];
    pair.set(key, (pair.get(key) ?? 0) + 1);
    first.set(chars[t], (first.get(chars[t]) ?? 0) + 1);
  }
  let h = 0;
  for (const [key, c] of pair) {
    const a = key.slice(0, key.indexOf('\u0000'));
    h -= c * Math.log(c / first.get(a)!);
  }
  return h / (chars.length - 1);
}
