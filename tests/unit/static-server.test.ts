/**
 * The static server's cache headers (scripts/static-server.mjs), which the browser tests
 * rely on to keep the site's scripts cached between pages: content-hashed files under
 * /assets/ may be kept for a year, anything else is revalidated by its ETag, and without
 * { cache: true } nothing may be kept.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'assets', 'js'), { recursive: true });
  writeFileSync(join(root, 'assets', 'js', 'main.0123abcd.js'), 'console.log(1);');
  writeFileSync(join(root, 'page.html'), '<p>page</p>');
  writeFileSync(join(root, '404.html'), '<p>not found</p>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function withServer(cache: boolean, body: (url: string) => Promise<void>): Promise<void> {
  const server: { url: string; close: () => Promise<void> } = await serveStatic(root, 0, { cache });
  try {
    await body(server.url);
  } finally {
    await server.close();
  }
}

describe('serveStatic with { cache: true }', () => {
  it('lets a content-hashed asset be kept for a year', async () => {
    await withServer(true, async (url) => {
      const res = await fetch(`${url}/assets/js/main.0123abcd.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await res.text()).toBe('console.log(1);');
    });
  });

  it('revalidates a page by its ETag: 304 while unchanged, 200 for another tag', async () => {
    await withServer(true, async (url) => {
      const first = await fetch(`${url}/page`);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
      const again = await fetch(`${url}/page`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const other = await fetch(`${url}/page`, { headers: { 'If-None-Match': '"0-0"' } });
      expect(other.status).toBe(200);
      expect(await other.text()).toBe('<p>page</p>');
    });
  });

  it('never marks a missing file as cacheable', async () => {
    await withServer(true, async (url) => {
      const res = await fetch(`${url}/assets/js/gone.js`);
      expect(res.status).toBe(404);
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-cache');
    });
  });
});

describe('serveStatic by default', () => {
  it('lets nothing be kept: no validator, no-cache', async () => {
    await withServer(false, async (url) => {
      const res = await fetch(`${url}/assets/js/main.0123abcd.js`);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('etag')).toBeNull();
    });
  });
});
