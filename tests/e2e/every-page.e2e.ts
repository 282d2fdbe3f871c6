/**
 * Site-wide rules, on every page of the sitemap in both locales: no request leaves
 * localhost, no console or page error, no KaTeX error, every Mermaid diagram
 * renders to SVG once scrolled into view and fits the column at desktop width, and axe finds no serious or critical
 * accessibility violation (English section pages run the rules that depend on text, see
 * seriousViolations). Chinese home and chapter index pages are also checked in dark mode.
 *
 * The same visit of each Chinese page also measures its weight (./page-weight.ts:
 * heavy libraries only where used, first-load budgets) and, for pages with tables or
 * display formulas, checks at phone width that whatever scrolls sideways can be
 * reached by keyboard. One visit per page keeps npm test inside its time budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { axeOn, baseUrl, launch, stepWatch, waitForHydration, watchedPage } from './browser';
import {
  builtScript,
  firstLoadBudget,
  libraryMisuse,
  pageTraits,
  scriptsLoaded,
  type PageTraits,
  type Weight,
} from './page-weight';
import { sitemapPaths } from './widget-pages';

// The sitemaps of the production build, read when the tests are collected so that
// every page is its own test (with its own time limit and its own report line).
const paths = [...sitemapPaths('build/sitemap.xml'), ...sitemapPaths('build/en/sitemap.xml')];
// Home and chapter index pages: their site chrome is checked whole.
const indexPages = paths.filter((p) => /^(\/en)?\/(docs\/[^/]+)?$/.test(p) || p === '/en/');
// The Chinese ones are also checked in dark mode. An English page has the same markup and
// stylesheet as its Chinese twin, so it has the same colours; its text, which is what
// differs, is checked in light mode (TEXT_RULES).
const darkPages = indexPages.filter((p) => !p.startsWith('/en/'));

// Chinese pages: what they use (from the build) and what they weighed in the browser.
const zhPages = sitemapPaths('build/sitemap.xml').map(pageTraits);
const weights = new Map<string, Weight>();
const PHONE = { width: 390, height: 800 };
// Under the test time limit (180 s, vitest.e2e.config.ts), leaving time to close the tab.
const STUCK_MS = 120_000;

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
 * axe's serious and critical findings. Every rule runs on every Chinese page (index pages
 * in both colour schemes) and on every English index page; any other English page runs
 * TEXT_RULES only (the other rules see the same markup and colours as its Chinese twin).
 * The site chrome (navbar, sidebar, footer) is the same on every page of a locale: it is
 * checked whole on the index pages and left out elsewhere. Both keep the sweep inside
 * npm test's time budget.
 */
