/**
 * plugins/source-patches.ts: each patch applies to the installed file, changes exactly the
 * text it names, and stops the build when that text is missing or ambiguous.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATCHES } from '../../plugins/source-patches';

const require = createRequire(import.meta.url);
type Loader = (this: { resourcePath: string; getOptions: () => object }, s: string) => string;
const loader = require('../../plugins/source-patch-loader.js') as Loader;

// The installed files, by the path their pattern matches (the packages' exports maps hide
// these files; webpack resolves them itself, the same single copies).
const INSTALLED: Record<keyof typeof PATCHES, string> = {
  asciiKeySort: 'node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js',
  searchPageLabel:
    'node_modules/@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.jsx',
  searchPathAfterHydration:
    'node_modules/@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery.js',
  isBrowserTransition: 'node_modules/@docusaurus/core/lib/client/browserContext.js',
  windowSizeImport: 'node_modules/@docusaurus/theme-common/lib/hooks/useWindowSize.js',
  windowSizeTransition: 'node_modules/@docusaurus/theme-common/lib/hooks/useWindowSize.js',
  colorModeTransition: 'node_modules/@docusaurus/theme-common/lib/contexts/colorMode.js',
  preferredVersionTransition: 'node_modules/@docusaurus/plugin-content-docs/lib/client/docsPreferredVersion.js',
  secondaryMenuContentTransition: 'node_modules/@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/content.js',
  secondaryMenuShownTransition: 'node_modules/@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/display.js',
  secondaryMenuReshownTransition: 'node_modules/@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/display.js',
};
const patch = (name: keyof typeof PATCHES, source: string, file = join(process.cwd(), INSTALLED[name])) =>
  loader.call({ resourcePath: file, getOptions: () => ({ name, ...PATCHES[name] }) }, source);

describe('source patches', () => {
  it.for(Object.keys(PATCHES) as (keyof typeof PATCHES)[])(
    '%s matches the installed file and changes only its text',
    (name) => {
      const file = join(process.cwd(), INSTALLED[name]);
      expect(PATCHES[name].file.test(file)).toBe(true);
      const source = readFileSync(file, 'utf8');
      const out = patch(name, source);
      expect(out).not.toContain(PATCHES[name].from);
      expect(out.split(PATCHES[name].to)).toHaveLength(2);
      expect(out.length - source.length).toBe(PATCHES[name].to.length - PATCHES[name].from.length);
    },
  );

  it('takes localeCompare out of useShallowMemoObject', () => {
    expect(patch('asciiKeySort', readFileSync(INSTALLED.asciiKeySort, 'utf8'))).not.toContain('localeCompare');
  });

  it('orders property names the same way whatever order they come in', () => {
    const sortOf = (code: string) => {
      const body = code.match(/deps\.sort\(([^;]+)\);/)![1];
      return new Function(`return ${body}`)() as (a: [string], b: [string]) => number;
    };
    const compare = sortOf(patch('asciiKeySort', readFileSync(INSTALLED.asciiKeySort, 'utf8')));
    const keys = ['value', 'children', 'shown', 'Content', 'onClick', 'a', 'aa'];
    const sorted = (ks: string[]) =>
      ks
        .map((k): [string] => [k])
        .sort(compare)
        .map(([k]) => k);
    expect(sorted(keys)).toEqual(sorted([...keys].reverse()));
    expect(sorted(keys)).toEqual(['Content', 'a', 'aa', 'children', 'onClick', 'shown', 'value']);
  });

  it('names the search box with a translation the search page already imports', () => {
    const source = readFileSync(INSTALLED.searchPageLabel, 'utf8');
    expect(source).toContain('import { translate } from "@docusaurus/Translate";');
  });

  it('turns every mount-time state sync it names into a transition that the file can call', () => {
    const names = (Object.keys(PATCHES) as (keyof typeof PATCHES)[]).filter((n) => /Transition$/.test(n));
    const files = [...new Set(names.map((n) => INSTALLED[n]))];
    for (const file of files) {
      // All of a file's patches together, as webpack applies them (they do not overlap, so
      // their order does not matter).
      const own = (Object.keys(PATCHES) as (keyof typeof PATCHES)[]).filter((n) => INSTALLED[n] === file);
      const out = own.reduce((code, n) => patch(n, code), readFileSync(file, 'utf8'));
      const calls = out.match(/(React\.)?startTransition\(\(\) =>/g) ?? [];
      expect(calls.length, file).toBe(names.filter((n) => INSTALLED[n] === file).length);
      // React.startTransition needs React as the default import; a bare call needs the named one.
      for (const call of calls) {
        const imported = call.startsWith('React.')
          ? /^import React, \{[^}]*\} from 'react';$/m
          : /^import \{[^}]*\bstartTransition\b[^}]*\} from 'react';$/m;
        expect(out, file).toMatch(imported);
      }
    }
  });

  it('fails the build when the text it rewrites is missing or appears twice', () => {
    expect(() => patch('asciiKeySort', 'export const x = 1;')).toThrow(/not found/);
    const twice = `${PATCHES.searchPageLabel.from} ${PATCHES.searchPageLabel.from}`;
    expect(() => patch('searchPageLabel', twice)).toThrow(/more than once/);
  });
});
