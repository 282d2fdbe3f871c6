/**
 * What the every-page sweep (every-page.e2e.ts) measures of a page's weight, and the
 * budgets it holds (issue #11):
 * - Mermaid's code loads (once the page is scrolled through) exactly on pages with a
 *   diagram, Prism exactly on pages with a code block, KaTeX's stylesheet exactly on
 *   pages with math (from the site, in the version rehype-katex renders with), and the
 *   search code (lunr) on no page until the search box is used;
 * - on docs pages, first-load JS (scripts fetched until the network is idle, before any
 *   scrolling, gzip): a page's widget chunks (chunks no widget-free docs page loads) are
 *   ≤ 60 KB gzip, and the page's first-load JS is at most 10 % above the lightest docs
 *   page's plus its own widget chunks.
 * Pages and what they use are read from the build (server-rendered HTML), never listed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { htmlFile } from './widget-pages';

const require = createRequire(import.meta.url);
/** The katex that rehype-katex itself resolves (what renders the HTML). */
export const rendererKatex = JSON.parse(
  readFileSync(
    require.resolve('katex/package.json', { paths: [join(process.cwd(), 'node_modules/rehype-katex')] }),
    'utf8',
  ),
) as { version: string };

export const WIDGET_BUDGET = 60 * 1024;
const FIRST_LOAD_SLACK = 0.1;
/** Pages built from data of the whole site, outside the chapters. */
const WHOLE_SITE_PAGES = ['/docs/glossary', '/docs/references'];
// Strings that only Mermaid's core, Prism's core and lunr contain.
const MERMAID_MARKER = 'UnknownDiagramError';
const PRISM_MARKER = 'before-tokenize';
const LUNR_MARKER = 'Version mismatch when loading serialised index';

export interface PageTraits {
  path: string;
  widgets: boolean;
  math: boolean;
  diagrams: boolean;
  code: boolean;
  /** Has a table, a display formula or a diagram: something that can overflow on a phone. */
  wide: boolean;
}

/** What a built page uses, from its server-rendered HTML. */
export function pageTraits(path: string): PageTraits {
  const html = readFileSync(htmlFile(path)!, 'utf8');
  return {
    path,
    widgets: /data-widget=/.test(html),
    math: /class="?katex[\s">]/.test(html),
    diagrams: /data-mermaid=/.test(html),
    code: /class="prism-code/.test(html),
    wide: /<table|katex-display|data-mermaid=/.test(html),
  };
}

interface BuiltScript {
  gzip: number;
  mermaid: boolean;
  prism: boolean;
  lunr: boolean;
}
const builtScripts = new Map<string, BuiltScript>();

/** gzip size of a built script and which libraries it holds, read once. */
export function builtScript(urlPath: string): BuiltScript {
  let entry = builtScripts.get(urlPath);
  if (!entry) {
    const body = readFileSync(join('build', decodeURIComponent(urlPath)));
    entry = {
      gzip: gzipSync(body).length,
      mermaid: body.includes(MERMAID_MARKER),
      prism: body.includes(PRISM_MARKER),
      lunr: body.includes(LUNR_MARKER),
    };
    builtScripts.set(urlPath, entry);
  }
  return entry;
}

/** Scripts the page has executed so far (resource timing; prefetches are initiatorType "link"). */
export const scriptsLoaded = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
      .map((e) => new URL(e.name).pathname),
  );

export interface Weight {
  /** gzip bytes of each script fetched before scrolling, by URL path. */
  firstLoad: Map<string, number>;
  /** Scripts fetched by the end (after scrolling and diagrams). */
  all: string[];
  stylesheets: string[];
}

/** The per-page rules: libraries only where used; returns what is wrong, as lines. */
export function libraryMisuse(p: PageTraits, w: Weight): string[] {
  const has = (k: 'mermaid' | 'prism' | 'lunr') => w.all.some((u) => builtScript(u)[k]);
  const wrong: string[] = [];
  if (w.firstLoad.size === 0) wrong.push('loads no scripts');
  if (has('mermaid') !== p.diagrams) wrong.push(`Mermaid code loaded: ${has('mermaid')}, diagrams: ${p.diagrams}`);
  if (has('prism') !== p.code) wrong.push(`Prism loaded: ${has('prism')}, code blocks: ${p.code}`);
  if (has('lunr')) wrong.push('search code loaded before the search box was used');
  const katex = w.stylesheets.filter((s) => s.includes('katex'));
  const expected = p.math ? [`/katex/${rendererKatex.version}/katex.min.css`] : [];
  if (JSON.stringify(katex) !== JSON.stringify(expected)) {
    wrong.push(`KaTeX stylesheets ${JSON.stringify(katex)}, expected ${JSON.stringify(expected)} (math: ${p.math})`);
  }
  return wrong;
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The first-load budgets over all docs pages: a report line per page and the misses. */
export function firstLoadBudget(pages: PageTraits[], weights: Map<string, Weight>) {
  const docsPages = pages.filter((p) => p.path.startsWith('/docs/'));
  const loadedBy = (ps: PageTraits[]) => new Set(ps.flatMap((p) => [...weights.get(p.path)!.firstLoad.keys()]));
  // Mermaid loads on demand when a diagram comes into view (checked per page); a diagram near
  // the top pulls it into the first load, so it is counted apart.
  const withoutDiagrams = loadedBy(docsPages.filter((p) => !p.diagrams));
  const diagramPages = docsPages.filter((p) => p.diagrams);
  const diagramChunks = new Set(
    [...loadedBy(diagramPages)].filter(
      (u) => !withoutDiagrams.has(u) && diagramPages.filter((p) => weights.get(p.path)!.firstLoad.has(u)).length >= 2,
    ),
  );
  const withoutWidgets = loadedBy(docsPages.filter((p) => !p.widgets));
  const rows = docsPages.map((p) => {
    const chunks = [...weights.get(p.path)!.firstLoad].filter(([u]) => !diagramChunks.has(u));
    return {
      path: p.path,
      total: sum(chunks.map(([, n]) => n)),
      widget: p.widgets ? sum(chunks.filter(([u]) => !withoutWidgets.has(u)).map(([, n]) => n)) : 0,
    };
  });
  const lightest = rows.reduce((a, b) => (b.total < a.total ? b : a));
  const misses: string[] = [];
  const lines = rows.map((r) => {
    const limit = lightest.total * (1 + FIRST_LOAD_SLACK) + r.widget;
    if (r.widget > WIDGET_BUDGET) misses.push(`${r.path}: widget chunks ${kb(r.widget)} > ${kb(WIDGET_BUDGET)}`);
    // The budget is for chapter pages (issue #11). The glossary and references pages render
    // site-wide data (every term, every citation) and are reported, not held to it.
    if (r.total > limit && !WHOLE_SITE_PAGES.includes(r.path)) {
      misses.push(`${r.path}: first load ${kb(r.total)} > ${kb(limit)}`);
    }
    return `${r.path}: first load ${kb(r.total)}, widget chunks ${kb(r.widget)}, limit ${kb(limit)}`;
  });
  const report =
    `lightest docs page ${lightest.path}: ${kb(lightest.total)}; Mermaid chunks (not counted): ` +
    `${kb(sum([...diagramChunks].map((u) => builtScript(u).gzip)))}\n${lines.join('\n')}`;
  return { report, misses };
}
