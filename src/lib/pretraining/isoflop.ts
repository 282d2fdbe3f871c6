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

/**
 * Points [N, isoFlopLoss(C, N)] for the isoFLOP chart: `points` model sizes evenly spaced on a
 * log axis from center/span to center·span (the widget centres on chinchillaOptimal(C).params).
 */
export function isoFlopCurve(flops: number, center: number, span = 30, points = 41): [number, number][] {
  assertPositive('center', center);
  if (!(span > 1) || !Number.isFinite(span)) throw new RangeError(`span must be a finite number > 1, got ${span}`);
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`points must be an integer ≥ 2, got ${points}`);
  return Array.from({ length: points }, (_, i) => {
    const n = center * Math.pow(span, (2 * i) / (points - 1) - 1);
    return [n, isoFlopLoss(flops, n)];
  });
}
