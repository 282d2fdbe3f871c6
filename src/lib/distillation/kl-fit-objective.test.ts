import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence } from '../core';
import { gaussianLogProbsOnGrid, klFitEvaluate, type KlFitObjective } from './kl-fit-objective';

const grid = Array.from({ length: 61 }, (_, i) => -6 + i * 0.2);
// A two-peaked teacher, normalised on the grid (log space).
const mix = grid.map((x) =>
  Math.log(0.4 * Math.exp(-0.5 * ((x + 2) / 0.7) ** 2) + 0.6 * Math.exp(-0.5 * ((x - 2.5) / 1.1) ** 2)),
);
const lse = Math.log(mix.reduce((a, v) => a + Math.exp(v), 0));
const teacherLogProbs = mix.map((v) => v - lse);
const teacher = teacherLogProbs.map(Math.exp);

const objectives: [KlFitObjective, number][] = [
  ['forward', 0.5],
  ['reverse', 0.5],
  ['jsd', 0.5],
  ['jsd', 0.1],
  ['jsd', 0.9],
];

describe('klFitEvaluate', () => {
  it('forward and reverse losses are KL(p‖q) and KL(q‖p) of the discretised Gaussian', () => {
    const q = gaussianLogProbsOnGrid(grid, 0.5, Math.log(1.5)).map(Math.exp);
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(klFitEvaluate(grid, teacherLogProbs, 0.5, Math.log(1.5), 'forward').loss).toBeCloseTo(
      klDivergence(teacher, q),
      10,
    );
    expect(klFitEvaluate(grid, teacherLogProbs, 0.5, Math.log(1.5), 'reverse').loss).toBeCloseTo(
      klDivergence(q, teacher),
      10,
    );
  });

  it('jsd with β = 0 and β = 1 is forward and reverse KL (TRL convention)', () => {
    const at = (o: KlFitObjective, b?: number) => klFitEvaluate(grid, teacherLogProbs, 1, 0, o, b);
    expect(at('jsd', 0)).toEqual(at('forward'));
    expect(at('jsd', 1)).toEqual(at('reverse'));
  });

  it.each(objectives)('the analytic gradient of %s (β = %f) matches central finite differences', (objective, beta) => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: Math.log(0.4), max: Math.log(4), noNaN: true }),
        (mu, s) => {
          const f = (m: number, ls: number) => klFitEvaluate(grid, teacherLogProbs, m, ls, objective, beta).loss;
          const h = 1e-5;
          const { gradMu, gradLogSigma } = klFitEvaluate(grid, teacherLogProbs, mu, s, objective, beta);
          const fdMu = (f(mu + h, s) - f(mu - h, s)) / (2 * h);
          const fdS = (f(mu, s + h) - f(mu, s - h)) / (2 * h);
          expect(Math.abs(gradMu - fdMu)).toBeLessThan(1e-6 * (1 + Math.abs(fdMu)));
          expect(Math.abs(gradLogSigma - fdS)).toBeLessThan(1e-6 * (1 + Math.abs(fdS)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is 0 with a zero gradient when the teacher is the student itself', () => {
    const same = gaussianLogProbsOnGrid(grid, 0.7, Math.log(1.3));
    for (const [objective, beta] of objectives) {
      const e = klFitEvaluate(grid, same, 0.7, Math.log(1.3), objective, beta);
      expect(e.loss).toBeCloseTo(0, 12);
      expect(e.gradMu).toBeCloseTo(0, 10);
      expect(e.gradLogSigma).toBeCloseTo(0, 10);
    }
  });
});
