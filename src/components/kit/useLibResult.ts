/**
 * Runs a src/lib computation for the current inputs and keeps the last good result
 * when the inputs are bad: the widget shows the old numbers greyed out and the
 * library's message, instead of blanking or crashing (STYLE.md, "Bad input").
 *
 * `compute` returns undefined while an input of the widget's own is unparsable
 * (the field already shows why); a RangeError/TypeError from the library becomes
 * `error`. Any other exception is a bug and is rethrown to the frame's error boundary.
 */
import { useMemo, useRef } from 'react';
import { libErrorMessage } from './messages';

export interface LibResult<T> {
  /** The current result, or the last good one when `stale`. Undefined before any success. */
  value: T | undefined;
  /** The translated library message, when the current inputs were rejected. */
  error: string | null;
  /** True when `value` belongs to earlier inputs. */
  stale: boolean;
}

export function useLibResult<T>(compute: () => T | undefined, deps: readonly unknown[]): LibResult<T> {
  const lastGood = useRef<T | undefined>(undefined);
  return useMemo(() => {
    try {
      const value = compute();
      if (value === undefined) return { value: lastGood.current, error: null, stale: true };
      lastGood.current = value;
      return { value, error: null, stale: false };
    } catch (e) {
      if (e instanceof RangeError || e instanceof TypeError) {
        return { value: lastGood.current, error: libErrorMessage(e), stale: true };
      }
      throw e;
    }
    // The caller lists the inputs of `compute`, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