async function seriousViolations(page: Page, textRulesOnly: boolean, withChrome: boolean): Promise<string[]> {
  let builder = axeOn(page).options({ resultTypes: ['violations'] });
  if (!withChrome) builder = builder.exclude('.navbar').exclude('.theme-doc-sidebar-container').exclude('footer');
  // KaTeX's visual copy of each formula is aria-hidden (assistive technology reads the
  // MathML beside it, which stays checked) and takes the text colour of the prose around
  // it, which is checked there. On a page of formulas it is half the DOM and half of
  // axe's time. A formula with a colour of its own (\color) keeps it in.
  if ((await page.locator('.katex-html [style*="color"]').count()) === 0) builder = builder.exclude('.katex-html');
  const result = await (textRulesOnly ? builder.withRules(TEXT_RULES) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe's scrollable-region rule at phone width; the page's client module marks wide regions. */
async function phoneScrollersUnreachable(page: Page): Promise<string[]> {
  await page.setViewportSize(PHONE);
  await page.evaluate(() => document.fonts.ready);
  let found: string[] = [];
  // Regions are re-marked after a resize (debounced) and when fonts finish loading.
  for (let attempt = 0; attempt < 10; attempt++) {
    const axe = await axeOn(page).withRules(['scrollable-region-focusable']).analyze();
    found = axe.violations.flatMap((v) => v.nodes.map((n) => n.html.slice(0, 120)));
    if (found.length === 0) break;
    await page.waitForTimeout(200);
  }
  return found;
}

async function checkPage(path: string, colorScheme: 'light' | 'dark', expect: ExpectStatic): Promise<number> {
  const { page, problems, close } = await watchedPage(browser, { colorScheme });
  // The Chinese pages in light mode are also weighed.
  const traits = colorScheme === 'light' ? zhPages.find((p) => p.path === path) : undefined;
  // A page takes 2–15 s; one that hangs fails with the step it hung at, within the test's time limit.
  const watch = stepWatch(page, STUCK_MS);
  try {
    return await watch.run(checkOpenPage(page, path, traits, colorScheme, problems, watch.step, expect));
  } finally {
    await close();
  }
}

async function checkOpenPage(
  page: Page,
  path: string,
  traits: PageTraits | undefined,
  colorScheme: 'light' | 'dark',
  problems: string[],
  step: (name: string) => void,
  expect: ExpectStatic,
): Promise<number> {
  step('load the page');
  // 'load' is enough here: the network must be idle only once, after scrolling (below),
  // unless the page's first load is weighed.
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  // Hydrated, so that an error while React takes the page over is among the problems (the
  // page template requests main.js only after the first paint, possibly after 'load').
  step('wait for hydration');
  await waitForHydration(page);
  let firstLoad: string[] = [];
  if (traits) {
    step('wait for an idle network');
    // First load: what the page fetched once hydrated and idle, before any scrolling.
    await page.waitForLoadState('networkidle');
    firstLoad = await scriptsLoaded(page);
  }
  // What a reader's scrolling would load: images the browser defers (loading="lazy", as
  // Docusaurus marks Markdown images) load now; Mermaid, the only content drawn when it
  // comes into view (see 'draws nothing but Mermaid diagrams on scroll'), is scrolled to one
  // diagram at a time.
  step('load deferred images');
  await page.evaluate(() =>
    document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]').forEach((img) => (img.loading = 'eager')),
  );
  // Bring each diagram into view, as a reader scrolling to it would, and wait for its SVG.
  const diagrams = await page.locator('[data-mermaid]').count();
  for (let i = 0; i < diagrams; i++) {
    step(`render diagram ${i + 1} of ${diagrams}`);
    const diagram = page.locator('[data-mermaid]').nth(i);
    // Instant, without Playwright's wait for a "stable" box (a busy page can keep it moving).
    await diagram.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await diagram.locator('svg').first().waitFor({ timeout: 20_000 });
  }
  if (diagrams > 0) {
    // At desktop width every diagram fits the column (it may shrink to half its size):
    // one that still scrolls there is too wide to read, and should be redrawn narrower.
    const tooWide = await page.$$eval('.docusaurus-mermaid-container', (els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => `"${el.querySelector('svg title')?.textContent}" (${el.scrollWidth} px in ${el.clientWidth} px)`),
    );
    expect(
      tooWide,
      `diagrams wider than the column at desktop width on ${path}: ${tooWide.join(', ')}; draw them as rows (CONTRIBUTING.md)`,
    ).toEqual([]);
  }
  step('wait for an idle network');
  await page.waitForLoadState('networkidle');
  expect(await page.locator('.katex-error').count(), `KaTeX errors on ${path}`).toBe(0);
  const isIndex = indexPages.includes(path);
  const textRulesOnly = colorScheme === 'light' && path.startsWith('/en/') && !isIndex;
  step('axe');
  expect(await seriousViolations(page, textRulesOnly, isIndex), `axe on ${path} (${colorScheme})`).toEqual([]);
  step('weigh');
  if (traits) {
    const weight: Weight = {
      firstLoad: new Map(firstLoad.map((u) => [u, builtScript(u).gzip])),
      all: await scriptsLoaded(page),
      stylesheets: await page.$$eval('link[rel="stylesheet"]', (ls) =>
        ls.map((l) => new URL((l as HTMLLinkElement).href).pathname),
      ),
    };
    weights.set(path, weight);
    expect(libraryMisuse(traits, weight), `libraries on ${path}`).toEqual([]);
    if (traits.wide) {
      step('phone width');
      const unreachable = await phoneScrollersUnreachable(page);
      // The markup in the message: vitest's diff shortens it to "Array(1)".
      expect(unreachable, `scrolling regions at phone width on ${path}: ${unreachable.join(' | ')}`).toEqual([]);
    }
  }
  expect(problems, `problems on ${path}`).toEqual([]);
  return diagrams;
}

describe('every page of the sitemap', () => {
  it('lists pages of both locales', () => {
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths.some((p) => !p.startsWith('/en/') && p.startsWith('/docs/'))).toBe(true);
    expect(indexPages.length).toBeGreaterThanOrEqual(4);
    expect(darkPages.length).toBeGreaterThanOrEqual(2);
  });

  // The sweep does not scroll through each page (which took about a second a page); it
  // scrolls to each diagram. Content of another kind drawn on scroll would need the
  // scroll-through back.
  it('draws nothing but Mermaid diagrams on scroll', () => {
    const watchers = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => /IntersectionObserver/.test(readFileSync(join('src', f), 'utf8')));
    expect(watchers).toEqual([join('theme', 'Mermaid', 'index.tsx')]);
  });

  // Pages are independent: check a few at a time (vitest maxConcurrency), each in its own tab.
  it.concurrent.for(paths)('%s passes the site-wide checks in light mode', async (path, { expect }) => {
    diagramsSeen += await checkPage(path, 'light', expect);
  });

  it.concurrent.for(darkPages)('%s passes the site-wide checks in dark mode', async (path, { expect }) => {
    await checkPage(path, 'dark', expect);
  });

  it('saw Mermaid diagrams render (the overview chapter has several)', () => {
    expect(diagramsSeen).toBeGreaterThan(0);
  });

  it('keeps first-load JS near the lightest docs page and widget chunks within 60 KB gzip', () => {
    expect([...weights.keys()].sort()).toEqual(zhPages.map((p) => p.path).sort());
    const { report, misses } = firstLoadBudget(zhPages, weights);
    console.log(report);
    expect(misses).toEqual([]);
  });
});
