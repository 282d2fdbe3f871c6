/**
 * Checks every case of the PyTorch/TRL reference file against src/lib/index.ts.
 * The project keeps its own copy (tests/fixtures/math-core.json) so a plain clone
 * runs this; when ../shared/reference/math-core.json exists, the copy must match it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';
import { decode, deepCopy, mismatches, sameStructure, type ReferenceCase } from './reference-cases';

const here = dirname(fileURLToPath(import.meta.url));
const copyPath = resolve(here, '../fixtures/math-core.json');
const sharedPath = resolve(here, '../../../shared/reference/math-core.json');
const file = JSON.parse(readFileSync(copyPath, 'utf8')) as { about: string; cases: ReferenceCase[] };
const exported = lib as unknown as Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

describe('the reference file', () => {
  it('is a copy identical to ../shared/reference/math-core.json when that exists', () => {
    if (!existsSync(sharedPath)) {
      // A plain clone without ../shared: nothing to compare against; the copy is the source.
      expect(file.cases.length).toBeGreaterThan(0);
      return;
    }
    expect(readFileSync(copyPath, 'utf8')).toBe(readFileSync(sharedPath, 'utf8'));
  });

  it('keeps src/lib/CONTRACT.md identical to ../shared/spec/math-core.md when that exists', () => {
    const shared = resolve(here, '../../../shared/spec/math-core.md');
    const local = readFileSync(resolve(here, '../../src/lib/CONTRACT.md'), 'utf8');
    expect(local).toContain('# The math core: contract');
    if (existsSync(shared)) expect(local).toBe(readFileSync(shared, 'utf8'));
  });

  it('names only functions that src/lib/index.ts exports', () => {
    const names = [...new Set(file.cases.map((c) => c.fn))];
    const missing = names.filter((n) => typeof exported[n] !== 'function');
    expect(missing, `contract functions not exported from src/lib/index.ts`).toEqual([]);
  });
});

describe.each(file.cases.map((c, i) => [`#${i} ${c.fn}${c.note ? ` (${c.note})` : ''}`, c] as const))(
  'reference case %s',
  (_label, c) => {
    it(c.throws ? 'throws a RangeError or TypeError' : 'matches the reference value', () => {
      const fn = exported[c.fn] as Fn | undefined;
      expect(typeof fn, `${c.fn} is not exported`).toBe('function');
      const args = decode(c.args) as unknown[];
      const before = deepCopy(args);
      const rtol = c.rtol ?? 1e-6;
      const atol = c.atol ?? 1e-9;

      if (c.throws) {
        let thrown: unknown;
        try {
          fn!(...args);
        } catch (e) {
          thrown = e;
        }
        expect(thrown instanceof RangeError || thrown instanceof TypeError, `threw ${String(thrown)}`).toBe(true);
      } else if (c.check === 'minhash') {
        const [a, b, n] = args as [string, string, number];
        const sig = (t: string) => lib.minhashSignature(lib.charShingles(t, n), 256);
        const estimate = lib.minhashSimilarity(sig(a), sig(b));
        expect(Math.abs(estimate - (c.expect as number))).toBeLessThanOrEqual(atol);
      } else {
        const got = fn!(...args);
        expect(mismatches(got, decode(c.expect), rtol, atol)).toEqual([]);
      }
      expect(sameStructure(args, before), 'the function mutated its arguments').toBe(true);
    });
  },
);
