/**
 * Offline reading: after one visit of the home page, the service worker has stored
 * the whole site (both locales); then the site's server is shut down and the browser
 * set offline, and a reader can still open another chapter and use its widget, search
 * (the search index comes from the cache), follow a result, and read English pages.
 * Runs against its own server (a copy of the global one) so it can really stop it.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bradleyTerryLoss, preferenceProbability } from '../../src/lib';
import { formatNumber } from '../../src/components/kit/format';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launch, waitForHydration, watchedPage } from './browser';
import { typeInto } from './widgets/pretraining-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The number of files the built service worker stores. */
function precacheSize(): number {
  const sw = readFileSync('build/sw.js', 'utf8');
  const m = /const PRECACHE = (\[.*?\]);/.exec(sw);
  if (!m) throw new Error('build/sw.js has no file list');
  return (JSON.parse(m[1]) as unknown[]).length;
}

describe('offline reading', () => {
  it('reads other chapters, runs a widget, searches and reads English pages offline after one visit', async () => {
    const server: { url: string; close: () => Promise<void> } = await serveStatic('build');
    const { page, problems, close } = await watchedPage(browser, { serviceWorkers: 'allow' });
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      // The worker is registered after load and becomes active only once every file is stored.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      const stored = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith('llm-guide-offline-'));
        return { names: names.length, files: names.length ? (await (await caches.open(names[0])).keys()).length : 0 };
      });
      expect(stored).toEqual({ names: 1, files: precacheSize() });

      // Offline: the server is gone and the browser has no network.
      await server.close();
      await page.context().setOffline(true);

      // Another chapter, loaded in full from the cache; its widget computes.
      const response = await page.goto(`${server.url}/docs/reward/bradley-terry`, { waitUntil: 'load' });
      expect(response?.fromServiceWorker()).toBe(true);
      // Typing into the widget needs React on the page (main.js comes after the first paint).
      await waitForHydration(page);
      expect(await page.locator('article h1').first().innerText()).toBe('Bradley–Terry 模型与成对损失');
      const widget = page.locator('[data-widget="PreferenceLoss"]');
      await widget.scrollIntoViewIfNeeded();
      await typeInto(page, widget.getByRole('textbox', { name: '被拒回答的奖励 r_r', exact: true }), '2');
      await expect
        .poll(() => widget.getByTestId('probability').innerText())
        .toBe(formatNumber(preferenceProbability(1.5, 2), 4));
      expect(await widget.getByTestId('loss').innerText()).toBe(formatNumber(bradleyTerryLoss([1.5], [2], [0]), 4));
      // KaTeX fonts of the page's formulas came from the cache too.
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

      // Local search: the index is read from the cache; a result leads to its page (client-side navigation).
      const input = page.locator('input.navbar__search-input').first();
      await input.click();
      await input.pressSequentially('奖励投机', { delay: 20 });
      const option = page.locator('[role="listbox"] [role="option"]', { hasText: '奖励投机、过度优化与 best-of-n' });
      await option.first().waitFor({ timeout: 15_000 });
      await option.first().click();
      await page.waitForURL((u) => u.pathname === '/docs/reward/best-of-n');
      await expect.poll(() => page.locator('article h1').first().innerText()).toBe('奖励投机、过度优化与 best-of-n');

      // An English page, and English search; an up-to-date translation shows no staleness notice.
      await page.goto(`${server.url}/en/docs/sft/lora`, { waitUntil: 'load' });
      await waitForHydration(page);
      expect(await page.locator('article h1').first().innerText()).toBe('LoRA: low-rank adaptation');
      expect(await page.getByTestId('translation-notice').count()).toBe(0);
      const enInput = page.locator('input.navbar__search-input').first();
      await enInput.click();
      await enInput.pressSequentially('pairwise loss', { delay: 20 });
      await page
        .locator('[role="listbox"] [role="option"]', { hasText: 'The Bradley–Terry model and the pairwise loss' })
        .first()
        .waitFor({ timeout: 15_000 });

      // A page that does not exist gets the locale's 404 page from the cache.
      await page.goto(`${server.url}/en/docs/no-such-page`, { waitUntil: 'load' });
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(problems).toEqual([]);
    } finally {
      await close();
      await server.close().catch(() => undefined);
    }
  });
});
