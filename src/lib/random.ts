/**
 * A small seeded pseudo-random generator for everything stochastic in the math core
 * (sampling, MinHash seeds, toy training). Same seed → same sequence, in Node and in
 * the browser, because it uses only 32-bit integer arithmetic (Math.imul).
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain) — one 32-bit state, period 2^32,
 * passes gjrand/PractRand up to a few GB: plenty for teaching widgets, not for crypto.
 * The seed is first mixed with splitmix32 so that nearby seeds (1, 2, 3…) give
 * unrelated streams.
 *
 * Example: const rng = createRng(42); rng.next() → a float in [0, 1), the same on every machine.
 */
import { assertFinite } from './core/validate';

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal sample (Box–Muller). */
  normal(): number;
  /** Index drawn from a probability vector (need not be normalised, must be ≥ 0 with a positive sum). */
  categorical(weights: readonly number[]): number;
  /** The current internal state, to resume a stream later. */
  state(): number;
}

function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A generator seeded with any finite number (fractions are truncated toward zero). */
export function createRng(seed: number, rawState?: number): Rng {
  assertFinite('seed', seed);
  let s = rawState !== undefined ? rawState >>> 0 : splitmix32(Math.trunc(seed) | 0);
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
      return Math.floor(next() * n);
    },
    normal(): number {
      // Box–Muller; 1 - u keeps the log argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    categorical(weights: readonly number[]): number {
      let total = 0;
      for (const w of weights) {
        if (!Number.isFinite(w) || w < 0) throw new RangeError(`weights must be finite and ≥ 0, got ${w}`);
        total += w;
      }
      if (!(total > 0)) throw new RangeError('weights must have a positive sum');
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) return i;
      }
      // Rounding can leave u ≥ 0 after the loop: return the last index with positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
      return weights.length - 1;
    },
    state: () => s,
  };
}
