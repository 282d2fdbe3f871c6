/**
 * Client side of plugins/docs-index: the index of the current locale's docs (page
 * titles, heading texts, footnote citations), and how to name a section with it.
 */
import generatedIndex from '@generated/docs-index/default/docs-index.json';
import type { DocsIndex } from '@site/plugins/docs-index/types';

export type { CitingPage, DocsIndex, DocsIndexPage } from '@site/plugins/docs-index/types';
export { sectionTitle } from '@site/plugins/docs-index/section-title';

/**
 * The index as plugins/docs-index wrote it for this locale's build. Imported here,
 * not read from global data, so only the glossary and references pages load it.
 */
export function useDocsIndex(): DocsIndex {
  return generatedIndex as DocsIndex;
}
