/**
 * Log-space helpers shared by the distillation losses (internal: not exported from the barrel).
 * weightedLogRatio(p, a, b) = Σ_i p_i (a_i − b_i): with a = log p, b = log q it is KL(P‖Q)
 * (klFromLogProbs; torch.nn.functional.kl_div(b, a, log_target=True).sum()); with a = T·log p and
 * b = T·log q (scaledLogSoftmax) it is T·KL, which distillationLoss needs as T²·KL = T·(T·KL).
 * Conventions as core klDivergence: a term with p_i = 0 is 0 (where torch gives NaN for −∞ − −∞),
 * +Infinity where p_i > 0 and b_i = −∞, and rounding below 0 is clamped to 0 (KL is never negative).
 * scaledLogSoftmax(l, T) = T·logSoftmax(l, T) = (l_i − max) − T·log Σ_j exp((l_j − max)/T): finite for
 * finite logits at any T > 0, where logSoftmax itself overflows to −∞ once (l_i − max)/T < −1.8e308.
 * logAddExp(a, b) = log(e^a + e^b) = max + log1p(e^{min − max}); logAddExp(−∞, −∞) = −∞.
 * Example: klFromLogProbs([log ¾, log ¼], [log ½, log ½]) = ¾ log 1.5 + ¼ log 0.5 ≈ 0.1308.
 */

export function weightedLogRatio(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (b[i] === -Infinity) return Infinity;
    sum += p[i] * (a[i] - b[i]);
  }
  return Math.max(0, sum);
}

export function klFromLogProbs(logP: readonly number[], logQ: readonly number[]): number {
  return weightedLogRatio(logP.map(Math.exp), logP, logQ);
}

/** T·logSoftmax(l, T) for logits already checked (finite or −∞, at least one finite); T > 0.  [V] */
export function scaledLogSoftmax(logits: readonly number[], T: number): number[] {
  let max = -Infinity;
  for (const l of logits) if (l > max) max = l;
  let sum = 0;
  for (const l of logits) sum += Math.exp((l - max) / T);
  const shift = T * Math.log(sum); // in [0, T·log V]
  return logits.map((l) => l - max - shift);
}

export function logAddExp(a: number, b: number): number {
  const hi = Math.max(a, b);
  if (hi === -Infinity) return -Infinity;
  return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
}
