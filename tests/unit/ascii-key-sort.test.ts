/**
 * plugins/ascii-key-sort-loader.js: rewrites the installed theme-common's key sort, and
 * stops the build when the code it rewrites has changed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('../../plugins/ascii-key-sort-loader.js') as (
  this: { resourcePath: string },
  s: string,
) => string;
// The package's exports map hides lib/ (webpack resolves the file itself, the same single copy).
const file = join(process.cwd(), 'node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js');
const run = (source: string) => loader.call({ resourcePath: file }, source);

describe('ascii-key-sort loader', () => {
  it('takes localeCompare out of the installed useShallowMemoObject, and nothing else', () => {
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('localeCompare');
    const out = run(source);
    expect(out).not.toContain('localeCompare');
    expect(out.length - source.length).toBe(
      '(a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)'.length - 'a[0].localeCompare(b[0])'.length,
    );
  });

  it('orders property names the same way whatever order they come in', () => {
    const sortOf = (code: string) => {
      const body = code.match(/deps\.sort\(([^;]+)\);/)![1];
      return new Function(`return ${body}`)() as (a: [string], b: [string]) => number;
    };
    const compare = sortOf(run(readFileSync(file, 'utf8')));
    const keys = ['value', 'children', 'shown', 'Content', 'onClick', 'a', 'aa'];
    const sorted = (ks: string[]) =>
      ks
        .map((k): [string] => [k])
        .sort(compare)
        .map(([k]) => k);
    expect(sorted(keys)).toEqual(sorted([...keys].reverse()));
    expect(sorted(keys)).toEqual(['Content', 'a', 'aa', 'children', 'onClick', 'shown', 'value']);
  });

  it('fails the build when the expression it rewrites is not there', () => {
    expect(() => run('export const x = 1;')).toThrow(/not found/);
  });
});
