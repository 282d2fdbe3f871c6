import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKlFit, klFitLossAt, klFitSteps, type KlFitConfig } from './kl-fit';

// Two well-separated peaks at ±2.5 (σ = 0.8, equal weights) on 61 points of [−6, 6].
const cfg: KlFitConfig = {
  teacher: [
    { weight: 1, mu: -2.5, sigma: 0.8 },
    { weight: 1, mu: 2.5, sigma: 0.8 },
  ],
  init: { mu: 1.5, sigma: 0.8 },
};

function run(objective: 'forward' | 'reverse' | 'jsd', steps = 400, beta = 0.5) {
  const state = createKlFit(cfg);
  let chunk = klFitSteps(state, 0, { objective, beta, lr: 0.2 });
  for (let done = 0; done < steps; done += 50) chunk = klFitSteps(state, 50, { objective, beta, lr: 0.2 });
  return { state, chunk };
}

describe('createKlFit', () => {
  it('builds a normalised two-peaked teacher on the default grid of 61 points', () => {
    const s = createKlFit(cfg);
    expect(s.grid).toHaveLength(61);
    expect(s.grid[0]).toBe(-6);
    expect(s.grid[60]).toBeCloseTo(6, 12);
    expect(s.teacher.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Symmetric: the peaks at ±2.5 carry the same mass.
    expect(s.teacher[17]).toBeCloseTo(s.teacher[43], 12);
    expect(s.teacher[17]).toBeGreaterThan(20 * s.teacher[30]);
    expect([s.mu, Math.exp(s.logSigma), s.step, s.history]).toEqual([1.5, 0.8, 0, []]);
  });

  it('rejects bad configurations with plain messages', () => {
    expect(() => createKlFit({ ...cfg, teacher: [] })).toThrow(/non-empty/);
    expect(() => createKlFit({ ...cfg, teacher: [{ weight: 1, mu: 0, sigma: 0 }] })).toThrow(
      'teacher[0].sigma must be > 0, got 0',
    );
    expect(() => createKlFit({ ...cfg, init: { mu: NaN, sigma: 1 } })).toThrow(/init.mu/);
    expect(() => createKlFit({ ...cfg, grid: { min: 1, max: 1, points: 5 } })).toThrow(/grid.max/);
    expect(() => createKlFit({ ...cfg, grid: { min: 0, max: 1, points: 2.5 } })).toThrow(/grid.points/);
  });
});

describe('klFitSteps', () => {
  it('forward KL covers both modes: μ ends between the peaks with a wide σ', () => {
    const { chunk } = run('forward');
    expect(Math.abs(chunk.mu)).toBeLessThan(0.05);
    expect(chunk.sigma).toBeGreaterThan(2.5);
  });

  it('reverse KL from μ nearer the right peak seeks that mode: μ ≈ 2.5 with a narrow σ', () => {
    const { chunk } = run('reverse');
    expect(chunk.mu).toBeCloseTo(2.5, 1);
    expect(chunk.sigma).toBeLessThan(1);
    expect(chunk.loss).toBeCloseTo(Math.log(2), 2); // half the teacher ignored
  });

  it('the generalised JSD lands in between and its ends reproduce the KLs', () => {
    const mid = run('jsd', 400, 0.5).chunk;
    expect(Number.isFinite(mid.mu) && mid.sigma > 0).toBe(true);
    expect(run('jsd', 100, 0).chunk).toEqual(run('forward', 100).chunk);
    expect(run('jsd', 100, 1).chunk).toEqual(run('reverse', 100).chunk);
  });

  it('decreases the loss at every step (lr = 0.2) for every objective', () => {
    for (const objective of ['forward', 'reverse', 'jsd'] as const) {
      const { state, chunk } = run(objective);
      expect(state.history).toHaveLength(400);
      state.history.forEach((l, i) => {
        if (i > 0) expect(l).toBeLessThanOrEqual(state.history[i - 1] + 1e-12);
      });
      expect(chunk.loss).toBeLessThan(state.history[0]);
    }
  });

  it('is deterministic: the same configuration and chunks give identical results', () => {
    expect(run('reverse', 200)).toEqual(run('reverse', 200));
    // Chunking does not matter: 4 × 50 steps = 1 × 200 steps.
    const one = createKlFit(cfg);
    const { losses, ...whole } = klFitSteps(one, 200, { objective: 'reverse', lr: 0.2 });
    const chunked = run('reverse', 200);
    expect({ ...chunked.chunk, losses: chunked.state.history }).toEqual({ ...whole, losses });
  });

  it('runs a chunk of 50 steps well under 50 ms', () => {
    const state = createKlFit(cfg);
    klFitSteps(state, 50, { objective: 'jsd', lr: 0.2 }); // warm up the JIT
    const t0 = performance.now();
    klFitSteps(state, 50, { objective: 'jsd', lr: 0.2 });
    expect(performance.now() - t0).toBeLessThan(25); // typically < 1 ms
  });

  it('updates only the state it was given, never the configuration', () => {
    const copy = structuredClone(cfg);
    const state = createKlFit(cfg);
    klFitSteps(state, 10, { objective: 'forward', lr: 0.2 });
    expect(cfg).toEqual(copy);
    expect(state.step).toBe(10);
  });

  it('keeps μ on the grid and σ ≥ half a grid step even with a huge learning rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('forward', 'reverse', 'jsd' as const),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (objective, lr, beta) => {
          const state = createKlFit(cfg);
          const c = klFitSteps(state, 20, { objective, lr, beta });
          expect(c.mu).toBeGreaterThanOrEqual(-6);
          expect(c.mu).toBeLessThanOrEqual(6);
          expect(c.sigma).toBeGreaterThanOrEqual(0.1 - 1e-12);
          expect(c.sigma).toBeLessThanOrEqual(12 + 1e-9);
          expect(c.losses.every(Number.isFinite) && Number.isFinite(c.loss)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects bad options', () => {
    const state = createKlFit(cfg);
    expect(() => klFitSteps(state, 1.5, { objective: 'forward', lr: 0.1 })).toThrow(/steps/);
    expect(() => klFitSteps(state, 1, { objective: 'forward', lr: 0 })).toThrow('lr must be > 0, got 0');
    expect(() => klFitSteps(state, 1, { objective: 'jsd', beta: 2, lr: 0.1 })).toThrow(/beta/);
    // @ts-expect-error an unknown objective
    expect(() => klFitSteps(state, 1, { objective: 'tv', lr: 0.1 })).toThrow(/objective/);
  });
});

describe('klFitLossAt', () => {
  it('evaluates any (μ, σ) without moving the fit', () => {
    const state = createKlFit(cfg);
    const at = klFitLossAt(state, { mu: 2.5, sigma: 0.8 }, { objective: 'reverse' });
    expect(at.loss).toBeCloseTo(Math.log(2), 2);
    expect(state.step).toBe(0);
    expect(() => klFitLossAt(state, { mu: 0, sigma: -1 }, { objective: 'reverse' })).toThrow(/sigma/);
  });
});
