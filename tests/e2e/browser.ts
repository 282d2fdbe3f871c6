/**
 * Shared set-up for the browser tests: one Chromium per test file, and pages that
 * record every problem the site-wide rules forbid: a request that leaves
 * localhost (it fails, so the site must work without it), a console error,
 * an uncaught page error, a dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

export const baseUrl = (): string => inject('baseUrl');

/**
 * Every request that leaves localhost goes to a proxy that drops the connection
 * (global-setup.ts), so it fails wherever it comes from: a page, a worker, the service
 * worker. Chromium never sends loopback addresses through a proxy. Blocking with
 * Playwright's routes instead would turn off the HTTP cache (Playwright does so for
 * routed pages), and every page would download and compile all its scripts again.
 */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [...(CHROMIUM_ARGS as string[]), `--proxy-server=${inject('deadProxy')}`],
  });
}

export interface WatchedPage {
  page: Page;
  /** Everything that went wrong so far, as readable lines. */
  problems: string[];
  /** Ends the test's use of the page (give it back to the pool, or close it). */
  close: () => Promise<void>;
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /**
   * The site registers a service worker that downloads the whole site for offline
   * reading; blocked by default so each test does not download it again
   * (tests/e2e/offline.e2e.ts allows it, in a fresh context).
   */
  serviceWorkers?: 'allow' | 'block';
  hasTouch?: boolean;
  /** A new context and tab of its own, for a test that changes what a reused tab would keep (init scripts). */
  fresh?: boolean;
}

const DESKTOP = { width: 1280, height: 900 };

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** A tab kept open between tests; `sink` is the problem list of the test using it. */
interface PooledTab {
  context: BrowserContext;
  page: Page;
  sink: { problems: string[] };
}

// Tabs given back by finished tests, per browser and context settings. A new tab costs about
// 1 s of CPU here before its first page (a renderer process starts, compiles main.js and
// loads the CJK fonts); a reused one navigates to the next page in a quarter of that time.
// The browser tests load about 400 pages on two cores, so this is minutes of npm test.
const pools = new WeakMap<Browser, Map<string, PooledTab[]>>();

async function newTab(browser: Browser, options: PageOptions): Promise<PooledTab> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? DESKTOP,
    locale: 'zh-CN',
    serviceWorkers: options.serviceWorkers ?? 'block',
    hasTouch: options.hasTouch ?? false,
  });
  const sink = { problems: [] as string[] };
  // The request itself fails at the proxy (launch); here it is recorded.
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url)) sink.problems.push(`external request: ${url}`);
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') sink.problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => sink.problems.push(`page error on ${page.url()}: ${err.message}`));
  // A dialog (say, an alert run by markup a reader typed) is a problem too; it is dismissed
  // so the page goes on.
  page.on('dialog', (dialog) => {
    sink.problems.push(`dialog (${dialog.type()}) on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, sink };
}

// Wiping takes well under a second; a tab whose page no longer answers (page.evaluate
// waits for ever on a frozen page) is closed instead, so its test can end.
const WIPE_LIMIT_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What bounded() throws when the work takes too long. */
class Overtime extends Error {}

/** `work`, or an Overtime error naming `what` if it takes longer than `ms`. */
async function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Overtime(`${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Leaves nothing of the last test for the next one: its routes, stored data and document
 * (about:blank also stops its timers and training loops). Throws if the tab is unusable.
 */
async function wipe(tab: PooledTab): Promise<void> {
  await tab.page.unrouteAll({ behavior: 'ignoreErrors' });
  if (tab.page.url().startsWith(baseUrl())) {
    await tab.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await tab.page.goto('about:blank');
  await tab.context.clearCookies();
}

/**
 * A page whose problems (outside requests, console errors, page errors, dialogs) are
 * recorded for the test. Tabs are reused between tests of a file: a test gets a blank tab with its own
 * viewport and colour scheme, no routes of its own and empty storage.
 */
export async function watchedPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  if (options.fresh || options.serviceWorkers === 'allow') {
    const tab = await newTab(browser, options);
    return { page: tab.page, problems: tab.sink.problems, close: () => tab.context.close() };
  }
  const key = JSON.stringify([options.hasTouch ?? false]);
  let byKey = pools.get(browser);
  if (!byKey) pools.set(browser, (byKey = new Map()));
  const idle = byKey.get(key) ?? [];
  byKey.set(key, idle);
  const tab = idle.pop() ?? (await newTab(browser, options));
  await tab.page.setViewportSize(options.viewport ?? DESKTOP);
  await tab.page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  const problems: string[] = [];
  tab.sink.problems = problems;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await bounded(wipe(tab), WIPE_LIMIT_MS, 'wiping the tab');
      idle.push(tab);
    } catch {
      // A crashed, hung or closed tab is not reused.
      await tab.context.close().catch(() => undefined);
    }
  };
  return { page: tab.page, problems, close };
}

/**
 * Names the steps of a long browser test, so that one that hangs fails with where it hung
 * instead of the bare test timeout: the step, how long the earlier ones took, and whether
 * the page still answers (a frozen page is a bug of the site; a page that answers points
 * at the test or the browser). Playwright's actions time out on their own; page.evaluate
 * and some protocol calls do not.
 */
export function stepWatch(page: Page, limitMs: number) {
  const done: string[] = [];
  let current = 'start';
  let since = Date.now();
  const elapsed = () => `${current} ${Date.now() - since} ms`;
  return {
    step(name: string): void {
      done.push(elapsed());
      current = name;
      since = Date.now();
    },
    async run<T>(body: Promise<T>): Promise<T> {
      try {
        return await bounded(body, limitMs, 'the test');
      } catch (error) {
        if (!(error instanceof Overtime)) throw error;
        const answer = await Promise.race([
          page
            .evaluate(() => document.readyState)
            .then(
              (state) => `answers (document ${state})`,
              (e: Error) => `fails (${e.message.split('\n')[0]})`,
            ),
          sleep(5_000).then(() => 'does not answer within 5 s'),
        ]);
        throw new Error(
          `stuck for over ${limitMs / 1000} s at "${current}" on ${page.url()}; the page ${answer}; ` +
            `steps: ${[...done, elapsed()].join(', ')}`,
        );
      }
    },
  };
}

/**
 * axe on a page. Legacy mode runs axe in the page itself: by default AxeBuilder opens a
 * blank page beside it to merge the results of each frame, which costs over a second per
 * run on this machine. The site has no cross-origin frames, the one thing only the
 * default mode can test.
 */
export const axeOn = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode();

/** The URL of the main bundle, assets/js/main.<hash>.js (the page template loads it after the first paint). */
export const MAIN_JS = /\/assets\/js\/main\.[0-9a-f]+\.js$/;

/** Waits until React has hydrated the page: Docusaurus then sets html[data-has-hydrated="true"]. */
export async function waitForHydration(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { timeout });
}

/**
 * Opens a page as a reader who waits until it works: React has hydrated it and the chunks
 * it then requests have arrived. An idle network alone does not say that: the page template
 * requests main.js only after the first paint (plugins/ssr-template.ts), and on a busy
 * machine the first layout alone can outlast the 500 ms of quiet that Playwright calls idle.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
}
