import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence, softmax } from '../core';
import { adamStep, createToyPolicy, optimalToyPolicy, toyMetrics } from './toy-policy';

describe('toy policy', () => {
  it('starts at the reference: E[R] = Σπ·R and KL 0; the KL-optimal policy is π_ref·e^(R/β) (worked by hand)', () => {
    const m = toyMetrics(createToyPolicy([0, 0]), [0, 1]);
    expect(m.expectedReward).toBe(0.5);
    expect(m.klToRef).toBe(0);
    const opt = optimalToyPolicy([0, 0], [0, 1], 1);
    expect(opt[0]).toBeCloseTo(1 / (1 + Math.E), 15);
    expect(opt[1]).toBeCloseTo(Math.E / (1 + Math.E), 15);
  });

  it("moves every logit by lr·sign(g) on Adam's first step", () => {
    const { z } = adamStep([0, 0, 0], [2, -0.001, 0], { m: [0, 0, 0], v: [0, 0, 0], t: 0 }, 0.1);
    expect(z[0]).toBeCloseTo(-0.1, 6);
    expect(z[1]).toBeCloseTo(0.1, 4);
    expect(z[2]).toBe(0);
  });

  it('copies its input and rejects fewer than 2 answers or non-finite logits', () => {
    const logits = [1, 2];
    const s = createToyPolicy(logits);
    s.logits[0] = 5;
    expect(logits).toEqual([1, 2]);
    expect(() => createToyPolicy([1])).toThrow('logits must list at least 2 answers, got 1');
    expect(() => createToyPolicy([1, NaN])).toThrow(RangeError);
  });

  it('optimalToyPolicy beats every other policy on E[R] − β·KL(π‖π_ref)', () => {
    const vec = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(vec, vec, vec, fc.double({ min: 0.05, max: 5, noNaN: true }), (ref, rewards, other, beta) => {
        const objective = (p: number[]) =>
          p.reduce((s, x, a) => s + x * rewards[a], 0) - beta * klDivergence(p, softmax(ref));
        expect(objective(optimalToyPolicy(ref, rewards, beta))).toBeGreaterThanOrEqual(
          objective(softmax(other)) - 1e-12,
        );
      }),
      { numRuns: 200 },
    );
  });
});
