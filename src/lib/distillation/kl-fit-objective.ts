/**
 * Loss and analytic gradient for fitting one discretised Gaussian (the student) to a teacher
 * distribution on a 1-D grid, under forward KL, reverse KL or the generalised JSD (the GKD family,
 * Agarwal et al. 2024, arXiv:2306.13649; reverse KL is MiniLLM's choice, Gu et al. 2023, arXiv:2306.08543).
 * Student on grid points x_i, parameters θ = (μ, s = log σ):
 *   z_i = −½((x_i − μ)/σ)²,  q = softmax(z)  (normalised on the grid; the 1/(σ√2π) factor cancels)
 *   ∂z_i/∂μ = (x_i − μ)/σ²,  ∂z_i/∂s = ((x_i − μ)/σ)²,  ∂log q_i/∂θ = ∂z_i/∂θ − E_q[∂z/∂θ]
 * With teacher p:
 *   forward  F = KL(p‖q):  ∇F = E_q[∂z] − E_p[∂z]
 *   reverse  R = KL(q‖p):  ∇R = Cov_q(∂z, log q − log p)        (Σ q ∇log q = 0 removes the other term)
 *   jsd      J = β KL(p‖m) + (1−β) KL(q‖m), m = βp + (1−β)q:  ∇J = (1−β)·Cov_q(∂z, log q − log m)
 *            (the β p/m and (1−β) q/m terms add up to Σ ∇q_i = 0); β = 0 and β = 1 are forward and
 *            reverse KL, as in generalizedJsd (TRL's convention).
 * Numerics: q and m live in log space (log-sum-exp), so a far tail is a large negative number, never log 0.
 * Internal to the folder (the barrel exports klFitLossAt, which checks its input).
 * Example: teacher = student (same μ, σ) → loss 0 and gradient (0, 0) for every objective.
 */
import { logSumExp } from '../core';
import { logAddExp } from './log-space';

export type KlFitObjective = 'forward' | 'reverse' | 'jsd';

export interface KlFitEvaluation {
  loss: number;
  gradMu: number;
  gradLogSigma: number;
  /** log q on the grid.  [n] */
  studentLogProbs: number[];
}

/** log q_i of the discretised Gaussian N(μ, e^{2s}) normalised on the grid.  [n] */
export function gaussianLogProbsOnGrid(grid: readonly number[], mu: number, logSigma: number): number[] {
  const invSigma = Math.exp(-logSigma);
  const z = grid.map((x) => -0.5 * ((x - mu) * invSigma) ** 2);
  const lse = logSumExp(z);
  return z.map((v) => v - lse);
}

/**
 * Loss and gradient w.r.t. (μ, log σ). Inputs are trusted (checked by createKlFit, klFitSteps, klFitLossAt):
 * teacherLogProbs finite and normalised, beta in [0, 1].
 */
export function klFitEvaluate(
  grid: readonly number[],
  teacherLogProbs: readonly number[],
  mu: number,
  logSigma: number,
  objective: KlFitObjective,
  beta = 0.5,
): KlFitEvaluation {
  const n = grid.length;
  const invVar = Math.exp(-2 * logSigma);
  const lq = gaussianLogProbsOnGrid(grid, mu, logSigma); // [n]
  const q = lq.map(Math.exp); // [n]
  const p = teacherLogProbs.map(Math.exp); // [n]
  const dMu = grid.map((x) => (x - mu) * invVar); // [n]
  const dS = grid.map((x) => (x - mu) ** 2 * invVar); // [n]
  let eqMu = 0;
  let eqS = 0;
  for (let i = 0; i < n; i++) {
    eqMu += q[i] * dMu[i];
    eqS += q[i] * dS[i];
  }
  let loss = 0;
  let gMu = 0;
  let gS = 0;
  const kind =
    objective === 'jsd' && beta === 0 ? 'forward' : objective === 'jsd' && beta === 1 ? 'reverse' : objective;
  if (kind === 'forward') {
    for (let i = 0; i < n; i++) {
      loss += p[i] * (teacherLogProbs[i] - lq[i]);
      gMu -= p[i] * dMu[i];
      gS -= p[i] * dS[i];
    }
    gMu += eqMu;
    gS += eqS;
  } else {
    // Cov_q(∂z, r) with r = log q − log p (reverse) or log q − log m (jsd).
    const lb = Math.log(beta);
    const l1b = Math.log1p(-beta);
    for (let i = 0; i < n; i++) {
      let r: number;
      if (kind === 'reverse') {
        r = lq[i] - teacherLogProbs[i];
        loss += q[i] * r;
      } else {
        const lm = logAddExp(lb + teacherLogProbs[i], l1b + lq[i]);
        r = lq[i] - lm;
        loss += beta * p[i] * (teacherLogProbs[i] - lm) + (1 - beta) * q[i] * r;
      }
      const scale = kind === 'reverse' ? q[i] * r : (1 - beta) * q[i] * r;
      gMu += scale * (dMu[i] - eqMu);
      gS += scale * (dS[i] - eqS);
    }
  }
  return { loss: Math.max(0, loss), gradMu: gMu, gradLogSigma: gS, studentLogProbs: lq };
}
