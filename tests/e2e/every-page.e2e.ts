/**
 * Site-wide rules, on every page of the sitemap in both locales: no request leaves
 * localhost, no console or page error, no KaTeX error, every Mermaid diagram
 * renders to SVG once scrolled into view, and axe finds no serious or critical
 * accessibility violation (English section pages run the rules that depend on text, see
 * seriousViolations). Chapter index pages are also checked in dark mode.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { baseUrl, launch, scrollThrough, watchedPage } from './browser';

// The sitemaps of the production build, read when the tests are collected so that
// every page is its own test (with its own time limit and its own report line).
function sitemap(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
const paths = [...sitemap('build/sitemap.xml'), ...sitemap('build/en/sitemap.xml')];
// Home and chapter index pages, also checked in dark mode.
const indexPages = paths.filter((p) => /^(\/en)?\/(docs\/[^/]+)?$/.test(p) || p === '/en/');

let browser: Browser;
let diagramsSeen = 0;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * Rules whose outcome can differ between a Chinese page and its English twin (same markup,
 * same stylesheet, other text): names and labels of controls and links, the language, and
 * regions that overflow (longer English text can make a table scroll, and a scrolling
 * region must be focusable).
 */
const TEXT_RULES = [
  'aria-command-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'button-name',
  'document-title',
  'empty-heading',
  'html-has-lang',
  'html-lang-valid',
  'image-alt',
  'input-button-name',
  'label',
  'link-name',
  'scrollable-region-focusable',
  'select-name',
  'svg-img-alt',
  'valid-lang',
];

/**
 * axe's serious and critical findings. Every rule runs on every Chinese page and on every
 * index page of both locales in both colour schemes; an English page in light mode runs
 * TEXT_RULES only (the other rules see the same markup and colours as its Chinese twin),
 * which keeps the whole sweep inside npm test's time budget.
 */
async function seriousViolations(page: Page, textRulesOnly: boolean): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (textRulesOnly ? builder.withRules(TEXT_RULES) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function checkPage(path: string, colorScheme: 'light' | 'dark', expect: ExpectStatic): Promise<number> {
  const { page, context, problems } = await watchedPage(browser, { colorScheme });
  try {
    // 'load' is enough here: the network must be idle only once, after scrolling (below).
    const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
    expect(res?.status(), `${path} status`).toBe(200);
    await scrollThrough(page);
    // Bring each diagram into view, as a reader scrolling to it would, and wait for its SVG.
    const diagrams = await page.locator('[data-mermaid]').count();
    for (let i = 0; i < diagrams; i++) {
      const diagram = page.locator('[data-mermaid]').nth(i);
      await diagram.scrollIntoViewIfNeeded();
      await diagram.locator('svg').first().waitFor({ timeout: 20_000 });
    }
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.katex-error').count(), `KaTeX errors on ${path}`).toBe(0);
    const textRulesOnly = colorScheme === 'light' && path.startsWith('/en/') && !indexPages.includes(path);
    expect(await seriousViolations(page, textRulesOnly), `axe on ${path} (${colorScheme})`).toEqual([]);
    expect(problems, `problems on ${path}`).toEqual([]);
    return diagrams;
  } finally {
    await context.close();
  }
}

describe('every page of the sitemap', () => {
  it('lists pages of both locales', () => {
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths.some((p) => !p.startsWith('/en/') && p.startsWith('/docs/'))).toBe(true);
    expect(indexPages.length).toBeGreaterThanOrEqual(4);
  });

  // Pages are independent: check a few at a time (vitest maxConcurrency) in separate contexts.
  it.concurrent.for(paths)('%s passes the site-wide checks in light mode', async (path, { expect }) => {
    diagramsSeen += await checkPage(path, 'light', expect);
  });

  it.concurrent.for(indexPages)('%s passes the site-wide checks in dark mode', async (path, { expect }) => {
    await checkPage(path, 'dark', expect);
  });

  it('saw Mermaid diagrams render (the overview chapter has several)', () => {
    expect(diagramsSeen).toBeGreaterThan(0);
  });
});
