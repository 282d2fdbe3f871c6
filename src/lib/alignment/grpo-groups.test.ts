import { describe, expect, it } from 'vitest';
import { grpoAdvantages } from './grpo-advantages';
import { groupHasSignal } from './grpo-groups';

describe('groupHasSignal', () => {
  it('marks groups whose rewards all agree as carrying no signal', () => {
    expect(groupHasSignal([1, 0, 0, 1, 1, 1, 1, 1], 4)).toEqual([true, false]);
    expect(groupHasSignal([0, 0, 0.5, 0.5], 2)).toEqual([false, false]);
    expect(groupHasSignal([0.2, 0.3], 2)).toEqual([true]);
  });

  it('agrees with grpoAdvantages: a group without signal gets only zero advantages', () => {
    const rewards = [1, 0, 1, 0, 0, 0, 3, 2, 3];
    const signal = groupHasSignal(rewards, 3);
    for (const scale of ['group', 'batch', 'none'] as const) {
      const adv = grpoAdvantages(rewards, 3, { scale });
      signal.forEach((s, g) => {
        const zero = adv.slice(3 * g, 3 * g + 3).every((a) => a === 0);
        expect(zero).toBe(!s);
      });
    }
  });

  it('rejects a group size that does not divide the batch, or below 2', () => {
    expect(() => groupHasSignal([1, 0, 1], 2)).toThrow(RangeError);
    expect(() => groupHasSignal([1, 0], 1)).toThrow(RangeError);
    expect(() => groupHasSignal([], 2)).toThrow(RangeError);
  });
});
