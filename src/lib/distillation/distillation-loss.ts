/**
 * Knowledge-distillation loss of Hinton, Vinyals & Dean 2015 ("Distilling the Knowledge in a
 * Neural Network", arXiv:1503.02531, §2), per row i (one position) with temperature T and weight α:
 *   soft_i = KL(softmax(t_i/T) ‖ softmax(s_i/T))      the teacher's softened distribution vs the student's
 *   hard_i = CE(s_i, y_i) = −log softmax(s_i)_{y_i}   the ordinary loss on the true label, at T = 1
 *   L = α·T²·mean_i soft_i + (1 − α)·mean_i hard_i
 * The T² factor: the soft term's gradient scales as 1/T² (paper §2, end), so multiplying by T² keeps
 * the two terms on the same scale when T changes.
 * Numerics: both softened distributions stay in log space (logSoftmax), KL = Σ p_t (log p_t − log p_s),
 * so logits of magnitude 1e4 give finite terms. The T²-scaled term is computed as T·Σ p_t (T log p_t −
 * T log p_s), where T·log p = (l − max) − T·log Σ e^{(l − max)/T} is finite at any T: at a tiny T the
 * plain KL overflows (and T² underflows), and KL·T² would be ∞·0 = NaN; this form gives the finite limit. A −Infinity logit is a masked class (0·log 0 = 0; the KL
 * is +Infinity where the teacher has mass and the student none). A term whose weight is 0 (α = 0 or
 * α = 1) is left out of the total, so its Infinity cannot turn into 0·∞ = NaN.
 * Not handled: the ignore index −100; every label must be a class index in [0, V).
 * Example: s = [[0, 0]], t = [[log 3, 0]], y = [0], T = 1, α = 0.5:
 *   soft = KL([¾, ¼] ‖ [½, ½]) = ¾ log 1.5 + ¼ log ½ ≈ 0.1308, hard = log 2 ≈ 0.6931, L ≈ 0.4120.
 */
import { crossEntropy, logSoftmax, softmax } from '../core';
import { assertInRange, assertInteger, assertPositive } from '../core/validate';
import { assertLogitPair } from './check-logits';
import { klFromLogProbs, scaledLogSoftmax, weightedLogRatio } from './log-space';

export interface DistillationConfig {
  temperature: number;
  alpha: number;
}

/** Every term of the loss, per row and averaged over rows, for a widget that shows them all. */
export interface DistillationTerms {
  /** KL(softmax(t/T) ‖ softmax(s/T)) per row.  [N] */
  softKl: number[];
  /** softKl · T² per row (computed so that it stays finite where softKl overflows).  [N] */
  softKlScaled: number[];
  /** CE(s, y) at T = 1 per row.  [N] */
  hardCe: number[];
  /** α·T²·softKl + (1 − α)·hardCe per row.  [N] */
  total: number[];
  /** Means over rows; weightedSoft + weightedHard = total = distillationLoss(…). */
  mean: {
    softKl: number;
    softKlScaled: number;
    hardCe: number;
    weightedSoft: number;
    weightedHard: number;
    total: number;
  };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function distillationTerms(
  studentLogits: readonly (readonly number[])[],
  teacherLogits: readonly (readonly number[])[],
  labels: readonly number[],
  cfg: DistillationConfig,
): DistillationTerms {
  assertLogitPair(studentLogits, teacherLogits);
  if (!Array.isArray(labels)) throw new TypeError('labels must be an array of class indices');
  if (labels.length !== studentLogits.length) {
    throw new RangeError(
      `labels has length ${labels.length} but studentLogits has ${studentLogits.length} rows; they must match`,
    );
  }
  const classes = studentLogits[0].length;
  labels.forEach((y, i) => {
    assertInteger(`labels[${i}]`, y, 0);
    if (y >= classes) throw new RangeError(`labels[${i}] must be a class index below ${classes}, got ${y}`);
  });
  if (cfg === null || typeof cfg !== 'object') throw new TypeError('cfg must be an object {temperature, alpha}');
  const { temperature: T, alpha } = cfg;
  assertPositive('temperature', T);
  assertInRange('alpha', alpha, 0, 1);

  const softKl = studentLogits.map((s, i) => klFromLogProbs(logSoftmax(teacherLogits[i], T), logSoftmax(s, T)));
  const softKlScaled = studentLogits.map(
    (s, i) =>
      T * weightedLogRatio(softmax(teacherLogits[i], T), scaledLogSoftmax(teacherLogits[i], T), scaledLogSoftmax(s, T)),
  );
  const hardCe = studentLogits.map((s, i) => crossEntropy(s, labels[i]));
  const weightedSoftRow = softKlScaled.map((k) => (alpha > 0 ? alpha * k : 0));
  const weightedHardRow = hardCe.map((ce) => (alpha < 1 ? (1 - alpha) * ce : 0));
  const total = weightedSoftRow.map((w, i) => w + weightedHardRow[i]);
  return {
    softKl,
    softKlScaled,
    hardCe,
    total,
    mean: {
      softKl: mean(softKl),
      softKlScaled: mean(softKlScaled),
      hardCe: mean(hardCe),
      weightedSoft: mean(weightedSoftRow),
      weightedHard: mean(weightedHardRow),
      total: mean(total),
    },
  };
}

export function distillationLoss(
  studentLogits: readonly (readonly number[])[],
  teacherLogits: readonly (readonly number[])[],
  labels: readonly number[],
  cfg: DistillationConfig,
): number {
  return distillationTerms(studentLogits, teacherLogits, labels, cfg).mean.total;
}
