/**
 * A rule-based verifier for the GRPO widget: "is the final answer equal to the target?",
 * the kind of accuracy reward DeepSeek-R1-Zero uses for maths (DeepSeek-AI 2025,
 * arXiv:2501.12948, §2.2.2: the final answer in a specified format, checked by rules).
 *   final answer = the content of the last \boxed{…} if there is one, else the last number
 *                  in the text (e.g. "答案是 42" → 42, "6 × 7 = 42" → 42)
 *   reward       = 1 if that number equals the target, else 0 (no number → 0).
 * Numbers: optional minus sign, digits, optional decimal part; full-width digits (４２) and
 * thousands separators between digits ("1,000") are normalised first. Comparison is
 * numeric, so "42.0" matches 42. This is deliberately tiny: real verifiers (e.g. math-verify)
 * also parse fractions, LaTeX and units.
 * Example: verifyFinalAnswers(["答案是 42", "答案是 41", "我不知道"], 42) → [1, 0, 0].
 */
import { assertFinite, describe } from '../core/validate';

const NUMBER = /-?\d+(?:\.\d+)?/g;

function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
}

/** The final answer of a response as a number, or null when it contains none. */
export function extractFinalAnswer(text: string): number | null {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  const t = normalise(text);
  const boxed = [...t.matchAll(/\\boxed\{([^{}]*)\}/g)];
  const scope = boxed.length > 0 ? boxed[boxed.length - 1][1] : t;
  const numbers = scope.match(NUMBER);
  if (!numbers) return null;
  const value = Number(numbers[numbers.length - 1]);
  return Number.isFinite(value) ? value : null;
}

/** 1 if the final answer equals target, else 0. */
export function finalAnswerReward(text: string, target: number): 0 | 1 {
  assertFinite('target', target);
  return extractFinalAnswer(text) === target ? 1 : 0;
}

/** The rule applied to each response of a group. */
export function verifyFinalAnswers(texts: readonly string[], target: number): (0 | 1)[] {
  if (!Array.isArray(texts)) throw new TypeError(`texts must be an array of strings, got ${describe(texts)}`);
  assertFinite('target', target);
  return texts.map((t) => finalAnswerReward(t, target));
}
