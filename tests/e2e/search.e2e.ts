/**
 * The local search index finds Chinese and English terms, in each locale, and a
 * result leads to the page that explains the term.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchedPage } from './browser';

// [locale prefix, query, path the first matching result must lead to]
const CASES: [string, string, RegExp][] = [
  ['', '拒绝采样', /\/docs\/overview\/paradigms/],
  ['', '继续预训练', /\/docs\/overview\/training-phases/],
  ['', '困惑度', /\/docs\/overview\/learning-paradigms/],
  ['', 'InstructGPT', /\/docs\/overview/],
  ['/en', 'rejection sampling', /\/en\/docs\/overview\/paradigms/],
  ['/en', 'perplexity', /\/en\/docs\/overview\/learning-paradigms/],
  ['/en', 'Chinchilla', /\/en\/docs\/overview\/scale/],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('search', () => {
  it.each(CASES)('in locale "%s" finds "%s" and leads to the page', async (prefix, query, target) => {
    const { page, context, problems } = await watchedPage(browser);
    try {
      await page.goto(`${baseUrl()}${prefix}/`, { waitUntil: 'networkidle' });
      const input = page.getByRole('searchbox').first();
      await input.click();
      await input.pressSequentially(query, { delay: 20 });
      const result = page.locator('.aa-dropdown-menu a[href]').filter({ hasNotText: /^$/ });
      await result.first().waitFor({ timeout: 15_000 });
      const hrefs = await result.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      const match = hrefs.find((h) => target.test(h));
      expect(match, `results for "${query}": ${hrefs.join(', ')}`).toBeTruthy();
      await page.locator(`.aa-dropdown-menu a[href^="${match}"]`).first().click();
      await page.waitForURL((u) => target.test(u.pathname));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
