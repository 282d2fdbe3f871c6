import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { toyAlignmentStep, type ToyAlignmentConfig, type ToyMethod } from './toy-alignment';
import { adamStep, createToyPolicy, optimalToyPolicy, toyMetrics } from './toy-policy';

const REF = [1, 0.5, 0, 0.2];
const REWARDS = [0, 0.2, 1, 0.5];
const METHODS: ToyMethod[] = ['ppo', 'dpo', 'grpo'];

function run(method: ToyMethod, steps: number, cfg: Partial<ToyAlignmentConfig> = {}, seed = 1) {
  const state = createToyPolicy(REF);
  const rng = createRng(seed);
  let last = toyMetrics(state, REWARDS);
  for (let i = 0; i < steps; i++) last = toyAlignmentStep(state, method, { rewards: REWARDS, ...cfg }, rng);
  return { state, last };
}

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
});

describe('toyAlignmentStep', () => {
  it.each(METHODS)(
    '%s raises the expected reward above the reference policy’s in 60 steps, with a finite KL',
    (method) => {
      const start = toyMetrics(createToyPolicy(REF), REWARDS).expectedReward;
      const { state, last } = run(method, 60);
      expect(last.expectedReward).toBeGreaterThan(start + 0.1);
      expect(Number.isFinite(last.klToRef)).toBe(true);
      expect(last.klToRef).toBeGreaterThan(0);
      expect(state.step).toBe(60);
      expect(state.refLogits).toEqual(REF);
    },
  );

  it.each(METHODS)('%s ends closer to the reference with a higher β (β = 1 vs β = 0.1, 150 steps)', (method) => {
    const weak = run(method, 150, { beta: 0.1 }).last.klToRef;
    const strong = run(method, 150, { beta: 1 }).last.klToRef;
    expect(strong).toBeLessThan(weak);
  });

  it('PPO and DPO approach the KL-regularised optimum π_ref·e^(R/β) (β = 1)', () => {
    const opt = optimalToyPolicy(REF, REWARDS, 1);
    for (const method of ['ppo', 'dpo'] as ToyMethod[]) {
      const { probs } = run(method, 300, { beta: 1 }).last;
      probs.forEach((p, a) => expect(Math.abs(p - opt[a])).toBeLessThan(0.1));
    }
  });

  it('is deterministic for a seed and leaves the config untouched', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), fc.integer({ min: 0, max: 1e6 }), (method, seed) => {
        const cfg = { rewards: [...REWARDS], beta: 0.2 };
        const a = run(method, 3, cfg, seed);
        const b = run(method, 3, cfg, seed);
        expect(a.state.logits).toEqual(b.state.logits);
        expect(a.last).toEqual(b.last);
        expect(cfg.rewards).toEqual(REWARDS);
        a.last.probs.forEach((p) => expect(Number.isFinite(p)).toBe(true));
      }),
      { numRuns: 200 },
    );
  });

  it('GRPO without a KL term does not move when every answer earns the same reward', () => {
    const state = createToyPolicy(REF);
    const r = toyAlignmentStep(state, 'grpo', { rewards: [1, 1, 1, 1], beta: 0 }, createRng(2));
    expect(state.logits).toEqual(REF);
    expect(r.klToRef).toBe(0);
  });

  it("DPO with 'hard' labels keeps pushing: its KL exceeds the Bradley–Terry labels' at the same β", () => {
    const soft = run('dpo', 150, { beta: 1 }).last.klToRef;
    const hard = run('dpo', 150, { beta: 1, dpoLabels: 'hard' }).last.klToRef;
    expect(hard).toBeGreaterThan(soft);
  });

  it('rejects unknown methods, bad configs and a reward table of the wrong length, leaving the state untouched', () => {
    const state = createToyPolicy(REF);
    const rng = createRng(1);
    expect(() => toyAlignmentStep(state, 'sft' as ToyMethod, { rewards: REWARDS }, rng)).toThrow(
      'method must be one of ppo, dpo, grpo, got "sft"',
    );
    expect(() => toyAlignmentStep(state, 'ppo', { rewards: [1, 2] }, rng)).toThrow(
      'rewards has 2 entries but the policy has 4 answers',
    );
    expect(() => toyAlignmentStep(state, 'dpo', { rewards: REWARDS, beta: 0 }, rng)).toThrow('beta must be > 0, got 0');
    expect(() => toyAlignmentStep(state, 'grpo', { rewards: REWARDS, groupSize: 1 }, rng)).toThrow(RangeError);
    expect(() => toyAlignmentStep(state, 'ppo', { rewards: REWARDS, lr: -1 }, rng)).toThrow(RangeError);
    expect(() => toyAlignmentStep(state, 'ppo', { rewards: REWARDS, lr: 1e308 }, rng)).toThrow(RangeError);
    expect(state.logits).toEqual(REF);
    expect(state.step).toBe(0);
  });
});
