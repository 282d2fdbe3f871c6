/**
 * Test helper for the core, data and pretraining unit tests (not exported from any barrel):
 * referenceCasesFor(name, fn) adds one test per case of tests/fixtures/math-core.json for `name`,
 * checked exactly as tests/unit/math-core-reference.test.ts checks it (same tolerances, thrown
 * error types, and the "arguments are not mutated" rule), so each lib test file carries the
 * PyTorch/NumPy reference values next to its hand-derived examples and properties.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { decode, deepCopy, mismatches, sameStructure, type ReferenceCase } from '../../../tests/unit/reference-cases';

const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/math-core.json');
const cases = (JSON.parse(readFileSync(fixture, 'utf8')) as { cases: ReferenceCase[] }).cases;

export function referenceCasesFor(name: string, fn: (...args: never[]) => unknown): void {
  const mine = cases.filter((c) => c.fn === name && c.check === undefined);
  it(`has reference cases for ${name}`, () => expect(mine.length).toBeGreaterThan(0));
  mine.forEach((c, i) => {
    it(`${name} reference case #${i}${c.note ? ` (${c.note})` : ''}${c.throws ? ' throws' : ''}`, () => {
      const args = decode(c.args) as never[];
      const before = deepCopy(args);
      if (c.throws) {
        expect(() => fn(...args)).toThrow();
        try {
          fn(...args);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
        }
      } else {
        expect(mismatches(fn(...args), decode(c.expect), c.rtol ?? 1e-6, c.atol ?? 1e-9)).toEqual([]);
      }
      expect(sameStructure(args, before)).toBe(true);
    });
  });
}

/** The minhash cases: estimate within atol of the exact Jaccard of the two texts' n-shingles. */
export function minhashReferenceCases(): ReferenceCase[] {
  return cases.filter((c) => c.check === 'minhash');
}
