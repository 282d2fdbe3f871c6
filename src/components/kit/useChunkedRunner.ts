/**
 * Runs a long computation (e.g. training a tiny model) in slices of ~10 ms between
 * which the browser can paint and handle input, with progress and a stop button.
 * Each slice calls `step(i)` for consecutive i until its time budget is used, then
 * `onSlice()` so the widget can publish intermediate results (loss curve) to React.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface RunnerState {
  running: boolean;
  /** Steps done in the current or last run. */
  done: number;
  total: number;
  /** The last run ended because the reader pressed stop. */
  stopped: boolean;
  /** A RangeError/TypeError message thrown by a step, if any. */
  error: string | null;
}

export interface ChunkedRunner extends RunnerState {
  start: (total: number, step: (i: number) => void, onSlice?: () => void) => void;
  stop: () => void;
}

const SLICE_MS = 10;

export function useChunkedRunner(): ChunkedRunner {
  const [state, setState] = useState<RunnerState>({ running: false, done: 0, total: 0, stopped: false, error: null });
  const token = useRef(0);

  // Unmounting (or a reset that remounts) cancels a run in progress.
  useEffect(() => () => void (token.current += 1), []);

  const stop = useCallback(() => {
    token.current += 1;
    setState((s) => (s.running ? { ...s, running: false, stopped: true } : s));
  }, []);

  const start = useCallback((total: number, step: (i: number) => void, onSlice?: () => void) => {
    const mine = ++token.current;
    let i = 0;
    setState({ running: true, done: 0, total, stopped: false, error: null });
    const slice = () => {
      if (token.current !== mine) return;
      const t0 = performance.now();
      try {
        while (i < total && performance.now() - t0 < SLICE_MS) step(i++);
      } catch (e) {
        if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
        token.current += 1;
        onSlice?.();
        setState({ running: false, done: i, total, stopped: false, error: e.message });
        return;
      }
      onSlice?.();
      const finished = i >= total;
      setState({ running: !finished, done: i, total, stopped: false, error: null });
      if (!finished) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }, []);

  return { ...state, start, stop };
}
