/**
 * Renders the app icons of the web app manifest from static/img/logo.svg with the
 * system Chromium (no image library needed), into static/img/icons/:
 *   icon-192.png, icon-512.png   the logo as it is ("any" purpose)
 *   maskable-512.png             the logo inside the 80 % safe zone of a full-bleed
 *                                background, for launchers that crop icons to a shape
 *   apple-touch-icon.png         180 × 180, full-bleed (iOS rounds the corners itself)
 * The PNGs are committed; run again after changing the logo: node scripts/make-icons.mjs
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const svg = readFileSync('static/img/logo.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const BACKGROUND = '#1d5fbf'; // the logo's own background colour
const out = 'static/img/icons';
mkdirSync(out, { recursive: true });

// [file, size, logo scale inside the square, background]
const ICONS = [
  ['icon-192.png', 192, 1, 'transparent'],
  ['icon-512.png', 512, 1, 'transparent'],
  ['maskable-512.png', 512, 0.8, BACKGROUND],
  ['apple-touch-icon.png', 180, 1.12, BACKGROUND],
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [file, size, scale, background] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const logo = Math.round(size * scale);
    await page.setContent(
      `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;overflow:hidden;background:${background}">` +
        `<img src="${dataUrl}" width="${logo}" height="${logo}" style="display:block;flex:none"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${out}/${file}`, omitBackground: background === 'transparent' });
    await page.close();
    console.log(`${out}/${file}`);
  }
} finally {
  await browser.close();
}
