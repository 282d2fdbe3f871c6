/**
 * Character shingles and Jaccard similarity, the exact measure MinHash estimates
 * (Broder 1997, "On the resemblance and containment of documents").
 * charShingles(t, n) = { t[i : i+n] } over Unicode code points (Array.from), so a Chinese
 * character or an emoji is one unit, never half a surrogate pair. A non-empty text shorter
 * than n gives one shingle, the whole text; "" gives the empty set.
 * J(A, B) = |A ∩ B| / |A ∪ B|; two empty sets count as identical (J = 1).
 * Example: charShingles("banana", 3) = {ban, ana, nan}; J({a,b,c}, {b,c,d}) = 2/4 = 0.5.
 * setOverlap (not in the contract) gives the two counts of that fraction, for the widget to show.
 */
import { assertInteger } from '../core/validate';

export function charShingles(text: string, n: number): Set<string> {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  assertInteger('n', n, 1);
  const cps = Array.from(text);
  const out = new Set<string>();
  if (cps.length === 0) return out;
  if (cps.length < n) return out.add(text);
  for (let i = 0; i + n <= cps.length; i++) out.add(cps.slice(i, i + n).join(''));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!(a instanceof Set)) throw new TypeError('a must be a Set');
  if (!(b instanceof Set)) throw new TypeError('b must be a Set');
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A ∩ B and |A ∪ B|: setOverlap({a,b,c}, {b,c,d}) = { shared: {b, c}, unionSize: 4 }. */
export function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: Set<string>; unionSize: number } {
  if (!(a instanceof Set)) throw new TypeError('a must be a Set');
  if (!(b instanceof Set)) throw new TypeError('b must be a Set');
  const shared = new Set([...a].filter((x) => b.has(x)));
  return { shared, unionSize: a.size + b.size - shared.size };
}
