/**
 * Reading on a phone: wide display formulas, the method tables and wide diagrams scroll
 * sideways and can be scrolled with the keyboard (focusable only when they overflow), and
 * back-to-back footnote references are separated by a comma; hydrating a page at phone
 * width builds no string collator. (every-page.e2e.ts runs
 * axe's scrollable-region rule at phone width on every page with a table, formula or diagram.)
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeOn, baseUrl, gotoHydrated, launch, watchedPage } from './browser';

const PHONE = { width: 390, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Each display formula: does it overflow its box, and is it focusable? */
const formulas = (page: Page) =>
  page.$$eval('.katex-display', (els) =>
    els.map((el) => ({ overflows: el.scrollWidth > el.clientWidth + 1, tabindex: el.getAttribute('tabindex') })),
  );

/** Focuses a scrolling region and presses → twice, as a keyboard user would: it must scroll. */
async function expectArrowKeysScroll(page: Page, region: Locator): Promise<void> {
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
}

describe('on a narrow screen', () => {
  it('wide formulas scroll with the keyboard; formulas that fit add no tab stop', async () => {
    // A tab of its own: the init script below would stay with a reused one.
    const { page, problems, close } = await watchedPage(browser, { viewport: PHONE, fresh: true });
    try {
      // Count String#localeCompare calls: the first one builds an ICU collator, a long task on
      // a phone, which plugins/source-patches.ts keeps out of hydration (the docs sidebar in the
      // phone menu sorted its memo keys with it).
      await page.addInitScript(() => {
        const original = String.prototype.localeCompare;
        (window as unknown as { compares: number }).compares = 0;
        String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
          (window as unknown as { compares: number }).compares += 1;
          return original.apply(this, args);
        };
      });
      await gotoHydrated(page, `${baseUrl()}/docs/alignment/dpo`);
      expect(await page.evaluate(() => (window as unknown as { compares: number }).compares)).toBe(0);
      await expect.poll(async () => (await formulas(page)).filter((f) => f.overflows).length).toBeGreaterThan(0);
      await expect
        .poll(async () => (await formulas(page)).every((f) => (f.tabindex === '0') === f.overflows))
        .toBe(true);
      // Focus the first wide one and scroll it with the arrow key.
      const wide = page.locator('.katex-display[tabindex="0"]').first();
      await expectArrowKeysScroll(page, wide);
      const axe = await axeOn(page).withRules(['scrollable-region-focusable']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      // Wider window: formulas that now fit lose their tab stop.
      await page.setViewportSize(DESKTOP);
      await expect
        .poll(async () => (await formulas(page)).every((f) => (f.tabindex === '0') === f.overflows))
        .toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.for(['/docs/alignment/comparison', '/en/docs/alignment/comparison'])(
    'the method tables on %s scroll sideways with the method column in place',
    async (path) => {
      const { page, problems, close } = await watchedPage(browser, { viewport: PHONE });
      try {
        await gotoHydrated(page, baseUrl() + path);
        const regions = page.locator('.method-table');
        expect(await regions.count()).toBe(2);
        for (const region of await regions.all()) {
          expect(await region.getAttribute('role')).toBe('region');
          expect((await region.getAttribute('aria-label'))?.length).toBeGreaterThan(0);
          expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
          const firstCell = region.locator('tbody tr td').first();
          const x0 = (await firstCell.boundingBox())!.x;
          await expectArrowKeysScroll(page, region);
          // The method column is sticky: it has not moved.
          expect(Math.abs((await firstCell.boundingBox())!.x - x0)).toBeLessThan(2);
        }
        const axe = await axeOn(page).withRules(['scrollable-region-focusable']).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('a wide diagram keeps readable text and scrolls with the keyboard; one that fits adds no tab stop', async () => {
    const { page, problems, close } = await watchedPage(browser, { viewport: PHONE });
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/alignment`);
      const diagram = page.locator('[data-mermaid]').first();
      await diagram.scrollIntoViewIfNeeded();
      const container = diagram.locator('.docusaurus-mermaid-container');
      await container.locator('svg').first().waitFor();
      /** The diagram's drawn width against its own, and its container's state. */
      const state = () =>
        container.evaluate((el) => {
          const svg = el.querySelector('svg')!;
          return {
            scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
            overflows: el.scrollWidth > el.clientWidth + 1,
            tabindex: el.getAttribute('tabindex'),
            role: el.getAttribute('role'),
            name: el.getAttribute('aria-label'),
          };
        });
      // The method family is 762 px wide: squeezed into 358 px its text would be 7 px tall.
      await expect.poll(async () => (await state()).tabindex).toBe('0');
      const phone = await state();
      expect(phone.scale).toBeGreaterThanOrEqual(0.59);
      expect(phone).toMatchObject({ overflows: true, role: 'group', name: '对齐方法家族' });
      await expectArrowKeysScroll(page, container);
      const axe = await axeOn(page).withRules(['scrollable-region-focusable']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      // On a desktop it fits: no scrolling, no tab stop.
      await page.setViewportSize(DESKTOP);
      await expect.poll(async () => (await state()).tabindex).toBe(null);
      expect(await state()).toMatchObject({ overflows: false, role: null, name: null });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('puts a comma between footnote references that touch', async () => {
    const { page, problems, close } = await watchedPage(browser, { viewport: PHONE });
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/alignment/comparison`);
      const separators = await page.$$eval('.footnote-separator', (els) =>
        els.map((el) => ({
          text: el.textContent,
          hidden: el.getAttribute('aria-hidden'),
          between: [el.previousElementSibling, el.nextElementSibling].every(
            (s) => s?.tagName === 'SUP' && !!s.querySelector('a[data-footnote-ref]'),
          ),
        })),
      );
      // docs/05-alignment/comparison.mdx cites [^grpo][^dapo] in one cell.
      expect(separators.length).toBeGreaterThan(0);
      for (const s of separators) expect(s).toEqual({ text: ',', hidden: 'true', between: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
