/**
 * Parsing what a reader typed into a number field. Pure (no React), so it is unit
 * tested; the messages are turned into words by messages.ts in the reader's language.
 *
 * Accepts what people type: "0.5", ".5", "-3", "1e-4", "1,000" (thousands commas),
 * full-width digits and minus from a Chinese IME ("１２", "－1"), surrounding spaces.
 */

export type NumberProblem = 'empty' | 'notANumber' | 'notFinite' | 'notInteger' | 'belowMin' | 'aboveMax';

export interface NumberConstraints {
  min?: number;
  max?: number;
  integer?: boolean;
}

export type ParseResult = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B\uFF45\uFF25]/g;

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');
}

// A plain decimal number with optional exponent; no hex, no "Infinity", no trailing junk.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumber(text: string, constraints: NumberConstraints = {}): ParseResult {
  const cleaned = toHalfWidth(text)
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  if (!NUMBER.test(cleaned)) return { ok: false, problem: 'notANumber' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notFinite' };
  if (constraints.integer && !Number.isInteger(value)) return { ok: false, problem: 'notInteger' };
  if (constraints.min !== undefined && value < constraints.min) return { ok: false, problem: 'belowMin' };
  if (constraints.max !== undefined && value > constraints.max) return { ok: false, problem: 'aboveMax' };
  return { ok: true, value };
}

/** A list such as "1.2, -0.5, 3" (commas, spaces, semicolons or Chinese commas between). */
export type ListResult = { ok: true; values: number[] } | { ok: false; problem: NumberProblem; index: number };

export function parseNumberList(
  text: string,
  constraints: NumberConstraints & { minLength?: number } = {},
): ListResult {
  const parts = toHalfWidth(text)
    .split(/[,，;；\s]+/)
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.length < (constraints.minLength ?? 1))
    return { ok: false, problem: 'empty', index: 0 };
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const r = parseNumber(parts[i], constraints);
    if (!r.ok) return { ok: false, problem: r.problem, index: i };
    values.push(r.value);
  }
  return { ok: true, values };
}
