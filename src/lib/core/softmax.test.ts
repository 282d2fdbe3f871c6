import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, logSumExp, softmax } from './softmax';
import { referenceCasesFor } from '../data/test-utils';

const logit = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const logits = fc.array(logit, { minLength: 1, maxLength: 20 });
const temperature = fc.double({ min: 1e-2, max: 1e2, noNaN: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

function throwsOnlyRangeOrTypeError(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
    return undefined;
  }
}

describe('softmax', () => {
  it('softmax([0, log 3]) is [1/4, 3/4] (worked by hand: e^0 : e^log3 = 1 : 3)', () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
  });

  it('softmax(l, 2) equals softmax(l / 2)', () => {
    const a = softmax([2, 4, 6], 2);
    const b = softmax([1, 2, 3]);
    a.forEach((x, i) => expect(x).toBeCloseTo(b[i], 12));
  });

  it('softmax([1000, 1001]) is [0.2689, 0.7311], not NaN', () => {
    const p = softmax([1000, 1001]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(p[1]).toBeCloseTo(Math.E / (1 + Math.E), 12);
  });

  it('a tiny temperature does not overflow l/T into NaN', () => {
    expect(softmax([1e300, 0], 1e-10)).toEqual([1, 0]);
    expect(softmax([1, 1], 1e-300)).toEqual([0.5, 0.5]);
  });

  it('a -Infinity logit is a masked token with probability 0', () => {
    const p = softmax([0, -Infinity, 0]);
    expect(p).toEqual([0.5, 0, 0.5]);
    expect(logSoftmax([0, -Infinity])[1]).toBe(-Infinity);
  });

  it('handles a vocabulary of 300 000 logits (no Math.max spread)', () => {
    const l = Array.from({ length: 300_000 }, (_, i) => (i % 7) / 7);
    const p = softmax(l);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('rejects empty input, NaN, +Infinity, all -Infinity and a non-positive temperature', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([1, NaN])).toThrow(/logits\[1\] must be a finite number or -Infinity, got NaN/);
    expect(() => softmax([Infinity])).toThrow(RangeError);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/at least one finite/);
    expect(() => softmax([1, 2], 0)).toThrow('temperature must be > 0, got 0');
    expect(() => softmax([1, 2], -1)).toThrow(RangeError);
    expect(() => softmax('abc' as unknown as number[])).toThrow(TypeError);
  });

  it('does not mutate its argument', () => {
    const l = [3, 1, 2];
    softmax(l, 0.5);
    logSoftmax(l);
    expect(l).toEqual([3, 1, 2]);
  });

  it('softmax(z) sums to 1 and lies in [0, 1]', () => {
    fc.assert(
      fc.property(logits, temperature, (l, t) => {
        const p = softmax(l, t);
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        p.forEach((x) => expect(x >= 0 && x <= 1).toBe(true));
      }),
      { numRuns: 200 },
    );
  });

  it('softmax(z) ignores a constant shift', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (l, c) => {
          const a = softmax(l);
          const b = softmax(l.map((x) => x + c));
          a.forEach((x, i) => expect(Math.abs(x - b[i])).toBeLessThan(1e-9));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('logSoftmax is the log of softmax and logSumExp normalises it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }),
        temperature,
        (l, t) => {
          const lp = logSoftmax(l, t);
          const p = softmax(l, t);
          const lse = logSumExp(l, t);
          lp.forEach((x, i) => {
            expect(Math.abs(Math.exp(x) - p[i])).toBeLessThan(1e-9);
            expect(Math.abs(x - (l[i] / t - lse))).toBeLessThan(1e-6 * (1 + Math.abs(x)));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any finite input gives finite probabilities or a RangeError/TypeError, never NaN', () => {
    fc.assert(
      fc.property(fc.array(anyFinite, { maxLength: 10 }), anyFinite, (l, t) => {
        const p = throwsOnlyRangeOrTypeError(() => softmax(l, t)) as number[] | undefined;
        if (p) p.forEach((x) => expect(Number.isFinite(x)).toBe(true));
        const lp = throwsOnlyRangeOrTypeError(() => logSoftmax(l, t)) as number[] | undefined;
        // log-probabilities below −1.8e308 are not representable and round to −Infinity.
        if (lp) lp.forEach((x) => expect(Number.isNaN(x) || x === Infinity).toBe(false));
      }),
      { numRuns: 200 },
    );
  });

  it('moderate finite input gives finite log-probabilities', () => {
    fc.assert(
      fc.property(logits, temperature, (l, t) => {
        logSoftmax(l, t).forEach((x) => expect(Number.isFinite(x)).toBe(true));
        expect(Number.isFinite(logSumExp(l, t))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('softmax', softmax);
  referenceCasesFor('logSoftmax', logSoftmax);
});
