/**
 * ROUGE-L (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries", ACL Workshop
 * Text Summarization Branches Out, §3.1, eqs. 2–4): the longest common subsequence of a candidate X
 * (length n) and a reference Y (length m) — in order, not necessarily contiguous.
 *   R = LCS/m,  P = LCS/n,  F = (1 + β²)·R·P / (R + β²·P)
 * β: the paper sets β = P/R "when ∂F/∂R = ∂F/∂P" and, in DUC, β → ∞ so that only recall counts
 * (pass beta: Infinity for that, F = R). The default here is β = 1 (F1), as Google's rouge-score package
 * and most papers report; then F = 2·LCS/(m + n), symmetric in candidate and reference.
 * Returns the DP table (table[i][j] = LCS of the first i candidate and first j reference tokens,
 * [n + 1][m + 1]) and one LCS found by backtracking from the end — on a tie it steps back in the
 * candidate first — as index pairs and as masks, so a widget can highlight the matched tokens.
 * Empty candidate or reference: LCS 0 and R = P = F = 0 (rouge-score does the same).
 * Not handled: multiple references (take the maximum per reference), ROUGE-Lsum's summary-level union LCS,
 * stemming. Tables above 10⁷ cells throw (a sentence-level widget never needs one).
 * Example (Lin's own): reference "police killed the gunman"; "police kill the gunman" has LCS 3 ("police …
 *   the gunman"), F = 3/4; "the gunman kill police" has LCS 2 ("the gunman"), F = 2/4.
 */
import { assertPositive } from '../core/validate';
import { toTokens } from './tokenize';

export interface RougeLResult {
  candidateTokens: string[];
  referenceTokens: string[];
  lcs: number;
  recall: number;
  precision: number;
  f: number;
  beta: number;
  /** table[i][j] = LCS(candidate[:i], reference[:j]).  [n + 1][m + 1] */
  table: number[][];
  /** [candidate index, reference index] of each matched token, left to right.  [lcs][2] */
  pairs: [number, number][];
  candidateMatched: boolean[];
  referenceMatched: boolean[];
}

const MAX_CELLS = 1e7;

export function rougeL(
  candidate: string | readonly string[],
  reference: string | readonly string[],
  opts: { beta?: number } = {},
): RougeLResult {
  const x = toTokens('candidate', candidate);
  const y = toTokens('reference', reference);
  const beta = opts?.beta ?? 1;
  if (beta !== Infinity) assertPositive('beta', beta);
  const n = x.length;
  const m = y.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    throw new RangeError(`candidate and reference are too long for ROUGE-L here (${n} × ${m} tokens)`);
  }

  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0)); // [n+1, m+1]
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      table[i][j] = x[i - 1] === y[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (x[i - 1] === y[j - 1]) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (table[i - 1][j] >= table[i][j - 1]) i--;
    else j--;
  }
  pairs.reverse();
  const candidateMatched = new Array<boolean>(n).fill(false);
  const referenceMatched = new Array<boolean>(m).fill(false);
  for (const [i, j] of pairs) {
    candidateMatched[i] = true;
    referenceMatched[j] = true;
  }

  const lcs = table[n][m];
  const recall = m > 0 ? lcs / m : 0;
  const precision = n > 0 ? lcs / n : 0;
  let f = 0;
  if (lcs > 0)
    f = beta === Infinity ? recall : ((1 + beta * beta) * recall * precision) / (recall + beta * beta * precision);
  return {
    candidateTokens: x,
    referenceTokens: y,
    lcs,
    recall,
    precision,
    f,
    beta,
    table,
    pairs,
    candidateMatched,
    referenceMatched,
  };
}
