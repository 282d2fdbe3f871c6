/**
 * The "20 tokens per parameter" rule of thumb: split a compute budget C so that
 * D = r·N and 6·N·D = C, hence N = √(C / (6r)), D = r·N.
 * r = 20 is the ratio of Chinchilla itself (70B parameters, 1.4T tokens; Hoffmann et al. 2022,
 * arXiv:2203.15556) and what the paper's approaches 1 and 2 imply near Gopher's budget; the
 * closed-form optimum of the approach-3 fit (chinchillaOptimal) gives a larger ratio.
 * Example: C = 5.88e23, r = 20 → N = √(5.88e23 / 120) = 7.0e10, D = 1.4e12.
 */
import { assertPositive } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';

export function tokensPerParamSplit(flops: number, ratio = 20): { params: number; tokens: number } {
  assertPositive('flops', flops);
  assertPositive('ratio', ratio);
  const params = Math.sqrt(flops / (6 * ratio));
  return { params, tokens: ratio * params };
}

/**
 * The ratio D / N of a model's training tokens to its parameters (not in the contract; the
 * scaling calculator shows it for the Chinchilla-fit optimum). Example: 1.4e12 / 7e10 = 20.
 */
export function tokensPerParameter(params: number, tokens: number): number {
  assertPositive('params', params);
  assertPositive('tokens', tokens);
  const ratio = tokens / params;
  assertFiniteResult('tokens / params', ratio);
  return ratio;
}
