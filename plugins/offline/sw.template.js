/* global __PRECACHE_MANIFEST__, __CACHE_VERSION__ */
/**
 * The site's service worker (template: plugins/offline/sw.template.js; the build
 * writes it to /sw.js with the list of files filled in, see plugins/offline/index.ts).
 *
 * - install: downloads every file of the list (both locales: pages, JS, CSS, search
 *   indexes, KaTeX fonts, images, the widgets' lib sources) into one cache; a file
 *   whose revision did not change is copied from the previous cache, not downloaded.
 *   The worker becomes active only when all of them are stored, so "active" means
 *   "readable offline".
 * - fetch: pages are fetched from the network first and from the cache when the
 *   network fails (readers get the newest text when online); files whose name carries
 *   a content hash (assets/js, assets/css) and the versioned KaTeX folder never change,
 *   so they come from the cache first; everything else in the list is network-first.
 *   Requests for anything not in the list are left to the browser.
 * - activate: deletes the caches of older versions.
 */
const PRECACHE = __PRECACHE_MANIFEST__; // [[path, revision], ...], paths start at the site root
const CACHE = `llm-guide-offline-${__CACHE_VERSION__}`;
const CACHE_PREFIX = 'llm-guide-offline-';
const REVISION = new Map(PRECACHE);
const IMMUTABLE = /\/assets\/(js|css)\/.+\.[0-9a-f]{8,}\.(js|css)$|\/katex\/\d+\.\d+\.\d+\//;
const PARALLEL = 6;

/** The cache key of a file: its path plus its revision, so a changed file gets a new key. */
const cacheKey = (path) => new URL(`${path}?__rev=${REVISION.get(path)}`, self.location.origin).href;

/** The listed file a URL path stands for, resolved like the static host does (x → x.html, x/ → x/index.html). */
function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((c) => REVISION.has(c));
}

/** The 404 page of the locale a path belongs to (the longest listed …/404.html that prefixes it). */
function notFoundFor(pathname) {
  let best;
  for (const [path] of PRECACHE) {
    if (!path.endsWith('/404.html')) continue;
    const dir = path.slice(0, -'404.html'.length);
    if (pathname.startsWith(dir) && (!best || dir.length > best.length)) best = dir;
  }
  return best === undefined ? undefined : `${best}404.html`;
}

async function fromCache(path) {
  if (!path) return undefined;
  const cache = await caches.open(CACHE);
  return cache.match(cacheKey(path));
}

/** A response that can be stored and later used for a navigation (no redirect flag). */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const stored = new Set((await cache.keys()).map((request) => request.url));
      const todo = PRECACHE.map(([path]) => path).filter((path) => !stored.has(cacheKey(path)));
      let next = 0;
      const worker = async () => {
        while (next < todo.length) {
          const path = todo[next++];
          const key = cacheKey(path);
          // Unchanged since an older version: reuse the stored copy.
          let response = await caches.match(key);
          if (!response) {
            response = await fetch(new URL(path, self.location.origin), { cache: 'no-cache' });
            if (!response.ok) throw new Error(`offline copy: ${path} answered ${response.status}`);
          }
          await cache.put(key, await storable(response));
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = fileFor(url.pathname);

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(async () => {
        const cached = (await fromCache(path)) ?? (await fromCache(notFoundFor(url.pathname)));
        return cached ?? Response.error();
      }),
    );
    return;
  }
  if (!path) return;
  if (IMMUTABLE.test(path)) {
    event.respondWith(fromCache(path).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(fetch(request).catch(async () => (await fromCache(path)) ?? Response.error()));
});
