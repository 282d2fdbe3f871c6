/**
 * Page weight, the parts that need no page visit: the pages the sweep measures include
 * pages with and without each heavy library, the global stylesheet carries no fonts,
 * and KaTeX's fonts are served as files of the site. The per-page rules (Mermaid,
 * Prism, KaTeX, search code only where used) and the first-load budgets are checked
 * by every-page.e2e.ts while it visits each page (see ./page-weight.ts).
 *
 * Also the shape of every built page's HTML: whole, with no Suspense boundary left for a
 * script to fill in (plugins/whole-html.ts), the entry scripts requested only after the
 * first paint (plugins/ssr-template.ts), and on Chinese pages no label that a screen
 * reader would read in English (Docusaurus's Chinese theme leaves some untranslated;
 * i18n/zh-Hans/code.json fills them in).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoHydrated, launch, MAIN_JS, watchedPage } from './browser';
import { pageTraits, rendererKatex } from './page-weight';
import { htmlFile, sitemapPaths } from './widget-pages';

const docsPages = sitemapPaths('build/sitemap.xml')
  .filter((p) => p.startsWith('/docs/'))
  .map(pageTraits);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('page weight', () => {
  it('has docs pages with and without widgets, math, diagrams and code blocks to compare', () => {
    for (const trait of ['widgets', 'math', 'diagrams', 'code'] as const) {
      expect(
        docsPages.some((p) => p[trait]),
        `a page with ${trait}`,
      ).toBe(true);
      expect(
        docsPages.some((p) => !p[trait]),
        `a page without ${trait}`,
      ).toBe(true);
    }
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
    const { page, close } = await watchedPage(browser);
    try {
      const res = await page.request.get(`${baseUrl()}/katex/${rendererKatex.version}/fonts/KaTeX_Main-Regular.woff2`);
      expect(res.status()).toBe(200);
      expect((await res.body()).length).toBeGreaterThan(1000);
    } finally {
      await close();
    }
  });
});

describe('entry scripts', () => {
  // The first animation frame is when the browser starts to render the page: the text is
  // laid out and painted in that frame, and main.js must not be requested before it,
  // except by the template's fallback for a tab that does not paint: 200 ms after its
  // loader script ran with no frame (on a busy machine a tab's first frame can be later).
  // (Paint timing entries are stamped when the frame reaches the screen, which can be a
  // few milliseconds after the next task has started, so they cannot order the two.)
  it.for(['/docs/sft', '/en/docs/alignment'])(
    '%s requests main.js only after its first frame, and still hydrates',
    async (path) => {
      const { page, close } = await watchedPage(browser);
      // Removed afterwards, so that the reused tab does not keep it.
      const probe = await page.addInitScript(
        (mainJs) => {
          const w = window as unknown as { firstFrame?: number; loaderSeen?: number };
          requestAnimationFrame(() => {
            w.firstFrame = performance.now();
          });
          // The parser runs pending mutation callbacks before it runs an inline script, so
          // this time is at or before the moment the loader ran and set its 200 ms timer.
          const seen = new MutationObserver((records) => {
            for (const r of records) {
              for (const n of Array.from(r.addedNodes)) {
                if (n instanceof HTMLScriptElement && !n.src && new RegExp(mainJs).test(n.text)) {
                  w.loaderSeen ??= performance.now();
                  seen.disconnect();
                }
              }
            }
          });
          seen.observe(document, { childList: true, subtree: true });
        },
        // In the loader, the URL is inside a string: the pattern without its end anchor.
        MAIN_JS.source.replace(/\$$/, ''),
      );
      try {
        await gotoHydrated(page, `${baseUrl()}${path}`);
        const { frame, loader, main } = await page.evaluate(
          (mainJs) => ({
            frame: (window as unknown as { firstFrame?: number }).firstFrame ?? null,
            loader: (window as unknown as { loaderSeen?: number }).loaderSeen ?? null,
            main:
              performance.getEntriesByType('resource').find((e) => new RegExp(mainJs).test(e.name))?.startTime ?? null,
          }),
          MAIN_JS.source,
        );
        expect(frame, 'first frame').not.toBeNull();
        expect(loader, 'the loader script at the end of the body').not.toBeNull();
        expect(main, 'main.js requested').not.toBeNull();
        if (main! < frame!) {
          // Only the fallback may come first (a timer's time can read up to 1 ms short).
          expect(main!, `main.js at ${main} ms, before the first frame at ${frame} ms`).toBeGreaterThanOrEqual(
            loader! + 199,
          );
        }
        // Requested by the loader at the end of the body, so not before the parser reached it
        // (the parser may still be finishing the last few tags when a frame comes first).
        expect(main!, 'main.js requested before the loader script ran').toBeGreaterThanOrEqual(loader!);
      } finally {
        await probe.dispose();
        await close();
      }
    },
  );
});

describe('client entry', () => {
  // plugins/client-entry.js runs main.js's modules in stages, each in a task of its own,
  // and marks where each starts. A ticker (a message it keeps sending itself) counts the
  // tasks: a message queued before a stage's own "next task" message runs before it, so
  // two stages in different tasks see different counts.
  it('runs main.js in seven tasks, in order, and hydrates the server HTML', async () => {
    // A tab of its own: the init script below would stay with a reused one.
    const { page, problems, close } = await watchedPage(browser, { fresh: true });
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { stages: [string, number][] };
        w.stages = [];
        let ticks = 0;
        let ticking = true;
        const ticker = new MessageChannel();
        ticker.port1.onmessage = () => {
          ticks++;
          if (ticking) ticker.port2.postMessage(null);
        };
        ticker.port2.postMessage(null);
        // Hydrating keeps the server's elements; rendering from scratch would replace them.
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { serverH1: Element | null }).serverH1 = document.querySelector('article h1');
        });
        const mark = performance.mark.bind(performance);
        performance.mark = (name: string, options?: PerformanceMarkOptions) => {
          if (name.startsWith('client-entry:')) {
            w.stages.push([name.slice('client-entry:'.length), ticks]);
            if (name === 'client-entry:hydrate') ticking = false;
          }
          return mark(name, options);
        };
      });
      await gotoHydrated(page, `${baseUrl()}/docs/sft`);
      const stages = await page.evaluate(() => (window as unknown as { stages: [string, number][] }).stages);
      expect(stages.map(([name]) => name)).toEqual([
        'main',
        'routes',
        'preload',
        'react-dom',
        'router',
        'app',
        'hydrate',
      ]);
      const ticks = stages.map(([, n]) => n);
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i], `${stages[i][0]} after ${stages[i - 1][0]}`).toBeGreaterThan(ticks[i - 1]);
      }
      const keptH1 = await page.evaluate(() => {
        const h1 = (window as unknown as { serverH1: Element | null }).serverH1;
        return h1 !== null && h1 === document.querySelector('article h1') && h1.isConnected;
      });
      expect(keptH1, 'the server-rendered h1 is still the page heading').toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("KaTeX's stylesheet", () => {
  // English pages link it under /en/ (the locale's base URL), so it is matched by its end.
  const katexCss = `/katex/${rendererKatex.version}/katex.min.css`;
  // Its 20 @font-face rules change the document's fonts whenever the stylesheet comes or
  // goes, and then the whole page is styled and laid out again. Through <Head>, Helmet
  // took the server's link out while the page hydrated and put it back (twice the work,
  // and a layout shift); src/components/KatexStyles makes it a React stylesheet resource.
  it.for(['/docs/overview', '/en/docs/alignment'])(
    '%s keeps the server link while it hydrates: never removed, never added again',
    async (path) => {
      // A tab of its own: the init script below would stay with a reused one.
      const { page, problems, close } = await watchedPage(browser, { fresh: true });
      try {
        await page.addInitScript((css) => {
          const w = window as unknown as { katexLinks: string[] };
          w.katexLinks = [];
          const isKatex = (n: Node) => n instanceof HTMLLinkElement && !!n.getAttribute('href')?.endsWith(css);
          new MutationObserver((records) => {
            for (const r of records) {
              for (const n of Array.from(r.addedNodes)) if (isKatex(n)) w.katexLinks.push('added');
              for (const n of Array.from(r.removedNodes)) if (isKatex(n)) w.katexLinks.push('removed');
            }
          }).observe(document, { childList: true, subtree: true });
        }, katexCss);
        await gotoHydrated(page, `${baseUrl()}${path}`);
        await page.waitForLoadState('networkidle');
        const links = await page.evaluate(() => (window as unknown as { katexLinks: string[] }).katexLinks);
        expect(links, 'the parser adds it once, and nothing else touches it').toEqual(['added']);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('comes with the first page that has math on client navigation, and math is set in KaTeX fonts', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/data`);
      const sheets = () =>
        page.evaluate(() => Array.from(document.styleSheets).map((s) => (s.href ? new URL(s.href).pathname : '')));
      expect(await sheets(), '/docs/data has no math').not.toContain(katexCss);
      await page.locator('.theme-doc-sidebar-container a.menu__link[href="/docs/pretraining"]').first().click();
      await page.waitForURL(/\/docs\/pretraining$/);
      const math = page.locator('article .katex-html .mathnormal').first();
      await math.waitFor();
      expect(await sheets()).toContain(katexCss);
      expect(await math.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^KaTeX_Math/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('server HTML of every page, both locales', () => {
  const pages = [...sitemapPaths('build/sitemap.xml'), ...sitemapPaths('build/en/sitemap.xml')].map((path) => {
    const file = htmlFile(path);
    if (!file) throw new Error(`No built HTML for ${path}`);
    return { path, html: readFileSync(file, 'utf8') };
  });

  it('has every page in document order, with no part moved out for a script to put back', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { path, html } of pages) {
      // React's markers for an outlined (or pending) boundary and its hidden content.
      expect(html.includes('<!--$?-->'), `${path} has an outlined Suspense boundary`).toBe(false);
      expect(/<div hidden id="?S:/.test(html), `${path} has hidden streamed content`).toBe(false);
      if (path.includes('/docs/')) {
        const main = html.indexOf('<main');
        const h1 = html.indexOf('<h1', main);
        expect(main > 0 && h1 > main && h1 < html.indexOf('</main>'), `${path}: h1 inside <main>`).toBe(true);
      }
    }
  });

  it('requests the entry scripts only from the end of the body, after the first paint', () => {
    for (const { path, html } of pages) {
      const app = html.indexOf('id=__docusaurus');
      expect(app, path).toBeGreaterThan(0);
      const head = html.slice(0, app);
      expect(/<script[^>]*\bsrc=/.test(head), `${path} has a script src before the content`).toBe(false);
      expect(/<link[^>]*\bas=script/.test(head), `${path} preloads a script`).toBe(false);
      const loader =
        /requestAnimationFrame\(function\(\)\{setTimeout\(\w+,0\)\}\),setTimeout\(\w+,200\)\}\((\[[^\]]*\])\)/.exec(
          html.slice(app),
        );
      expect(loader, `${path} has no script loader`).not.toBeNull();
      const urls = JSON.parse(loader![1]) as string[];
      expect(urls.map((u) => u.replace(/^.*\//, '').replace(/\.[0-9a-f]+\.js$/, ''))).toEqual(['runtime~main', 'main']);
      for (const url of urls) expect(existsSync(join('build', url)), `${path}: ${url}`).toBe(true);
    }
  });

  it('names controls on Chinese pages in Chinese: no English theme label is left', () => {
    // Every English message of the theme (i18n/en/code.json) that reads as words.
    const english = Object.entries(
      JSON.parse(readFileSync('i18n/en/code.json', 'utf8')) as Record<string, { message: string }>,
    )
      .filter(([id, { message }]) => id.startsWith('theme.') && /[a-z]{3}/i.test(message))
      .map(([, { message }]) => message.replace(/\{\w+\}/g, '').trim())
      .filter((m) => m.length >= 4);
    expect(english).toContain('(opens in new tab)');
    // /search's query box is renamed once hydrated (src/theme/SearchPage; search.e2e.ts).
    const zh = pages.filter(({ path }) => !path.startsWith('/en/') && path !== '/search');
    for (const { path, html } of zh) {
      const labels = [...html.matchAll(/aria-label=("[^"]*"|[^\s>]+)/g)].map((m) => m[1].replace(/^"|"$/g, ''));
      expect(labels.length, path).toBeGreaterThan(3);
      for (const label of labels) {
        const found = english.find((m) => label.includes(m));
        expect(found, `${path}: aria-label "${label}"`).toBeUndefined();
      }
    }
  });
});
