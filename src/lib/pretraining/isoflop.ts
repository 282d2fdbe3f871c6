/**
 * The loss along an isoFLOP line: for a fixed budget C, a model of N parameters can see
 * D = C / (6N) tokens, and the Chinchilla fit predicts L(N, C / (6N)) (Hoffmann et al. 2022,
 * arXiv:2203.15556, §3.2 and Figure 3 draw such "isoFLOP profiles"). The curve is U-shaped with
 * its minimum at chinchillaOptimal(C).
 * Example: C = 5.76e23, N = 70e9 → D = 1.371e12, L = 1.69 + 406.4/70e9^0.34 + 410.7/1.371e12^0.28 ≈ 1.939.
 */
import { assertPositive } from '../core/validate';
import { chinchillaLoss } from './scaling-laws';

export function isoFlopLoss(flops: number, params: number): number {
  assertPositive('flops', flops);
  assertPositive('params', params);
  return chinchillaLoss(params, flops / (6 * params));
}
