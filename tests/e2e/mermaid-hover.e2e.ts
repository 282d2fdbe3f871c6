/**
 * Hovering a Mermaid diagram is safe: flowchart nodes bind mouseover/mouseout handlers that
 * call d3's selection.transition(), which the bundle used to lack ("e.transition is not a
 * function" as a page error whenever the pointer crossed a node; see src/theme/Mermaid).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('Mermaid diagrams', () => {
  it('take the pointer over and off every node without a page error', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, baseUrl() + '/docs/data/packing');
      const diagram = page.locator('[data-mermaid]').first();
      await diagram.scrollIntoViewIfNeeded();
      await diagram.locator('svg').first().waitFor({ timeout: 20_000 });
      const nodes = diagram.locator('g.node');
      const count = await nodes.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i++) {
        await nodes.nth(i).hover();
        await page.mouse.move(5, 5);
      }
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
