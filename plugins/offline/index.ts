/**
 * Docusaurus plugin: the site is installable and readable offline, in both locales.
 *
 * - Every page links a web app manifest (name, icons from static/img/icons, made by
 *   scripts/make-icons.mjs) and, in production builds, registers /sw.js with an
 *   inline script of ~250 bytes (see registrationScript).
 * - After each locale's build, /sw.js at the site root is (re)written from
 *   sw.template.js with the list of every file of the whole build so far. The
 *   default locale is built first and English (/en/) after it, so the final /sw.js
 *   covers both: a reader who opened any page can read every page of both locales
 *   offline, search them and use the widgets.
 *
 * Why not @docusaurus/plugin-pwa: it builds one service worker per locale, each
 * precaching only its own locale's folder, so a reader of the Chinese site could not
 * open an English page offline; it also adds Workbox, Babel and webpack to the
 * runtime dependencies and a Workbox-based registration script to every page.
 *
 * Offline reading is on by default; OFFLINE=off at build time switches it off and
 * publishes a service worker that removes itself and its caches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { precacheManifest, registrationScript, renderServiceWorker, REMOVING_SERVICE_WORKER } from './precache';

export interface OfflineOptions {
  /** The site's base URL without the locale segment (siteConfig.baseUrl before localisation). */
  rootBaseUrl: string;
  /** Short name under the installed icon. */
  shortName: string;
  themeColor: string;
}

const enabled = () => process.env.OFFLINE !== 'off';
// One final rewrite per build process (the last locale built has the whole root folder).
let pendingFinalWrite = false;

export default function offlinePlugin(context: LoadContext, options: unknown): Plugin {
  const { baseUrl, siteConfig, i18n } = context;
  const { rootBaseUrl, shortName, themeColor } = options as OfflineOptions;
  const production = process.env.NODE_ENV === 'production';

  return {
    name: 'llm-guide-offline',

    injectHtmlTags() {
      // The manifest and the service worker exist only in a production build.
      if (!production) return {};
      return {
        headTags: [
          { tagName: 'link', attributes: { rel: 'manifest', href: `${baseUrl}manifest.webmanifest` } },
          { tagName: 'meta', attributes: { name: 'theme-color', content: themeColor } },
          {
            tagName: 'link',
            attributes: { rel: 'apple-touch-icon', href: `${baseUrl}img/icons/apple-touch-icon.png` },
          },
        ],
        postBodyTags: enabled()
          ? [{ tagName: 'script', innerHTML: registrationScript(`${rootBaseUrl}sw.js`, rootBaseUrl) }]
          : [],
      };
    },

    async postBuild({ outDir }) {
      const localeConfig = i18n.localeConfigs[i18n.currentLocale];
      const manifest = {
        id: baseUrl,
        name: siteConfig.title,
        short_name: shortName,
        description: siteConfig.tagline,
        lang: localeConfig?.htmlLang ?? i18n.currentLocale,
        dir: localeConfig?.direction ?? 'ltr',
        start_url: baseUrl,
        scope: rootBaseUrl,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: themeColor,
        icons: [
          { src: `${baseUrl}img/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: `${baseUrl}img/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: `${baseUrl}img/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      };
      writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);

      // The site root: the locale's output folder minus its locale segment (build/en → build).
      const localeSegments = baseUrl.slice(rootBaseUrl.length).split('/').filter(Boolean).length;
      const rootDir = resolve(outDir, ...Array<string>(localeSegments).fill('..'));
      if (!enabled()) {
        writeFileSync(join(rootDir, 'sw.js'), REMOVING_SERVICE_WORKER);
        return;
      }
      const template = readFileSync(join(context.siteDir, 'plugins/offline/sw.template.js'), 'utf8');
      const write = () =>
        writeFileSync(join(rootDir, 'sw.js'), renderServiceWorker(template, precacheManifest(rootDir, rootBaseUrl)));
      write();
      // Other plugins write files in their postBuild at the same time (the search index of
      // this locale), so the list is made again, complete, when the build process ends
      // successfully (synchronous, as 'exit' handlers must be).
      if (!pendingFinalWrite) {
        pendingFinalWrite = true;
        process.once('exit', (code) => {
          if (code === 0) write();
        });
      }
    },
  };
}
