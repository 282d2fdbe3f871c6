import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, mismatches, type ReferenceCase } from '../../../tests/unit/reference-cases';
import { crossEntropy, klDivergence, softmax } from '../core';
import { distillationLoss, distillationTerms } from './distillation-loss';

const fixture = new URL('../../../tests/fixtures/math-core.json', import.meta.url);
const cases = (JSON.parse(readFileSync(fixture, 'utf8')).cases as ReferenceCase[]).filter(
  (c) => c.fn === 'distillationLoss',
);

const logit = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const batch = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), classes: fc.integer({ min: 2, max: 6 }) })
  .chain(({ rows, classes }) =>
    fc.record({
      student: fc.array(fc.array(logit, { minLength: classes, maxLength: classes }), {
        minLength: rows,
        maxLength: rows,
      }),
      teacher: fc.array(fc.array(logit, { minLength: classes, maxLength: classes }), {
        minLength: rows,
        maxLength: rows,
      }),
      labels: fc.array(fc.integer({ min: 0, max: classes - 1 }), { minLength: rows, maxLength: rows }),
    }),
  );
const temperature = fc.double({ min: 0.05, max: 20, noNaN: true });
const alpha = fc.double({ min: 0, max: 1, noNaN: true });

describe('distillationLoss', () => {
  it('matches a case worked by hand: KL([¾, ¼] ‖ [½, ½]) and CE = log 2, α = 0.5', () => {
    const kl = 0.75 * Math.log(1.5) + 0.25 * Math.log(0.5);
    const loss = distillationLoss([[0, 0]], [[Math.log(3), 0]], [0], { temperature: 1, alpha: 0.5 });
    expect(loss).toBeCloseTo(0.5 * kl + 0.5 * Math.log(2), 12);
    expect(loss).toBeCloseTo(0.41198, 5);
  });

  it('multiplies the soft term by T² (T = 2: softened logits, then ×4)', () => {
    const s = [[1, 0, -1]];
    const t = [[3, 1, 0]];
    const kl = klDivergence(softmax(t[0], 2), softmax(s[0], 2));
    expect(distillationLoss(s, t, [0], { temperature: 2, alpha: 1 })).toBeCloseTo(4 * kl, 12);
  });

  it('is the plain cross-entropy when α = 0, whatever the teacher says', () => {
    const s = [
      [2, 0],
      [0, 1],
    ];
    const want = (crossEntropy(s[0], 1) + crossEntropy(s[1], 0)) / 2;
    expect(
      distillationLoss(
        s,
        [
          [-1e4, 1e4],
          [5, 5],
        ],
        [1, 0],
        { temperature: 3, alpha: 0 },
      ),
    ).toBeCloseTo(want, 12);
  });

  it.each(cases.map((c, i) => [i, c] as const))('matches reference case %i of the PyTorch file', (_i, c) => {
    const args = decode(c.args) as Parameters<typeof distillationLoss>;
    if (c.throws) {
      expect(() => distillationLoss(...args)).toThrow(RangeError);
      return;
    }
    expect(mismatches(distillationLoss(...args), decode(c.expect), c.rtol ?? 1e-6, c.atol ?? 1e-9)).toEqual([]);
  });

  it('stays finite and correct for logits of magnitude 1e4', () => {
    const s = [[1e4, -1e4, 0]];
    const t = [[-1e4, 1e4, 0]];
    const loss = distillationLoss(s, t, [0], { temperature: 1, alpha: 0.5 });
    // Teacher ≈ one-hot on class 1, student log q_1 ≈ −2e4: KL ≈ 2e4; CE ≈ 0.
    expect(loss).toBeCloseTo(0.5 * 2e4, 6);
  });

  it('treats a −Infinity logit as a masked class: 0 where both mask it, Infinity where only the student does', () => {
    const cfg = { temperature: 1, alpha: 1 };
    expect(distillationLoss([[0, -Infinity]], [[0, -Infinity]], [0], cfg)).toBe(0);
    expect(distillationLoss([[0, -Infinity]], [[0, 0]], [0], cfg)).toBe(Infinity);
    // α = 1 leaves out the hard term, so a masked label cannot make 0·∞ = NaN.
    expect(distillationLoss([[0, -Infinity]], [[0, -Infinity]], [1], cfg)).toBe(0);
  });

  it('rejects bad input with a plain message', () => {
    const ok = { temperature: 1, alpha: 0.5 };
    expect(() => distillationLoss([[1, 2]], [[1, 2]], [0], { temperature: 0, alpha: 0.5 })).toThrow(
      'temperature must be > 0, got 0',
    );
    expect(() => distillationLoss([[1, 2]], [[1, 2]], [0], { temperature: 1, alpha: 1.5 })).toThrow(/alpha/);
    expect(() => distillationLoss([[1, 2]], [[1, 2, 3]], [0], ok)).toThrow(/columns/);
    expect(() =>
      distillationLoss(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
        [0],
        ok,
      ),
    ).toThrow(/rows/);
    expect(() => distillationLoss([[1, 2]], [[1, 2]], [2], ok)).toThrow(
      'labels[0] must be a class index below 2, got 2',
    );
    expect(() => distillationLoss([[1, 2]], [[1, 2]], [0.5], ok)).toThrow(RangeError);
    expect(() => distillationLoss([[1, 2]], [[1, 2]], [0, 1], ok)).toThrow(/labels has length 2/);
    expect(() => distillationLoss([], [], [], ok)).toThrow(/at least one row/);
    expect(() => distillationLoss([[NaN, 1]], [[0, 1]], [0], ok)).toThrow(RangeError);
  });

  it('does not mutate its arguments', () => {
    const s = [[1, 2, 3]];
    const t = [[3, 2, 1]];
    const y = [2];
    const cfg = { temperature: 2, alpha: 0.3 };
    distillationTerms(s, t, y, cfg);
    expect([s, t, y, cfg]).toEqual([[[1, 2, 3]], [[3, 2, 1]], [2], { temperature: 2, alpha: 0.3 }]);
  });
});

