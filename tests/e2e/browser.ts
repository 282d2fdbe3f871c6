/**
 * Shared set-up for the browser tests: one Chromium per test file, and pages that
 * record every problem the site-wide rules forbid: a request that leaves
 * localhost (it is aborted, so the site must work without it), a console error,
 * an uncaught page error.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

export const baseUrl = (): string => inject('baseUrl');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS as string[] });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Everything that went wrong so far, as readable lines. */
  problems: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export async function watchedPage(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /**
     * The site registers a service worker that downloads the whole site for offline
     * reading; blocked by default so each test's fresh context does not download it
     * again (tests/e2e/offline.e2e.ts allows it).
     */
    serviceWorkers?: 'allow' | 'block';
    hasTouch?: boolean;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'zh-CN',
    serviceWorkers: options.serviceWorkers ?? 'block',
    hasTouch: options.hasTouch ?? false,
  });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  return { page, context, problems };
}

/** Scrolls through the whole page so lazily rendered content (Mermaid) renders. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.9);
    for (let y = 0; y < document.body.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
}

/**
 * axe on a page. Legacy mode runs axe in the page itself: by default AxeBuilder opens a
 * blank page beside it to merge the results of each frame, which costs over a second per
 * run on this machine. The site has no cross-origin frames, the one thing only the
 * default mode can test.
 */
export const axeOn = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode();
