/**
 * The browser tests reuse tabs (./browser.ts watchedPage): a test that ends gives its tab
 * back, and the next test gets it blank. What one test did must not reach the next: its
 * stored data, routes, colour scheme, window size, problems, and the page it left open.
 * Also what every watched page promises: requests leaving localhost fail and are recorded,
 * and the site's scripts stay cached between pages.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoHydrated, launch, MAIN_JS, stepWatch, waitForHydration, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PHONE = { width: 390, height: 800 };

describe('a reused tab', () => {
  it('keeps nothing of the test that used it before', async () => {
    const first = await watchedPage(browser, { colorScheme: 'dark', viewport: PHONE });
    await first.page.goto(`${baseUrl()}/docs/data`, { waitUntil: 'load' });
    await first.page.evaluate(() => {
      localStorage.setItem('left-behind', '1');
      sessionStorage.setItem('left-behind', '1');
      document.cookie = 'left=behind';
    });
    // A route that would break every later page load, and a problem the next test must not see.
    await first.page.route('**/*.js', (route) => route.abort());
    await first.page.evaluate(() => console.error('from the first test'));
    await expect.poll(() => first.problems.length).toBe(1);
    await first.close();

    const second = await watchedPage(browser);
    try {
      // The same tab (the pool gives it back), so the checks below are about reuse.
      expect(second.page).toBe(first.page);
      expect(second.page.url()).toBe('about:blank');
      expect(second.page.viewportSize()).toEqual({ width: 1280, height: 900 });
      await second.page.goto(`${baseUrl()}/docs/data`, { waitUntil: 'load' });
      await waitForHydration(second.page);
      const state = await second.page.evaluate(() => ({
        local: localStorage.getItem('left-behind'),
        session: sessionStorage.getItem('left-behind'),
        cookie: document.cookie,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        theme: document.documentElement.dataset.theme,
        width: innerWidth,
      }));
      expect(state).toEqual({ local: null, session: null, cookie: '', dark: false, theme: 'light', width: 1280 });
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('is not shared by tests that run at the same time', async () => {
    const [a, b] = await Promise.all([watchedPage(browser), watchedPage(browser)]);
    try {
      expect(a.page).not.toBe(b.page);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('is not given to a test that asks for a fresh one', async () => {
    const pooled = await watchedPage(browser);
    await pooled.close();
    const fresh = await watchedPage(browser, { fresh: true });
    try {
      expect(fresh.page).not.toBe(pooled.page);
      expect(fresh.page.context()).not.toBe(pooled.page.context());
    } finally {
      await fresh.close();
    }
  });

  it('is closed, not reused, when its page froze; the test names the step it hung at', async () => {
    const frozen = await watchedPage(browser);
    const watch = stepWatch(frozen.page, 2_000);
    let stuck: unknown;
    try {
      await frozen.page.goto(`${baseUrl()}/docs/data`, { waitUntil: 'load' });
      watch.step('freeze the page');
      // A script that never yields: the page stops answering, as a frozen site would.
      await frozen.page.evaluate(
        () =>
          void setTimeout(() => {
            for (;;);
          }, 0),
      );
      await watch.run(frozen.page.evaluate(() => document.title));
    } catch (error) {
      stuck = error;
    } finally {
      await frozen.close();
    }
    expect(String(stuck)).toMatch(
      /stuck for over 2 s at "freeze the page" on .*\/docs\/data; the page does not answer within 5 s; steps: start \d+ ms, freeze the page \d+ ms/,
    );
    expect(frozen.page.isClosed()).toBe(true);
    const next = await watchedPage(browser);
    try {
      expect(next.page).not.toBe(frozen.page);
    } finally {
      await next.close();
    }
  });
});

describe('a watched page', () => {
  it('records every request that leaves localhost, and the request fails', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await page.goto(`${baseUrl()}/docs/data`, { waitUntil: 'load' });
      // A host name, an address (TEST-NET-3, RFC 5737) and a request from a worker.
      const outcomes = await page.evaluate(async () => {
        const attempt = (url: string) =>
          fetch(url, { mode: 'no-cors' }).then(
            () => 'reached',
            () => 'failed',
          );
        const fromWorker = new Promise<string>((resolve) => {
          const source = `fetch('https://example.org/w', { mode: 'no-cors' }).then(() => postMessage('reached'), () => postMessage('failed'))`;
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          worker.onmessage = (e) => resolve(String(e.data));
        });
        return Promise.all([attempt('https://example.com/x'), attempt('http://203.0.113.7/y'), fromWorker]);
      });
      expect(outcomes).toEqual(['failed', 'failed', 'failed']);
      // (Each failed load is also a console error, also recorded.)
      await expect
        .poll(() => problems.filter((p) => p.startsWith('external')).sort())
        .toEqual([
          'external request: http://203.0.113.7/y',
          'external request: https://example.com/x',
          'external request: https://example.org/w',
        ]);
    } finally {
      await close();
    }
  });

  it("keeps the site's hashed scripts cached from one page to the next", async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      const mainScript = () =>
        page.evaluate(
          (mainJs) =>
            performance
              .getEntriesByType('resource')
              .map((e) => e as PerformanceResourceTiming)
              .filter((e) => new RegExp(mainJs).test(e.name))
              .map((e) => e.transferSize),
          MAIN_JS.source,
        );
      // Hydrated, not just loaded: the page template requests main.js only after the first paint.
      await gotoHydrated(page, `${baseUrl()}/docs/data`);
      await gotoHydrated(page, `${baseUrl()}/docs/sft`);
      // Listed in resource timing (the page-weight checks read it), but not downloaded again.
      expect(await mainScript()).toEqual([0]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
