/**
 * Switching language keeps the reader on the same page; dark mode switches, is
 * remembered, and changes the page's colours; links are not prefetched when they come
 * into view, only when the pointer rests on one (src/client/no-viewport-prefetch.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('language switch', () => {
  it('goes from a Chinese page to the same English page and back', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/overview/scale`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
      await page.locator('.navbar__items--right .dropdown').first().hover();
      await page.getByRole('link', { name: 'English' }).first().click();
      await page.waitForURL('**/en/docs/overview/scale');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').first().textContent()).toBe('Scale');
      await page.locator('.navbar__items--right .dropdown').first().hover();
      await page.getByRole('link', { name: '简体中文' }).first().click();
      await page.waitForURL((u) => u.pathname === '/docs/overview/scale');
      expect(await page.locator('h1').first().textContent()).toBe('规模');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('dark mode', () => {
  it('switches, changes the background, and is remembered after a reload', async () => {
    const { page, problems, close } = await watchedPage(browser, { colorScheme: 'light' });
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/overview`);
      // Infima's light background is transparent (white canvas); compare the text colour instead.
      const bg = () => page.evaluate(() => getComputedStyle(document.body).color);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      const lightBg = await bg();
      // The toggle cycles light → dark (→ system); click until dark.
      const toggle = page.locator('.navbar button[class*="toggleButton"]').first();
      for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
        await toggle.click();
      }
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await bg()).not.toBe(lightBg);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('link prefetching', () => {
  it('fetches nothing for links in view, and preloads a page when its link is hovered', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/sft`);
      const scripts = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => new URL(e.name).pathname)
            .filter((p) => p.endsWith('.js')),
        );
      // The sidebar, the table of contents and the chapter's own links are all in view.
      const link = page.locator('.theme-doc-sidebar-container a[href="/docs/reward"]').first();
      expect(await link.isVisible()).toBe(true);
      await page.waitForTimeout(1500);
      expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);
      const before = await scripts();

      await link.hover();
      await expect.poll(async () => (await scripts()).filter((p) => !before.includes(p)).length).toBeGreaterThan(0);
      await link.click();
      await page.waitForURL((u) => u.pathname === '/docs/reward');
      expect(await page.locator('article h1').first().innerText()).toMatch(/奖励模型/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
