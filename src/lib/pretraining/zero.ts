/**
 * Per-GPU memory of the model states under ZeRO data parallelism (Rajbhandari et al. 2020,
 * arXiv:1910.02054, §3 and Fig. 1). Mixed-precision Adam keeps, per parameter, 2 bytes of fp16
 * weights, 2 bytes of fp16 gradients and K = 12 bytes of optimizer state (fp32 master weights,
 * momentum and variance): 2Ψ + 2Ψ + 12Ψ = 16Ψ bytes without ZeRO.
 * Stage 1 (P_os) shards the optimizer states over N_d GPUs, stage 2 (P_os+g) also the gradients,
 * stage 3 (P_os+g+p) the weights too: 2Ψ + 2Ψ + 12Ψ/N_d, 2Ψ + 14Ψ/N_d, 16Ψ/N_d.
 * Not counted: activations, temporary buffers, fragmentation (the paper's "residual states").
 * Example (the paper's): Ψ = 7.5e9, N_d = 64 → 120, 31.4, 16.6 and 1.9 GB for stages 0–3.
 */
import { assertInteger, assertPositive, describe as show } from '../core/validate';

export interface ZeroConfig {
  params: number;
  zeroStage: 0 | 1 | 2 | 3;
  dataParallel: number;
}

export interface ModelStateBreakdown {
  params: number;
  gradients: number;
  optimizer: number;
  total: number;
}

export function modelStateBreakdown(cfg: ZeroConfig): ModelStateBreakdown {
  if (cfg === null || typeof cfg !== 'object')
    throw new TypeError(`cfg must be {params, zeroStage, dataParallel}, got ${show(cfg)}`);
  assertPositive('params', cfg.params);
  if (![0, 1, 2, 3].includes(cfg.zeroStage)) {
    throw new RangeError(`zeroStage must be 0, 1, 2 or 3, got ${show(cfg.zeroStage)}`);
  }
  assertInteger('dataParallel', cfg.dataParallel, 1);
  const psi = cfg.params;
  const nd = cfg.dataParallel;
  const stage = cfg.zeroStage;
  const params = stage >= 3 ? (2 * psi) / nd : 2 * psi;
  const gradients = stage >= 2 ? (2 * psi) / nd : 2 * psi;
  const optimizer = stage >= 1 ? (12 * psi) / nd : 12 * psi;
  return { params, gradients, optimizer, total: params + gradients + optimizer };
}

export function modelStateBytes(cfg: ZeroConfig): number {
  return modelStateBreakdown(cfg).total;
}
