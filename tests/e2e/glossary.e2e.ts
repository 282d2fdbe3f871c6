/**
 * The glossary in the browser: the <Term> tooltip opens on keyboard focus, hover and
 * a first tap (a second tap follows the link), is the link's accessible description
 * and closes on Escape; the glossary page lists every term with its anchor; the
 * references page links each work back to the pages citing it, in both locales.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryTerm } from '../../src/data/glossary';
import { REFERENCES } from '../../src/data/references';
import { loadDocs } from '../unit/docs';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const LOCALES = [
  ['', 'zh'],
  ['/en', 'en'],
] as const;
const PAGE = '/docs/reward/bradley-terry';

/** The accessible description Chromium computes for the element matched by selector. */
async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const value = nodes[0]?.description?.value as string | undefined;
  await cdp.detach();
  return value;
}

/** The first term link of the article, its id, and its tooltip. */
async function firstTerm(page: Page) {
  const link = page.locator('article a[data-term]').first();
  const id = (await link.getAttribute('data-term')) ?? '';
  const tipId = (await link.getAttribute('aria-describedby')) ?? '';
  expect(tipId).not.toBe('');
  const tip = page.locator(`[id="${tipId}"]`);
  return { link, id, tip };
}

describe.each(LOCALES)('Term tooltip (locale "%s")', (prefix, locale) => {
  it('opens on keyboard focus, describes the link, closes on Escape', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      // Hydrated: a hover or tap before React has attached its handlers shows nothing.
      await gotoHydrated(page, `${baseUrl()}${prefix}${PAGE}`);
      const { id, tip } = await firstTerm(page);
      const definition = glossaryTerm(id)?.definition[locale] ?? '';
      expect(definition).not.toBe('');
      expect(await tip.getAttribute('role')).toBe('tooltip');
      expect(await tip.isVisible()).toBe(false);
      // Start sequential navigation at the title, then Tab to the first term.
      await page.locator('article h1').first().click();
      let focused = '';
      for (let i = 0; i < 40 && focused !== id; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('data-term') ?? '');
      }
      expect(focused).toBe(id);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toContain(definition);
      expect(await accessibleDescription(page, `article a[data-term="${id}"]`)).toContain(definition);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      // Hydrated: a hover or tap before React has attached its handlers shows nothing.
      await gotoHydrated(page, `${baseUrl()}${prefix}${PAGE}`);
      const { link, id, tip } = await firstTerm(page);
      await link.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toContain(glossaryTerm(id)?.definition[locale]);
      // The tooltip stays inside the viewport.
      const box = await tip.boundingBox();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await page.mouse.move(5, 5);
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Hover again, then Escape closes it without moving the pointer.
      await link.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the tooltip on a first tap and opens the glossary entry on a second', async () => {
    const { page, problems, close } = await watchedPage(browser, {
      hasTouch: true,
      viewport: { width: 390, height: 844 },
    });
    try {
      // Hydrated: a hover or tap before React has attached its handlers shows nothing.
      await gotoHydrated(page, `${baseUrl()}${prefix}${PAGE}`);
      const { link, id, tip } = await firstTerm(page);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(new URL(page.url()).pathname).toBe(`${prefix}${PAGE}`);
      const box = await tip.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await link.tap();
      await page.waitForURL((u) => u.pathname === `${prefix}/docs/glossary` && u.hash === `#term-${id}`);
      await expect.poll(() => page.locator(`[id="term-${id}"]`).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each(LOCALES)('glossary page (locale "%s")', (prefix, locale) => {
  it('lists every term with its anchor, names, definition and section link', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}${prefix}/docs/glossary`);
      const entries = await page.locator('[id^="term-"]').evaluateAll((els) =>
        els.map((el) => ({
          id: el.id.replace(/^term-/, ''),
          text: el.textContent ?? '',
          href: el.querySelector('dd a')?.getAttribute('href') ?? '',
        })),
      );
      expect(entries.map((e) => e.id)).toEqual(GLOSSARY.map((t) => t.id));
      for (const [i, t] of GLOSSARY.entries()) {
        expect(entries[i].text).toContain(t[locale]);
        expect(entries[i].text).toContain(t.definition[locale]);
        expect(entries[i].href).toBe(`${prefix}${t.section}`);
        // The link is named by page title and heading (a bare route means the docs index missed it).
        expect(entries[i].text).not.toContain('/docs/');
      }
      const headings = await page.locator('article h2').allInnerTexts();
      expect(headings.length).toBeGreaterThan(0);
      expect(headings.filter((h) => h.includes('/docs/'))).toEqual([]);
      // Following a section link lands on that heading.
      const term = GLOSSARY[GLOSSARY.length - 1];
      await page.locator(`[id="term-${term.id}"] dd a`).click();
      const [path, hash] = term.section.split('#');
      await page.waitForURL((u) => u.pathname === `${prefix}${path}` && u.hash === `#${hash}`);
      await expect.poll(() => page.locator(`article [id="${hash}"]`).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each(LOCALES)('references back-links (locale "%s")', (prefix, locale) => {
  // What the docs cite, read from the sources: key → routes of the citing sections.
  const expected = new Map<string, string[]>();
  for (const doc of loadDocs(locale)) {
    for (const c of doc.parsed.citations) {
      const route = `${prefix}${doc.route}${c.headingId ? `#${c.headingId}` : ''}`;
      expected.set(c.key, [...(expected.get(c.key) ?? []), route]);
    }
  }

  it('links every entry to the pages that cite it, and a link leads to the citation', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}${prefix}/docs/references`);
      const shown = await page.locator('li[id^="ref-"]').evaluateAll((els) =>
        els.map((el) => ({
          key: el.id.replace(/^ref-/, ''),
          hrefs: Array.from(el.querySelectorAll('[data-testid="cited-in"] a'), (a) => a.getAttribute('href') ?? ''),
        })),
      );
      expect(shown.map((s) => s.key).sort()).toEqual(REFERENCES.map((r) => r.key).sort());
      const texts = await page.locator('[data-testid="cited-in"] a').allInnerTexts();
      expect(texts.filter((t) => t.includes('/docs/'))).toEqual([]);
      for (const s of shown) {
        expect(s.hrefs, s.key).toEqual(expected.get(s.key) ?? []);
        expect(s.hrefs.length, `${s.key} is cited somewhere`).toBeGreaterThan(0);
      }
      // Follow the back-link of the most cited work's first citing page.
      const key = [...shown].sort((a, b) => b.hrefs.length - a.hrefs.length)[0].key;
      const target = new URL(expected.get(key)?.[0] ?? '', baseUrl());
      await page.locator(`[id="ref-${key}"] [data-testid="cited-in"] a`).first().click();
      await page.waitForURL((u) => u.pathname === target.pathname && u.hash === target.hash);
      // Client-side navigation: the URL changes before the new page has rendered.
      await expect.poll(() => page.locator(`article a[href="#user-content-fn-${key}"]`).count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
