/**
 * Docusaurus plugin: small, exact edits to installed packages' source as webpack reads it.
 * Each patch names the file, the exact text it replaces (once) and why. The build fails if
 * the text is gone or appears more than once (say, after an upgrade), so a patch is never
 * silently lost or misapplied. tests/unit/source-patches.test.ts applies each one to the
 * installed file.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export interface SourcePatch {
  /** The installed file, as a path pattern. */
  file: RegExp;
  /** Exact text to replace: it must occur exactly once. */
  from: string;
  to: string;
}

export const PATCHES: Record<string, SourcePatch> = {
  /**
   * theme-common's useShallowMemoObject sorts an object's keys with String#localeCompare,
   * only to make its memo order-insensitive. The first localeCompare on a page builds an
   * ICU collator: 12–27 ms on this machine, 50–100 ms of main-thread time on Lighthouse's
   * simulated phone, during hydration, for property names that are plain ASCII. A
   * code-unit comparison orders the same keys just as consistently (all the memo needs).
   */
  asciiKeySort: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/,
    from: 'deps.sort((a, b) => a[0].localeCompare(b[0]));',
    to: 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
  },
  /**
   * The search page of @easyops-cn/docusaurus-search-local names its query box "Search" in
   * every language, also in the server HTML that a screen reader meets first. This names it
   * with the theme's own translated label (搜索 on Chinese pages).
   */
  searchPageLabel: {
    file: /@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]SearchPage[\\/]SearchPage\.jsx$/,
    from: 'aria-label="Search"',
    to: 'aria-label={translate({ id: "theme.SearchBar.label", message: "Search" })}',
  },
};

export default function sourcePatchesPlugin(): Plugin {
  return {
    name: 'llm-guide-source-patches',
    configureWebpack() {
      return {
        module: {
          rules: Object.entries(PATCHES).map(([name, { file, from, to }]) => ({
            test: file,
            use: [{ loader: join(__dirname, 'source-patch-loader.js'), options: { name, from, to } }],
          })),
        },
      };
    },
  };
}
