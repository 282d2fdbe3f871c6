/**
 * Docusaurus plugin: an index of the docs of the locale being built, written as a
 * generated module (`@generated/docs-index/default/docs-index.json`, type
 * `DocsIndex`) that only the pages needing it (glossary, references) import:
 * - `pages`: each doc's title and its explicit heading ids → heading text, so the
 *   glossary can name the section a term links to;
 * - `citations`: footnote key → the pages (and the section) citing it, so the
 *   references page can link back to them.
 * Paths are routes without the locale's base URL (`/docs/reward/bradley-terry`):
 * `<Link>` adds `/en/` in the English build. Built from the docs plugin's own
 * metadata (permalinks, titles, source files), so slugs and number prefixes are
 * handled by Docusaurus itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { parseDoc } from './parse';
import type { DocsIndex } from './types';

export type { CitingPage, DocsIndex, DocsIndexPage } from './types';

/** Written to .docusaurus/docs-index/default/; src/data/docsIndex.ts imports it. */
export const DATA_FILE = 'docs-index.json';

export default function docsIndexPlugin(context: LoadContext): Plugin {
  return {
    name: 'docs-index',
    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((v) => v.docs) ?? [];
      const base = context.baseUrl;
      const index: DocsIndex = { pages: {}, citations: {} };
      const sorted = [...docs].sort((a, b) => a.source.localeCompare(b.source));
      for (const doc of sorted) {
        const route = doc.permalink.startsWith(base) ? `/${doc.permalink.slice(base.length)}` : doc.permalink;
        // Category index docs get a trailing slash (`/docs/reward/`); links are written without it.
        const path = route.length > 1 ? route.replace(/\/$/, '') : route;
        const file = join(context.siteDir, doc.source.replace(/^@site\//, ''));
        const parsed = parseDoc(readFileSync(file, 'utf8'));
        index.pages[path] = {
          title: doc.title,
          headings: Object.fromEntries(parsed.headings.map((h) => [h.id, h.text])),
        };
        for (const { key, headingId } of parsed.citations) {
          (index.citations[key] ??= []).push(headingId ? { path, section: headingId } : { path });
        }
      }
      // Not global data: that would ship the whole index in every page's main bundle.
      await actions.createData(DATA_FILE, JSON.stringify(index));
    },
  };
}
