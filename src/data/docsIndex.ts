/**
 * Client side of plugins/docs-index: the index of the current locale's docs (page
 * titles, heading texts, footnote citations), and how to name a section with it.
 */
import { usePluginData } from '@docusaurus/useGlobalData';
import type { DocsIndex } from '@site/plugins/docs-index/types';

export type { CitingPage, DocsIndex, DocsIndexPage } from '@site/plugins/docs-index/types';

export function useDocsIndex(): DocsIndex {
  return usePluginData('docs-index') as DocsIndex;
}

/** "Page title § Section" for a route like `/docs/reward/bradley-terry#model`. */
export function sectionTitle(index: DocsIndex, route: string): string {
  const [path, hash] = route.split('#');
  const page = index.pages[path];
  if (!page) return route;
  const heading = hash ? page.headings[hash] : undefined;
  return heading ? `${page.title} § ${heading}` : page.title;
}
