/**
 * The idle queue behind link prefetching (src/client/idle-queue.ts): work waits for
 * an idle period, stops when the period runs out, resumes in the next one, runs a
 * few items per turn when the browser is never idle, and runs each queued item once.
 */
import { describe, expect, it } from 'vitest';
import { PER_FORCED_RUN, idleQueue, type IdleCallback } from '../../src/client/idle-queue';

/** A fake requestIdleCallback whose turns the test runs by hand. */
function fakeIdle() {
  const pending: IdleCallback[] = [];
  return {
    idle: (cb: IdleCallback) => void pending.push(cb),
    pending,
    /** Runs the next turn with `ms` of idle time, each item using `cost` ms. */
    turn(ms: number, cost: number, didTimeout = false, clock = { used: 0 }) {
      const cb = pending.shift();
      if (!cb) throw new Error('no turn scheduled');
      cb({ timeRemaining: () => Math.max(0, ms - clock.used), didTimeout });
      return clock;
    },
  };
}

describe('idleQueue', () => {
  it('does nothing until the browser is idle', () => {
    const done: string[] = [];
    const fake = fakeIdle();
    const push = idleQueue((p) => done.push(p), fake.idle);
    expect(push('/a')).toBe(true);
    push('/b');
    expect(done).toEqual([]);
    expect(fake.pending).toHaveLength(1); // one turn for the whole queue
    fake.turn(50, 0);
    expect(done).toEqual(['/a', '/b']);
    expect(fake.pending).toHaveLength(0);
  });

  it('stops when the idle period runs out and goes on in the next one', () => {
    const done: string[] = [];
    const fake = fakeIdle();
    const clock = { used: 0 };
    // Each item takes 10 ms of the idle period.
    const push = idleQueue((p) => {
      done.push(p);
      clock.used += 10;
    }, fake.idle);
    for (const p of ['/1', '/2', '/3', '/4', '/5']) push(p);
    fake.turn(30, 10, false, clock);
    // 30 ms: after two items 10 ms remain (more than the margin), after three none.
    expect(done).toEqual(['/1', '/2', '/3']);
    expect(fake.pending).toHaveLength(1);
    clock.used = 0;
    fake.turn(50, 10, false, clock);
    expect(done).toEqual(['/1', '/2', '/3', '/4', '/5']);
  });

  it('runs a few items per turn when the browser is never idle', () => {
    const done: string[] = [];
    const fake = fakeIdle();
    const push = idleQueue((p) => done.push(p), fake.idle);
    for (let i = 0; i < 7; i++) push(`/${i}`);
    fake.turn(0, 0, true);
    expect(done).toHaveLength(PER_FORCED_RUN);
    fake.turn(0, 0, true);
    fake.turn(0, 0, true);
    expect(done).toEqual(['/0', '/1', '/2', '/3', '/4', '/5', '/6']);
    expect(fake.pending).toHaveLength(0);
  });

  it('queues an item once while it waits, and again after it ran', () => {
    const done: string[] = [];
    const fake = fakeIdle();
    const push = idleQueue((p) => done.push(p), fake.idle);
    push('/a');
    push('/a');
    fake.turn(50, 0);
    expect(done).toEqual(['/a']);
    push('/a');
    fake.turn(50, 0);
    expect(done).toEqual(['/a', '/a']);
  });
});
