/**
 * Which pages of the production build carry widgets, read from the build itself so that
 * every widget added later is covered without editing a list: the sitemap gives the
 * pages, each page's server-rendered HTML gives its `data-widget` names (WidgetFrame).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WidgetPage {
  path: string;
  widgets: string[];
}

export function sitemapPaths(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The built HTML file that serves a URL path (trailingSlash: false, as scripts/static-server.mjs). */
export function htmlFile(path: string, root = 'build'): string | undefined {
  const clean = path.replace(/\/$/, '');
  for (const candidate of [join(root, `${clean}.html`), join(root, clean, 'index.html')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Every page of a sitemap with the names of the widgets it renders, in page order. */
export function widgetPages(sitemap: string): WidgetPage[] {
  const pages: WidgetPage[] = [];
  for (const path of sitemapPaths(sitemap)) {
    const file = htmlFile(path);
    if (!file) throw new Error(`No built HTML for ${path} (from ${sitemap})`);
    const html = readFileSync(file, 'utf8');
    const widgets = [...html.matchAll(/data-widget=("([^"]+)"|([^\s>]+))/g)].map((m) => m[2] ?? m[3]);
    if (widgets.length > 0) pages.push({ path, widgets });
  }
  return pages;
}

/** zh-Hans pages with widgets, plus the English page with the most widgets (same components). */
export function pagesToExercise(): WidgetPage[] {
  const zh = widgetPages('build/sitemap.xml');
  const en = widgetPages('build/en/sitemap.xml');
  const richestEn = [...en].sort((a, b) => b.widgets.length - a.widgets.length)[0];
  return richestEn ? [...zh, richestEn] : zh;
}
