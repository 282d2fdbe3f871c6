/**
 * plugins/client-entry.js stands in for @docusaurus/core's client entry: it must load the
 * same modules and do the same things, only spread over several tasks.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUSAURUS_ENTRY_SHA256, docusaurusEntryFile } from '../../plugins/staged-client-entry';

const original = readFileSync(docusaurusEntryFile(), 'utf8');
const ours = readFileSync('plugins/client-entry.js', 'utf8');

/** Module names as webpack resolves them from the site: Docusaurus's relative imports made absolute. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/^import [^;]*? from '([^']+)';$/gm)].map(([, name]) =>
    name === './exports/ExecutionEnvironment'
      ? '@docusaurus/ExecutionEnvironment'
      : name.replace(/^\.\//, '@docusaurus/core/lib/client/'),
  );
}
const dynamicImports = (source: string): string[] =>
  [...source.matchAll(/import\((\/\*[^*]*\*\/ )?'([^']+)'\)/g)].map((m) => m[2]);

describe('client entry', () => {
  it('replaces the installed version of Docusaurus’s entry', () => {
    const installed = createHash('sha256').update(original).digest('hex');
    expect(installed, 'carry the changes over to plugins/client-entry.js and update the hash').toBe(
      DOCUSAURUS_ENTRY_SHA256,
    );
  });

  it('loads the same modules, those it defers from main.js itself (no extra request)', () => {
    const theirs = staticImports(original);
    expect(theirs.length).toBeGreaterThanOrEqual(8);
    expect([...staticImports(ours), ...dynamicImports(ours)].sort()).toEqual([...theirs].sort());
    const imports = [...ours.matchAll(/import\((\/\*[^*]*\*\/ )?'[^']+'\)/g)].map((m) => m[0]);
    expect(imports.length).toBeGreaterThanOrEqual(5);
    for (const call of imports) expect(call).toContain('/* webpackMode: "eager" */');
  });

  it('does what Docusaurus’s entry does once they are loaded', () => {
    for (const step of [
      'window.docusaurus = docusaurus',
      'preload(window.location.pathname)',
      'startTransition(',
      'window.docusaurusRoot.render(app)',
      'ReactDOM.hydrateRoot(',
      'ReactDOM.createRoot(',
      "console.error('Docusaurus React Root onRecoverableError:'",
      "experimental_router === 'hash'",
      'process.env.HYDRATE_CLIENT_ENTRY',
      'module.hot.accept()',
      'ExecutionEnvironment.canUseDOM',
    ]) {
      expect(original, step).toContain(step);
      expect(ours, step).toContain(step);
    }
  });
});
