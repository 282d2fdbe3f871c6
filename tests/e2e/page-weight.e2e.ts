/**
 * Heavy libraries load only where they are used, and KaTeX is served the right way:
 * - no Mermaid code on a page without diagrams (it loads on diagram pages);
 * - KaTeX's stylesheet is linked on pages with math and only there, from the site
 *   itself, in the same version as the katex package that rehype-katex renders with;
 * - the global stylesheet has no KaTeX fonts and no base64-inlined fonts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, scrollThrough, watchedPage } from './browser';

const require = createRequire(import.meta.url);
// The katex that rehype-katex itself resolves (what renders the HTML).
const rendererKatex = JSON.parse(
  readFileSync(
    require.resolve('katex/package.json', { paths: [join(process.cwd(), 'node_modules/rehype-katex')] }),
    'utf8',
  ),
) as { version: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Loads a page, scrolls through it, and returns the JS and CSS it fetched. */
async function assets(path: string): Promise<{ js: string[]; css: string[]; stylesheets: string[] }> {
  const { page, context, problems } = await watchedPage(browser);
  const js: string[] = [];
  const css: string[] = [];
  page.on('response', async (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (type.includes('javascript')) js.push(await res.text());
    if (type.includes('text/css')) css.push(res.url());
  });
  try {
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    for (const diagram of await page.locator('[data-mermaid]').all()) {
      await diagram.scrollIntoViewIfNeeded();
      await diagram.locator('svg').first().waitFor({ timeout: 20_000 });
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const stylesheets = await page.$$eval('link[rel="stylesheet"]', (ls) =>
      ls.map((l) => new URL((l as HTMLLinkElement).href).pathname),
    );
    expect(problems).toEqual([]);
    return { js, css, stylesheets };
  } finally {
    await context.close();
  }
}

// A string that only Mermaid's core contains.
const MERMAID_MARKER = 'UnknownDiagramError';

describe('page weight', () => {
  it('loads no Mermaid code on pages without diagrams', async () => {
    for (const path of ['/', '/docs/overview/scale', '/en/docs/overview/learning-paradigms']) {
      const { js } = await assets(path);
      expect(js.length, path).toBeGreaterThan(0);
      expect(
        js.some((code) => code.includes(MERMAID_MARKER)),
        `Mermaid loaded on ${path}`,
      ).toBe(false);
    }
  });

  it('loads Mermaid on a page with a diagram', async () => {
    const { js } = await assets('/docs/overview/paradigms');
    expect(js.some((code) => code.includes(MERMAID_MARKER))).toBe(true);
  });

  it('links the KaTeX stylesheet, of the rendering version, only on pages with math', async () => {
    const href = `/katex/${rendererKatex.version}/katex.min.css`;
    const withMath = await assets('/docs/overview/scale');
    expect(withMath.stylesheets).toContain(href);
    const withoutMath = await assets('/docs/overview/training-phases');
    expect(withoutMath.stylesheets.some((s) => s.includes('katex'))).toBe(false);
    const home = await assets('/');
    expect(home.stylesheets.some((s) => s.includes('katex'))).toBe(false);
  });

  it('keeps fonts out of the global stylesheet', () => {
    const dir = 'build/assets/css';
    const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.includes('KaTeX_'), `${f} contains KaTeX fonts`).toBe(false);
      expect(/data:(font|application\/font|application\/x-font)/.test(text), `${f} inlines a font`).toBe(false);
    }
  });

  it('serves KaTeX fonts as separate files from the site', async () => {
    const { page, context } = await watchedPage(browser);
    try {
      const res = await page.request.get(`${baseUrl()}/katex/${rendererKatex.version}/fonts/KaTeX_Main-Regular.woff2`);
      expect(res.status()).toBe(200);
      expect((await res.body()).length).toBeGreaterThan(1000);
    } finally {
      await context.close();
    }
  });
});
