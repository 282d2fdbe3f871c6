import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, mismatches, type ReferenceCase } from '../../../tests/unit/reference-cases';
import { klDivergence, softmax } from '../core';
import { generalizedJsd, generalizedJsdRows } from './generalized-jsd';

const fixture = new URL('../../../tests/fixtures/math-core.json', import.meta.url);
const cases = (JSON.parse(readFileSync(fixture, 'utf8')).cases as ReferenceCase[]).filter(
  (c) => c.fn === 'generalizedJsd',
);

const logit = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const pair = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), classes: fc.integer({ min: 2, max: 6 }) })
  .chain(({ rows, classes }) => {
    const matrix = fc.array(fc.array(logit, { minLength: classes, maxLength: classes }), {
      minLength: rows,
      maxLength: rows,
    });
    return fc.record({ student: matrix, teacher: matrix });
  });
const beta = fc.double({ min: 0, max: 1, noNaN: true });
const temperature = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe('generalizedJsd', () => {
  it('matches a case worked by hand: P = [¾, ¼], Q = [½, ½], β = 0.5 → M = [⅝, ⅜]', () => {
    const kl = (p: number[], q: number[]) => p.reduce((a, x, i) => a + x * Math.log(x / q[i]), 0);
    const [P, Q, M] = [
      [0.75, 0.25],
      [0.5, 0.5],
      [0.625, 0.375],
    ];
    const s = [[0, 0]];
    const t = [[Math.log(3), 0]];
    expect(generalizedJsd(s, t, { beta: 0.5 })).toBeCloseTo(0.5 * kl(P, M) + 0.5 * kl(Q, M), 12);
    expect(generalizedJsd(s, t, { beta: 0.5 })).toBeCloseTo(0.033822, 6);
    expect(generalizedJsd(s, t, { beta: 0 })).toBeCloseTo(kl(P, Q), 12);
    expect(generalizedJsd(s, t, { beta: 1 })).toBeCloseTo(kl(Q, P), 12);
  });

  it('β = 0 is forward KL(teacher ‖ student) and β = 1 reverse KL(student ‖ teacher), at temperature T', () => {
    const s = [[1, -2, 0.5]];
    const t = [[0, 3, -1]];
    const [p, q] = [softmax(t[0], 2), softmax(s[0], 2)];
    expect(generalizedJsd(s, t, { beta: 0, temperature: 2 })).toBeCloseTo(klDivergence(p, q), 12);
    expect(generalizedJsd(s, t, { beta: 1, temperature: 2 })).toBeCloseTo(klDivergence(q, p), 12);
  });

  it('is the mean of generalizedJsdRows', () => {
    const s = [
      [1, 2],
      [3, -1],
    ];
    const t = [
      [0, 0],
      [1, 1],
    ];
    const rows = generalizedJsdRows(s, t, { beta: 0.3 });
    expect(generalizedJsd(s, t, { beta: 0.3 })).toBeCloseTo((rows[0] + rows[1]) / 2, 14);
  });

  it.each(cases.map((c, i) => [i, c] as const))('matches reference case %i of the TRL file', (_i, c) => {
    const args = decode(c.args) as Parameters<typeof generalizedJsd>;
    if (c.throws) {
      expect(() => generalizedJsd(...args)).toThrow(RangeError);
      return;
    }
    expect(mismatches(generalizedJsd(...args), decode(c.expect), c.rtol ?? 1e-6, c.atol ?? 1e-9)).toEqual([]);
  });

  it('stays finite for logits of magnitude 1e4 and is bounded by log 2 at β = 0.5', () => {
    const s = [[1e4, -1e4]];
    const t = [[-1e4, 1e4]];
    expect(generalizedJsd(s, t, { beta: 0 })).toBeCloseTo(2e4, 6);
    // Disjoint supports: the JSD (β = ½) is exactly log 2, its maximum.
    expect(generalizedJsd(s, t, { beta: 0.5 })).toBeCloseTo(Math.log(2), 12);
  });

  it('handles masked classes: finite mixture terms, Infinity for a KL where only the student masks', () => {
    expect(generalizedJsd([[0, -Infinity]], [[0, 0]], { beta: 0 })).toBe(Infinity);
    expect(generalizedJsd([[0, -Infinity]], [[0, 0]], { beta: 1 })).toBeCloseTo(Math.log(2), 12);
    expect(Number.isFinite(generalizedJsd([[0, -Infinity]], [[0, 0]], { beta: 0.5 }))).toBe(true);
    expect(generalizedJsd([[0, -Infinity]], [[0, -Infinity]], { beta: 0.5 })).toBe(0);
  });

  it('rejects β outside [0, 1], a bad temperature and mismatched shapes', () => {
    expect(() => generalizedJsd([[1, 2]], [[1, 2]], { beta: 1.5 })).toThrow('beta must be in [0, 1], got 1.5');
    expect(() => generalizedJsd([[1, 2]], [[1, 2]], { beta: 0.5, temperature: -1 })).toThrow(/temperature/);
    expect(() => generalizedJsd([[1, 2]], [[1, 2, 3]], { beta: 0.5 })).toThrow(/columns/);
    expect(() => generalizedJsd([[1, 2]], [[Infinity, 2]], { beta: 0.5 })).toThrow(RangeError);
  });
});

describe('generalizedJsd properties', () => {
  it('is ≥ 0, and 0 when student = teacher', () => {
    fc.assert(
      fc.property(pair, beta, temperature, ({ student, teacher }, b, T) => {
        expect(generalizedJsd(student, teacher, { beta: b, temperature: T })).toBeGreaterThanOrEqual(0);
        expect(generalizedJsd(teacher, teacher, { beta: b, temperature: T })).toBeCloseTo(0, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('is at most log 2-ish for 0 < β < 1: each mixture term is bounded (β·log(1/β) + (1−β)·log(1/(1−β)))', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 0.01, max: 0.99, noNaN: true }), ({ student, teacher }, b) => {
        const bound = -b * Math.log(b) - (1 - b) * Math.log(1 - b);
        expect(generalizedJsd(student, teacher, { beta: b })).toBeLessThanOrEqual(bound + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('never returns NaN and throws only RangeError/TypeError for any finite β and temperature', () => {
    const anyNum = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(pair, anyNum, anyNum, ({ student, teacher }, b, T) => {
        try {
          const v = generalizedJsd(student, teacher, { beta: b, temperature: T });
          expect(Number.isNaN(v)).toBe(false);
          // Finite, except a KL end (β = 0 or 1) at a temperature so small that the KL passes 1.8e308.
          if (T >= 1e-3 || (b > 0 && b < 1)) expect(Number.isFinite(v)).toBe(true);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
