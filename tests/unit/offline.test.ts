/**
 * The offline plugin's pure parts (plugins/offline/precache.ts): which built files
 * the service worker stores, their revisions, and the generated worker source.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheManifest, registrationScript, renderServiceWorker } from '../../plugins/offline/precache';

const root = resolve(__dirname, '../..');
let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offline-'));
  for (const rel of [
    'index.html',
    '404.html',
    'docs/sft/lora.html',
    'assets/js/main.0123abcd.js',
    'assets/css/styles.89abcdef.css',
    'search-index.json',
    'katex/0.16.47/katex.min.css',
    'katex/0.16.47/fonts/KaTeX_Main-Regular.woff2',
    'lib-src/sft/lora.ts',
    'img/logo.svg',
    'img/icons/icon-192.png',
    'manifest.webmanifest',
    'en/index.html',
    'en/docs/sft/lora.html',
    'en/search-index.json',
  ])
    write(rel, `content of ${rel}`);
  for (const rel of [
    'sw.js',
    'sitemap.xml',
    '.nojekyll',
    'katex/0.16.47/fonts/KaTeX_Main-Regular.woff',
    'katex/0.16.47/fonts/KaTeX_Main-Regular.ttf',
    'assets/js/main.0123abcd.js.map',
    'img/social-card.png',
  ])
    write(rel, 'not needed offline');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheManifest', () => {
  it('lists pages, scripts, styles, search indexes, woff2 fonts, images and lib sources of both locales, and nothing else', () => {
    const paths = precacheManifest(dir, '/guide/').map(([p]) => p);
    expect(paths).toEqual(
      [
        '/guide/404.html',
        '/guide/assets/css/styles.89abcdef.css',
        '/guide/assets/js/main.0123abcd.js',
        '/guide/docs/sft/lora.html',
        '/guide/en/docs/sft/lora.html',
        '/guide/en/index.html',
        '/guide/en/search-index.json',
        '/guide/img/icons/icon-192.png',
        '/guide/img/logo.svg',
        '/guide/index.html',
        '/guide/katex/0.16.47/fonts/KaTeX_Main-Regular.woff2',
        '/guide/katex/0.16.47/katex.min.css',
        '/guide/lib-src/sft/lora.ts',
        '/guide/manifest.webmanifest',
        '/guide/search-index.json',
      ].sort(),
    );
  });

  it('gives each file a revision that changes with its content only', () => {
    const before = new Map(precacheManifest(dir, '/'));
    write('docs/sft/lora.html', 'new text');
    const after = new Map(precacheManifest(dir, '/'));
    expect(after.get('/docs/sft/lora.html')).not.toBe(before.get('/docs/sft/lora.html'));
    expect(after.get('/en/docs/sft/lora.html')).toBe(before.get('/en/docs/sft/lora.html'));
    expect(before.get('/index.html')).toMatch(/^[0-9a-f]{10}$/);
  });
});

describe('renderServiceWorker', () => {
  const template = readFileSync(join(root, 'plugins/offline/sw.template.js'), 'utf8');

  it('fills in the file list and a version that follows it, leaving valid JavaScript', () => {
    const a = renderServiceWorker(template, [['/index.html', 'aaaaaaaaaa']]);
    const b = renderServiceWorker(template, [['/index.html', 'bbbbbbbbbb']]);
    expect(a).toContain('const PRECACHE = [["/index.html","aaaaaaaaaa"]];');
    expect(a).not.toMatch(/__PRECACHE_MANIFEST__|__CACHE_VERSION__/);
    const version = (sw: string) => /llm-guide-offline-\$\{("[0-9a-f]{12}")\}/.exec(sw)?.[1];
    expect(version(a)).toBeDefined();
    expect(version(a)).not.toBe(version(b));
    // Parses as a script (a syntax error would throw here; nothing runs).
    expect(() => new Function(a)).not.toThrow();
  });

  it('registers from a small inline script that ignores a refused registration', () => {
    const script = registrationScript('/sw.js', '/');
    expect(script.length).toBeLessThan(300);
    expect(script).toContain('register("/sw.js",{scope:"/"}).catch(');
    expect(() => new Function(script)).not.toThrow();
  });
});
