/**
 * Client side of plugins/docs-index: the index of the current locale's docs (page
 * titles, heading texts, footnote citations), and how to name a section with it.
 */
import { usePluginData } from '@docusaurus/useGlobalData';
import type { DocsIndex } from '@site/plugins/docs-index/types';

export type { CitingPage, DocsIndex, DocsIndexPage } from '@site/plugins/docs-index/types';
export { sectionTitle } from '@site/plugins/docs-index/section-title';

export function useDocsIndex(): DocsIndex {
  return usePluginData('docs-index') as DocsIndex;
}
