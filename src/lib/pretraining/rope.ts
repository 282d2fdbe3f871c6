/**
 * Rotary position embedding (RoPE, Su et al. 2021, arXiv:2104.09864), in the "rotate_half"
 * layout of Llama / Hugging Face Transformers (apply_rotary_pos_emb):
 *   inv_freq_i = base^(−2i/d), i < d/2;  θ = position · [inv_freq, inv_freq]  (duplicated to length d)
 *   rope(x) = x·cos θ + rotate_half(x)·sin θ,  rotate_half(x) = [−x[d/2:], x[:d/2]].
 * Dimension i and i + d/2 form one 2-D pair rotated by the angle position·inv_freq_i, so
 * ⟨rope(q, m), rope(k, n)⟩ depends on m − n only (the paper's eq. 16): ropeScore shows this, and
 * ropeScoresByDistance gives the score curve a widget plots against the relative distance.
 * (The original paper pairs adjacent dimensions (0,1), (2,3)…; the numbers differ, the property holds.)
 * Example: x = [1, 0], position 1, base 100 → d = 2, inv_freq = [1] → [cos 1, sin 1] = [0.5403, 0.8415].
 */
import { assertFinite, assertFiniteArray, assertInteger, assertMatrix, assertPositive } from '../core/validate';

function rotate(x: readonly number[], pos: number, invFreq: readonly number[]): number[] {
  const half = invFreq.length;
  const out = new Array<number>(2 * half);
  for (let i = 0; i < half; i++) {
    const a = pos * invFreq[i];
    const c = Math.cos(a);
    const s = Math.sin(a);
    out[i] = x[i] * c - x[i + half] * s;
    out[i + half] = x[i + half] * c + x[i] * s;
  }
  return out;
}

function inverseFrequencies(d: number, base: number): number[] {
  assertPositive('base', base);
  if (d % 2 !== 0) throw new RangeError(`the head dimension must be even, got ${d}`);
  return Array.from({ length: d / 2 }, (_, i) => Math.pow(base, (-2 * i) / d));
}

export function applyRope(x: readonly (readonly number[])[], positions: readonly number[], base = 10000): number[][] {
  assertMatrix('x', x);
  assertFiniteArray('positions', positions);
  if (positions.length !== x.length) {
    throw new RangeError(`positions must have one entry per row of x (${x.length}), got ${positions.length}`);
  }
  const invFreq = inverseFrequencies(x[0].length, base);
  return x.map((row, t) => rotate(row, positions[t], invFreq)); // [T, d]
}

/** ⟨rope(q, qPos), rope(k, kPos)⟩: the attention score (before 1/√d) of one query and one key. */
export function ropeScore(
  q: readonly number[],
  k: readonly number[],
  qPos: number,
  kPos: number,
  base = 10000,
): number {
  assertFiniteArray('q', q, { nonEmpty: true });
  assertFiniteArray('k', k, { nonEmpty: true });
  if (k.length !== q.length) throw new RangeError(`k must have the length of q (${q.length}), got ${k.length}`);
  assertFinite('qPos', qPos);
  assertFinite('kPos', kPos);
  const invFreq = inverseFrequencies(q.length, base);
  const a = rotate(q, qPos, invFreq);
  const b = rotate(k, kPos, invFreq);
  return a.reduce((s, x, i) => s + x * b[i], 0);
}

/** Scores of q against k at relative distances 0…maxDistance (query at the distance, key at 0). */
export function ropeScoresByDistance(
  q: readonly number[],
  k: readonly number[],
  maxDistance: number,
  base = 10000,
): number[] {
  assertInteger('maxDistance', maxDistance, 0);
  return Array.from({ length: maxDistance + 1 }, (_, dist) => ropeScore(q, k, dist, 0, base));
}