describe('distillationTerms', () => {
  it('returns every term per row, and its weighted total is distillationLoss', () => {
    fc.assert(
      fc.property(batch, temperature, alpha, ({ student, teacher, labels }, T, a) => {
        const terms = distillationTerms(student, teacher, labels, { temperature: T, alpha: a });
        const loss = distillationLoss(student, teacher, labels, { temperature: T, alpha: a });
        expect(terms.mean.total).toBe(loss);
        expect(terms.mean.weightedSoft + terms.mean.weightedHard).toBeCloseTo(loss, 6);
        terms.total.forEach((row, i) => {
          expect(terms.softKlScaled[i]).toBeCloseTo(terms.softKl[i] * T * T, 6);
          expect(row).toBeCloseTo(a * terms.softKlScaled[i] + (1 - a) * terms.hardCe[i], 6);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the per-row terms a widget needs (hand example, two rows)', () => {
    const terms = distillationTerms(
      [
        [0, 0],
        [0, 0],
      ],
      [
        [Math.log(3), 0],
        [0, 0],
      ],
      [0, 1],
      { temperature: 1, alpha: 0.5 },
    );
    expect(terms.softKl[0]).toBeCloseTo(0.130812, 6);
    expect(terms.softKl[1]).toBe(0);
    expect(terms.hardCe).toEqual([Math.log(2), Math.log(2)]);
    expect(terms.mean.softKl).toBeCloseTo(0.065406, 6);
  });
});

describe('distillationLoss properties', () => {
  it('is ≥ 0 when α = 1 (a KL is never negative)', () => {
    fc.assert(
      fc.property(batch, temperature, ({ student, teacher, labels }, T) => {
        expect(distillationLoss(student, teacher, labels, { temperature: T, alpha: 1 })).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('is 0 when α = 1 and the student equals the teacher', () => {
    fc.assert(
      fc.property(batch, temperature, ({ student, labels }, T) => {
        expect(distillationLoss(student, student, labels, { temperature: T, alpha: 1 })).toBeCloseTo(0, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a finite number or throws RangeError/TypeError for any finite input, never NaN', () => {
    const anyNum = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(batch, anyNum, anyNum, fc.integer({ min: -1, max: 7 }), (b, T, a, y) => {
        const labels = b.labels.map((l, i) => (i === 0 ? y : l));
        try {
          const loss = distillationLoss(b.student, b.teacher, labels, { temperature: T, alpha: a });
          expect(Number.isFinite(loss)).toBe(true);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
