/**
 * "Dark knowledge" (Hinton, Vinyals & Dean 2015, arXiv:1503.02531, §1–2): what the teacher's wrong
 * classes say, and how the temperature T brings it out. For logits l, true class y and each T:
 *   p = softmax(l/T),  wrongMass = Σ_{k≠y} p_k,  w = argmax_{k≠y} l_k,
 *   ratio = p_w / p_y = exp((l_w − l_y)/T)   (→ 1 as T → ∞, → 0 as T → 0 when l_y is the largest)
 * The ranking of the wrong classes (by logit, ties: lower index first) is the same at every T, because
 * dividing by T > 0 keeps the order: T changes how much of the ranking the student can see, not the ranking.
 * softmax and entropy already give the softened distribution; this adds the teacher's view of its errors.
 * Numerics: logRatio = (l_w − l_y)/T is read straight off the logits (finite unless the division itself
 * overflows at a tiny T; −Infinity when every wrong class is masked); ratio = e^logRatio overflows to
 * Infinity when logRatio > 709.78, which is why both are returned. The true class must not be masked
 * (−Infinity) and there must be a second class. A masked wrong class has probability 0 and is ranked last.
 * Example: l = [5, 2, 0], y = 0. T = 1: p ≈ [0.9465, 0.0471, 0.0064], ratio = e^−3 ≈ 0.0498;
 *   T = 3: ratio = e^−1 ≈ 0.368, wrongMass ≈ 0.358. Ranking of wrong classes: [1, 2].
 */
import { entropy, softmax } from '../core';
import { assertFiniteArray, assertInteger, assertLogitArray, assertPositive } from '../core/validate';

export interface DarkKnowledgePoint {
  temperature: number;
  /** softmax(l / T).  [V] */
  probs: number[];
  correctProb: number;
  topWrongProb: number;
  /** log(p_w / p_y) = (l_w − l_y)/T. */
  logRatio: number;
  /** p_w / p_y; Infinity past e^709.78. */
  ratio: number;
  /** Σ_{k≠y} p_k, summed directly (not 1 − p_y, which loses every digit when p_y ≈ 1). */
  wrongMass: number;
  /** H(p) in nats. */
  entropy: number;
}

export interface DarkKnowledge {
  /** Wrong classes from most to least likely (the same at every temperature). */
  wrongRanking: number[];
  topWrongIndex: number;
  points: DarkKnowledgePoint[];
}

export function darkKnowledge(
  logits: readonly number[],
  target: number,
  temperatures: readonly number[],
): DarkKnowledge {
  assertLogitArray('logits', logits, { nonEmpty: true });
  if (logits.length < 2) throw new RangeError('logits must have at least 2 classes (a true one and a wrong one)');
  assertInteger('target', target, 0);
  if (target >= logits.length) {
    throw new RangeError(`target must be a class index below ${logits.length}, got ${target}`);
  }
  if (logits[target] === -Infinity) throw new RangeError(`logits[${target}] (the true class) must not be -Infinity`);
  assertFiniteArray('temperatures', temperatures, { nonEmpty: true });
  temperatures.forEach((T, i) => assertPositive(`temperatures[${i}]`, T));

  const wrongRanking = logits
    .map((_, k) => k)
    .filter((k) => k !== target)
    .sort((a, b) => logits[b] - logits[a] || a - b);
  const w = wrongRanking[0];
  const points = temperatures.map((T) => {
    const probs = softmax(logits, T);
    let wrongMass = 0;
    probs.forEach((p, k) => {
      if (k !== target) wrongMass += p;
    });
    const logRatio = logits[w] === -Infinity ? -Infinity : (logits[w] - logits[target]) / T;
    return {
      temperature: T,
      probs,
      correctProb: probs[target],
      topWrongProb: probs[w],
      logRatio,
      ratio: Math.exp(logRatio),
      wrongMass,
      entropy: entropy(probs),
    };
  });
  return { wrongRanking, topWrongIndex: w, points };
}
