import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { logSoftmax } from '../core';
import { grpoLoss } from './grpo-loss';
import { clippedSurrogateGradient, toyAlignmentStep, type ToyAlignmentConfig, type ToyMethod } from './toy-alignment';
import { createToyPolicy, optimalToyPolicy, toyMetrics } from './toy-policy';

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

describe('toyAlignmentStep', () => {
  it('reproduces the header example: 50 PPO steps take E[R] from 1/3 to ≈ 0.993 with KL ≈ 1.05', () => {
    const state = createToyPolicy([0, 0, 0]);
    const rng = createRng(1);
    let r = toyMetrics(state, [0, 0, 1]);
    for (let i = 0; i < 50; i++) r = toyAlignmentStep(state, 'ppo', { rewards: [0, 0, 1] }, rng);
    expect(r.expectedReward).toBeCloseTo(0.993, 3);
    expect(r.klToRef).toBeCloseTo(1.05, 2);
  });

  it('uses the analytic gradient of the clipped loss + β·k3, which matches finite differences', () => {
    const logits = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 });
    const sample = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.double({ min: -2, max: 2, noNaN: true }));
    fc.assert(
      fc.property(
        logits,
        logits,
        logits,
        fc.array(sample, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 0.3),
        (z, old, ref, rows, beta) => {
          const samples = rows.map(([a]) => a);
          const adv = rows.map(([, a]) => a);
          const oldLogp = logSoftmax(old);
          const refLogp = logSoftmax(ref);
          const loss = (zz: number[]) => {
            const lp = logSoftmax(zz);
            return grpoLoss(
              {
                logProbs: samples.map((a) => [lp[a]]),
                oldLogProbs: samples.map((a) => [oldLogp[a]]),
                refLogProbs: samples.map((a) => [refLogp[a]]),
                advantages: adv,
              },
              { beta, epsLow: 0.2, epsHigh: 0.2 },
            );
          };
          const g = clippedSurrogateGradient(z, samples, oldLogp, adv, 0.2, beta > 0 ? { beta, refLogp } : undefined);
          const h = 1e-6;
          z.forEach((_, j) => {
            const fd =
              (loss(z.map((x, k) => (k === j ? x + h : x))) - loss(z.map((x, k) => (k === j ? x - h : x)))) / (2 * h);
            expect(Math.abs(g[j] - fd)).toBeLessThan(1e-4 * (1 + Math.abs(fd)));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

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
