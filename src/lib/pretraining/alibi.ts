/**
 * ALiBi head slopes (Press et al. 2022, arXiv:2108.12409, §3 and the reference code
 * `get_slopes` in ofirpress/attention_with_linear_biases). Each head h adds −m_h·(i − j) to the
 * score of query i on key j, so distant keys are penalised linearly, harder on heads with larger m.
 * For n a power of two: m_h = s^(h+1), s = 2^(−8/n), a geometric sequence from 2^(−8/n) to 2^−8.
 * Otherwise (the code's rule): take the slopes of the closest power of two p below n, then the
 * first n − p of the even-indexed slopes (every other one) of 2p heads.
 * Example: 8 heads → 1/2, 1/4, …, 1/256; 6 heads → slopes(4) = [1/4, 1/16, 1/64, 1/256] then
 * slopes(8)[0::2][:2] = [1/2, 1/8].
 */
import { assertInteger } from '../core/validate';

function powerOfTwoSlopes(n: number): number[] {
  const start = Math.pow(2, -8 / n);
  return Array.from({ length: n }, (_, i) => Math.pow(start, i + 1));
}

export function alibiSlopes(numHeads: number): number[] {
  assertInteger('numHeads', numHeads, 1);
  if (Number.isInteger(Math.log2(numHeads))) return powerOfTwoSlopes(numHeads);
  const p = 2 ** Math.floor(Math.log2(numHeads));
  const extra = alibiSlopes(2 * p)
    .filter((_, i) => i % 2 === 0)
    .slice(0, numHeads - p);
  return [...powerOfTwoSlopes(p), ...extra];
}
