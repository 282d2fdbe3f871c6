/**
 * Low-rank adaptation of one weight matrix (LoRA, Hu et al. 2021, arXiv:2106.09685, eq. 3;
 * PEFT's LoraLayer). The frozen W [dOut, dIn] gets an update ΔW = scale · B·A with
 *   A = lora_A.weight  [r, dIn]   (random init)
 *   B = lora_B.weight  [dOut, r]  (zero init, so ΔW = 0 at the start)
 *   scale = alpha / r            (the paper), or alpha / √r with rsLoRA
 *                                (Kalajdzievski 2023, arXiv:2312.03732: keeps the update's
 *                                scale stable as r grows)
 * Trainable parameters of one adapted matrix: r·dIn + dOut·r = r·(dIn + dOut).
 * Example: dIn = dOut = 4096, r = 8 → 65 536 parameters instead of 16 777 216 (0.39 %).
 */
import { assertInteger, assertMatrix, assertPositive, describe } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';

export function loraParamCount(dIn: number, dOut: number, rank: number): number {
  assertInteger('dIn', dIn, 1);
  assertInteger('dOut', dOut, 1);
  assertInteger('rank', rank, 1);
  const count = rank * (dIn + dOut);
  assertFiniteResult('parameter count', count);
  return count;
}

export function loraDelta(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  alpha: number,
  rsLora = false,
): number[][] {
  assertMatrix('a', a);
  assertMatrix('b', b);
  assertPositive('alpha', alpha);
  if (typeof rsLora !== 'boolean') throw new TypeError(`rsLora must be true or false, got ${describe(rsLora)}`);
  const r = a.length;
  if (b[0].length !== r) {
    throw new RangeError(`b must be dOut × r with r = ${r} (the rows of a), but b has ${b[0].length} columns`);
  }
  const scale = rsLora ? alpha / Math.sqrt(r) : alpha / r;
  const dIn = a[0].length;
  const delta = b.map((bRow) => {
    const out = new Array<number>(dIn).fill(0); // [dIn]
    for (let k = 0; k < r; k++) {
      const w = scale * bRow[k];
      for (let j = 0; j < dIn; j++) out[j] += w * a[k][j];
    }
    return out;
  }); // [dOut, dIn]
  delta.forEach((row, i) => assertFiniteResult(`delta[${i}]`, row));
  return delta;
}
