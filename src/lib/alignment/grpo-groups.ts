/**
 * Which GRPO groups carry a learning signal. A group whose G rewards are all equal has
 * advantages r − mean = 0 for every completion (under any scaling of ./grpo-advantages.ts), so
 * its policy-gradient term vanishes and only the KL term (if any) is left. DAPO's "dynamic
 * sampling" (Yu et al. 2025, arXiv:2503.14476, §3.2) over-samples and filters out groups whose
 * accuracy is exactly 0 or 1 until the batch is full of groups with a signal.
 *   groupHasSignal[g] = (max − min of group g's rewards) > 0
 * Layout and checks as grpoAdvantages: rewards group after group, groupSize ≥ 2 divides the batch.
 * Example: groupHasSignal([1, 0, 0, 1, 1, 1, 1, 1], 4) → [true, false].
 */
import { assertFiniteArray, assertInteger } from '../core/validate';

export function groupHasSignal(rewards: readonly number[], groupSize: number): boolean[] {
  assertFiniteArray('rewards', rewards, { nonEmpty: true });
  assertInteger('groupSize', groupSize, 2);
  if (rewards.length % groupSize !== 0) {
    throw new RangeError(`groupSize ${groupSize} must divide the number of rewards (${rewards.length})`);
  }
  const out: boolean[] = [];
  for (let g = 0; g < rewards.length; g += groupSize) {
    let lo = rewards[g];
    let hi = rewards[g];
    for (let i = g + 1; i < g + groupSize; i++) {
      lo = Math.min(lo, rewards[i]);
      hi = Math.max(hi, rewards[i]);
    }
    out.push(hi > lo);
  }
  return out;
}
