/**
 * Merging a LoRA adapter into its frozen weight (Hu et al. 2021, arXiv:2106.09685, §4.1;
 * PEFT's merge_and_unload): W' = W + ΔW with ΔW = scale · B·A from ./lora.ts
 * (scale = alpha/r, or alpha/√r with rsLoRA). After merging, inference runs one matrix of
 * the original shape: no extra layer and no extra latency. W is [dOut, dIn], A [r, dIn],
 * B [dOut, r]. LORA_DEMO is the small example the chapter works by hand.
 * Example (LORA_DEMO, alpha = 4, r = 2 → scale 2): ΔW[0] = 2 · 0.1 · [1, 0, 1, 0]
 *   = [0.2, 0, 0.2, 0], so W'[0] = [0.5, -0.2, 0.1, 0] + ΔW[0] = [0.7, -0.2, 0.3, 0].
 */
import { assertMatrix } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';
import { loraDelta } from './lora';

export function loraMerge(
  w: readonly (readonly number[])[],
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  alpha: number,
  rsLora = false,
): { delta: number[][]; merged: number[][]; scale: number } {
  assertMatrix('w', w);
  const delta = loraDelta(a, b, alpha, rsLora); // [dOut, dIn]
  if (w.length !== delta.length || w[0].length !== delta[0].length) {
    throw new RangeError(
      `w must be ${delta.length} × ${delta[0].length} (the rows of b × the columns of a), got ${w.length} × ${w[0].length}`,
    );
  }
  const merged = w.map((row, i) => row.map((x, j) => x + delta[i][j]));
  merged.forEach((row, i) => assertFiniteResult(`merged[${i}]`, row));
  const r = a.length;
  return { delta, merged, scale: rsLora ? alpha / Math.sqrt(r) : alpha / r };
}

/** A 4 × 4 weight with a rank-2 adapter: small enough to print. */
export const LORA_DEMO = Object.freeze({
  w: [
    [0.5, -0.2, 0.1, 0],
    [0.3, 0.8, 0, -0.1],
    [0, 0.1, 0.6, 0.2],
    [-0.4, 0, 0.2, 0.9],
  ],
  a: [
    [1, 0, 1, 0],
    [0, 1, 0, -1],
  ],
  b: [
    [0.1, 0],
    [0, 0.2],
    [0.05, 0.05],
    [0, -0.1],
  ],
  alpha: 4,
});
