/**
 * README's dependency table says why each runtime dependency is there: every package
 * of package.json `dependencies` must appear in it (a new one fails this until it is
 * explained), and the table names nothing that is no longer a dependency.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Dependencies and why'), readme.indexOf('## Supply chain'));
const tableRows = section.split('\n').filter((l) => l.startsWith('| `'));
const named = new Set(tableRows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1])));

describe('README dependency list', () => {
  it('has a table', () => {
    expect(tableRows.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(pkg.dependencies))('explains why %s is a runtime dependency', (name) => {
    expect(named.has(name), `add a row for \`${name}\` to README.md, "Dependencies and why"`).toBe(true);
  });

  it('lists only current runtime dependencies', () => {
    expect([...named].filter((n) => !(n in pkg.dependencies))).toEqual([]);
  });
});
