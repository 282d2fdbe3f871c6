/**
 * State of one numeric input: the text the reader typed (kept as typed, even when
 * invalid), the parsed value when valid, and the translated problem otherwise.
 */
import { useCallback, useMemo, useState } from 'react';
import { parseNumber, parseNumberList, type NumberConstraints } from './parseNumber';
import { listProblemMessage, numberProblemMessage } from './messages';

export interface NumberFieldState {
  text: string;
  setText: (text: string) => void;
  /** The parsed number, or undefined while the text is invalid. */
  value: number | undefined;
  error: string | null;
  constraints: NumberConstraints;
  reset: () => void;
}

export function useNumberField(initial: number | string, constraints: NumberConstraints = {}): NumberFieldState {
  const [text, setText] = useState(String(initial));
  const { min, max, integer } = constraints;
  const parsed = useMemo(() => parseNumber(text, { min, max, integer }), [text, min, max, integer]);
  const reset = useCallback(() => setText(String(initial)), [initial]);
  return {
    text,
    setText,
    value: parsed.ok ? parsed.value : undefined,
    error: parsed.ok ? null : numberProblemMessage(parsed.problem, { min, max }),
    constraints: { min, max, integer },
    reset,
  };
}

export interface NumberListFieldState {
  text: string;
  setText: (text: string) => void;
  values: number[] | undefined;
  error: string | null;
  reset: () => void;
}

/** A comma-separated list of numbers, e.g. logits "2, 1, 0.1". */
export function useNumberListField(
  initial: readonly number[] | string,
  constraints: NumberConstraints & { minLength?: number } = {},
): NumberListFieldState {
  const initialText = typeof initial === 'string' ? initial : initial.join(', ');
  const [text, setText] = useState(initialText);
  const { min, max, integer, minLength } = constraints;
  const parsed = useMemo(
    () => parseNumberList(text, { min, max, integer, minLength }),
    [text, min, max, integer, minLength],
  );
  const reset = useCallback(() => setText(initialText), [initialText]);
  return {
    text,
    setText,
    values: parsed.ok ? parsed.values : undefined,
    error: parsed.ok ? null : listProblemMessage(parsed.problem, parsed.index, { min, max }),
    reset,
  };
}
