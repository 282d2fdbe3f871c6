/**
 * One head of causal (masked) scaled dot-product attention (Vaswani et al. 2017, eq. 1;
 * the GPT decoder mask): weights = softmax(q kᵀ / √d + M), output = weights · v, with
 * M_ij = −∞ for j > i, so position i only looks at positions ≤ i.
 * The row softmax subtracts its maximum (core/softmax), so large scores do not overflow.
 * Shapes: q [T, d], k [T, d], v [T, d_v] → weights [T, T] (lower triangular, rows sum to 1), output [T, d_v].
 * Example: at T = 1 the only weight is 1 and the output is v itself.
 */
import { softmax } from '../core/softmax';
import { assertMatrix } from '../core/validate';

export function causalAttention(
  q: readonly (readonly number[])[],
  k: readonly (readonly number[])[],
  v: readonly (readonly number[])[],
): { weights: number[][]; output: number[][] } {
  assertMatrix('q', q);
  assertMatrix('k', k);
  assertMatrix('v', v);
  const d = q[0].length;
  if (k[0].length !== d) throw new RangeError(`k must have as many columns as q (${d}), got ${k[0].length}`);
  if (k.length !== q.length) throw new RangeError(`k must have as many rows as q (${q.length}), got ${k.length}`);
  if (v.length !== k.length) throw new RangeError(`v must have as many rows as k (${k.length}), got ${v.length}`);
  const scale = 1 / Math.sqrt(d);
  const dv = v[0].length;
  const weights = q.map((qi, i) => {
    const scores = k.map((kj, j) => {
      if (j > i) return -Infinity;
      let s = 0;
      for (let c = 0; c < d; c++) s += qi[c] * kj[c];
      return s * scale;
    }); // [T]
    return softmax(scores);
  }); // [T, T]
  const output = weights.map((w) => {
    const o = new Array<number>(dv).fill(0);
    w.forEach((wij, j) => {
      if (wij !== 0) for (let c = 0; c < dv; c++) o[c] += wij * v[j][c];
    });
    return o;
  }); // [T, d_v]
  return { weights, output };
}
