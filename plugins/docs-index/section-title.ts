import type { DocsIndex } from './types';

/** "Page title § Section" for a route like `/docs/reward/bradley-terry#model`; the route itself if unknown. */
export function sectionTitle(index: DocsIndex, route: string): string {
  const [path, hash] = route.split('#');
  const page = index.pages[path];
  if (!page) return route;
  const heading = hash ? page.headings[hash] : undefined;
  return heading ? `${page.title} § ${heading}` : page.title;
}
