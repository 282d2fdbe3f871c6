/**
 * A queue that runs a function on each queued string when the browser is idle, a
 * few milliseconds at a time (used by ./idle-prefetch.ts). Without an idle period
 * it still runs, a few items per forced turn, after a timeout.
 */
/** Leave this much of an idle period unused, in ms. */
export const IDLE_MARGIN_MS = 4;
/** Without an idle period, run anyway after this long (ms), a few at a time. */
const IDLE_TIMEOUT_MS = 4000;
export const PER_FORCED_RUN = 3;

export type IdleCallback = (deadline: { timeRemaining: () => number; didTimeout: boolean }) => void;

function requestIdle(callback: IdleCallback): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    window.setTimeout(() => callback({ timeRemaining: () => 8, didTimeout: false }), 200);
  }
}

/** Returns `push(item)`: queues the item (once while it waits) and returns true. */
export function idleQueue(work: (item: string) => unknown, idle: (callback: IdleCallback) => void = requestIdle) {
  const queue: string[] = [];
  const queued = new Set<string>();
  let scheduled = false;

  const run: IdleCallback = (deadline) => {
    scheduled = false;
    let done = 0;
    while (queue.length > 0) {
      if (deadline.didTimeout ? done >= PER_FORCED_RUN : deadline.timeRemaining() <= IDLE_MARGIN_MS) break;
      const path = queue.shift()!;
      queued.delete(path);
      work(path);
      done += 1;
    }
    if (queue.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    idle(run);
  };

  return (routePath: string): boolean => {
    if (!queued.has(routePath)) {
      queued.add(routePath);
      queue.push(routePath);
      schedule();
    }
    return true;
  };
}
