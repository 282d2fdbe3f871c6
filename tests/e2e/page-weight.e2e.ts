/**
 * Page weight, the parts that need no page visit: the pages the sweep measures include
 * pages with and without each heavy library, the global stylesheet carries no fonts,
 * and KaTeX's fonts are served as files of the site. The per-page rules (Mermaid,
 * Prism, KaTeX, search code only where used) and the first-load budgets are checked
 * by every-page.e2e.ts while it visits each page (see ./page-weight.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchedPage } from './browser';
import { pageTraits, rendererKatex } from './page-weight';
import { sitemapPaths } from './widget-pages';

const docsPages = sitemapPaths('build/sitemap.xml')
  .filter((p) => p.startsWith('/docs/'))
  .map(pageTraits);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('page weight', () => {
  it('has docs pages with and without widgets, math, diagrams and code blocks to compare', () => {
    for (const trait of ['widgets', 'math', 'diagrams', 'code'] as const) {
      expect(
        docsPages.some((p) => p[trait]),
        `a page with ${trait}`,
      ).toBe(true);
      expect(
        docsPages.some((p) => !p[trait]),
        `a page without ${trait}`,
      ).toBe(true);
    }
  });

  it('keeps fonts out of the global stylesheet', () => {
    const dir = 'build/assets/css';
    const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.includes('KaTeX_'), `${f} contains KaTeX fonts`).toBe(false);
      expect(/data:(font|application\/font|application\/x-font)/.test(text), `${f} inlines a font`).toBe(false);
    }
  });

  it('serves KaTeX fonts as separate files from the site', async () => {
    const { page, context } = await watchedPage(browser);
    try {
      const res = await page.request.get(`${baseUrl()}/katex/${rendererKatex.version}/fonts/KaTeX_Main-Regular.woff2`);
      expect(res.status()).toBe(200);
      expect((await res.body()).length).toBeGreaterThan(1000);
    } finally {
      await context.close();
    }
  });
});
