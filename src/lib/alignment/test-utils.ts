/**
 * Helpers for the sft, reward and alignment unit tests (not exported from the barrel).
 * - referenceCases(fn): the cases of tests/fixtures/math-core.json for one function, decoded.
 * - runReferenceCase(fn, c): checks one case exactly as tests/unit/math-core-reference.test.ts does.
 * - expectFiniteOrBadInput(f): the contract's rule for any input — finite numbers out, or a
 *   RangeError/TypeError; never NaN, never another error type.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { decode, deepCopy, mismatches, sameStructure, type ReferenceCase } from '../../../tests/unit/reference-cases';

const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/math-core.json');
const all = (JSON.parse(readFileSync(fixture, 'utf8')) as { cases: ReferenceCase[] }).cases;

export function referenceCases(fn: string): [string, ReferenceCase][] {
  return all
    .filter((c) => c.fn === fn)
    .map((c, i) => [`${fn} #${i}${c.note ? ` (${c.note})` : ''}${c.throws ? ' throws' : ''}`, c]);
}

export function runReferenceCase(f: (...args: never[]) => unknown, c: ReferenceCase): void {
  const args = decode(c.args) as never[];
  const before = deepCopy(args);
  if (c.throws) {
    let thrown: unknown;
    try {
      f(...args);
    } catch (e) {
      thrown = e;
    }
    expect(thrown instanceof RangeError || thrown instanceof TypeError, `threw ${String(thrown)}`).toBe(true);
  } else {
    expect(mismatches(f(...args), decode(c.expect), c.rtol ?? 1e-6, c.atol ?? 1e-9)).toEqual([]);
  }
  expect(sameStructure(args, before), 'the function mutated its arguments').toBe(true);
}

/** Every number reachable in a result (arrays, nested objects). */
function numbersIn(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => numbersIn(y, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((y) => numbersIn(y, out));
  return out;
}

export function expectFiniteOrBadInput(f: () => unknown): void {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    expect(e instanceof RangeError || e instanceof TypeError, `threw ${String(e)}`).toBe(true);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return;
  }
  const bad = numbersIn(result).filter((x) => !Number.isFinite(x));
  expect(bad, 'the result holds non-finite numbers').toEqual([]);
}
