/**
 * Pure helpers of the offline plugin (plugins/offline/index.ts), tested in
 * tests/unit/offline.test.ts: which built files the service worker stores, with a
 * revision each, and the service worker's source.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** [site path, revision] pairs, in a stable order. */
export type PrecacheManifest = [string, string][];

/**
 * What a reader needs offline: pages, scripts, styles, the search indexes (.json),
 * the KaTeX fonts in the one format browsers request (woff2), images, the web app
 * manifest and the src/lib sources shown in the widgets' code tabs (.ts).
 */
const INCLUDE = /\.(html|js|css|json|woff2|svg|png|ico|webmanifest|ts)$/;
/**
 * Not needed offline: the service worker itself, the KaTeX woff/ttf fallbacks (never
 * requested by a browser that runs service workers), source maps, and the social
 * preview card (read by link-preview robots, never by a page).
 */
const EXCLUDE = [/^sw\.js$/, /\.map$/, /(^|\/)img\/social-card\.png$/];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const shortHash = (data: Buffer | string, length: number) =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

/** The files under `rootDir` to store, as site paths under `rootBaseUrl` (e.g. "/"), each with a content hash. */
export function precacheManifest(rootDir: string, rootBaseUrl: string): PrecacheManifest {
  return walk(rootDir)
    .map((file) => relative(rootDir, file).split(sep).join('/'))
    .filter((rel) => INCLUDE.test(rel) && !EXCLUDE.some((re) => re.test(rel)))
    .sort()
    .map((rel) => [`${rootBaseUrl}${rel}`, shortHash(readFileSync(join(rootDir, rel)), 10)]);
}

/** The service worker: the template with the file list and a version (hash of the list) filled in. */
export function renderServiceWorker(template: string, manifest: PrecacheManifest): string {
  const version = shortHash(JSON.stringify(manifest), 12);
  return template
    .replace('__PRECACHE_MANIFEST__;', `${JSON.stringify(manifest)};`)
    .replace('__CACHE_VERSION__}', `${JSON.stringify(version)}}`)
    .replace(/^\/\* global .*\*\/\n/, '');
}

/**
 * Written instead of the service worker when offline reading is switched off
 * (OFFLINE=off at build time): removes the caches and unregisters, so readers who
 * installed an earlier version stop being served from their cache.
 */
export const REMOVING_SERVICE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('llm-guide-offline-')) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
`;

/**
 * The inline script that registers the service worker: ~250 bytes on every page, no
 * bundle. It waits for the page to load and the main thread to be idle, so the
 * download of the offline copy never competes with the page itself, and it does
 * nothing when the reader asked to save data (Save-Data / data saver).
 */
export function registrationScript(swUrl: string, scope: string): string {
  return (
    `if('serviceWorker'in navigator&&!(navigator.connection&&navigator.connection.saveData))` +
    `addEventListener('load',function(){(self.requestIdleCallback||setTimeout)(function(){` +
    `navigator.serviceWorker.register(${JSON.stringify(swUrl)},{scope:${JSON.stringify(scope)}}).catch(function(){})})})`
  );
}
