/**
 * Gradient of the pairwise (Bradley–Terry) loss of one pair with respect to the two rewards
 * (InstructGPT, arXiv:2203.02155, eq. 1; Llama 2's margin, arXiv:2307.09288, eq. 2).
 *   ℓ = −logσ(Δ − m),  Δ = r_c − r_r
 *   ∂ℓ/∂r_c = −σ(−(Δ − m)) = −(1 − σ(Δ − m)),   ∂ℓ/∂r_r = +σ(−(Δ − m))
 * so gradient descent raises r_c and lowers r_r by the same amount, and the push fades as the
 * gap exceeds the margin. Computed with sigmoid (stable for large |Δ|): Δ − m = −1000 gives −1, 1.
 * Example: r_c = 1.5, r_r = 0.3, m = 0 → σ(−1.2) ≈ 0.2315 → ∂ℓ/∂r_c ≈ −0.2315, ∂ℓ/∂r_r ≈ 0.2315.
 */
import { sigmoid } from '../core';
import { assertFinite } from '../core/validate';
import { assertFiniteResult } from '../alignment/finite';

export function bradleyTerryGradient(
  chosen: number,
  rejected: number,
  margin = 0,
): { dChosen: number; dRejected: number } {
  assertFinite('chosen', chosen);
  assertFinite('rejected', rejected);
  assertFinite('margin', margin);
  const gap = chosen - rejected - margin;
  assertFiniteResult('r_chosen − r_rejected − margin', gap);
  const push = sigmoid(-gap);
  return { dChosen: -push, dRejected: push };
}
