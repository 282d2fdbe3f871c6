/**
 * Screenshots pages of the production build, to look at what a reader sees.
 * Usage: node scripts/screenshot.mjs /docs/overview [/en/ …] [--dark] [--mobile] [--out dir]
 * Writes PNGs to test-results/screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const mobile = args.includes('--mobile');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : 'test-results/screenshots';
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
mkdirSync(out, { recursive: true });

const server = await serveStatic('build');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  colorScheme: dark ? 'dark' : 'light',
  viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  // No offline copy of the whole site for a few screenshots.
  serviceWorkers: 'block',
});
const page = await context.newPage();
for (const p of paths.length ? paths : ['/']) {
  await page.goto(server.url + p, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 80));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(800);
  const file = `${out}/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}${dark ? '-dark' : ''}${mobile ? '-mobile' : ''}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
await server.close();
