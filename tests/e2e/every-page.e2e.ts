/**
 * Site-wide rules, on every page of the sitemap in both locales: no request leaves
 * localhost, no console or page error, no KaTeX error, every Mermaid diagram
 * renders to SVG once scrolled into view, and axe finds no serious or critical
 * accessibility violation. Chapter index pages are also checked in dark mode.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, scrollThrough, sitemapPaths, watchedPage } from './browser';

let browser: Browser;
let paths: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const { page, context } = await watchedPage(browser);
  paths = [...(await sitemapPaths(page, '')), ...(await sitemapPaths(page, '/en'))];
  await context.close();
});
afterAll(async () => browser?.close());

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function checkPage(path: string, colorScheme: 'light' | 'dark') {
  const { page, context, problems } = await watchedPage(browser, { colorScheme });
  try {
    const res = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(res?.status(), `${path} status`).toBe(200);
    await scrollThrough(page);
    const diagrams = await page.locator('[data-mermaid]').count();
    if (diagrams > 0) {
      await page.waitForFunction(
        () => Array.from(document.querySelectorAll('[data-mermaid]')).every((el) => el.querySelector('svg')),
        undefined,
        { timeout: 20_000 },
      );
    }
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.katex-error').count(), `KaTeX errors on ${path}`).toBe(0);
    expect(await seriousViolations(page), `axe on ${path} (${colorScheme})`).toEqual([]);
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
  });

  it('passes the site-wide checks in light mode', async () => {
    let diagrams = 0;
    for (const path of paths) diagrams += await checkPage(path, 'light');
    // The overview chapter alone has several diagrams; zero would mean the check saw none.
    expect(diagrams).toBeGreaterThan(0);
  });

  it('passes the site-wide checks in dark mode on the home and chapter index pages', async () => {
    const indexPages = paths.filter((p) => /^(\/en)?\/(docs\/[^/]+)?$/.test(p) || p === '/en/' || p === '/');
    expect(indexPages.length).toBeGreaterThanOrEqual(2);
    for (const path of indexPages) await checkPage(path, 'dark');
  });
});
