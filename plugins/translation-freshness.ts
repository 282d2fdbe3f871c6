/**
 * Docusaurus plugin: which translated doc pages may be out of date. At build time
 * (and on every change in `docusaurus start`) it compares each page's recorded
 * `source_hash` with the hash of its Chinese source (scripts/i18n/freshness-lib.mjs)
 * and publishes only the result, `{ stale: { "<path under current/>": { changed } } }`,
 * as global data; the notice (src/components/TranslationNotice, shown by the
 * DocItem/Content wrapper) reads it. No Chinese text or hashing reaches the browser.
 * Pages without a hash are not flagged here: the unit tests fail on them instead.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { SOURCE_DIR, lastChanged, translationStatus } from '../scripts/i18n/freshness-lib.mjs';

export const PLUGIN_NAME = 'llm-guide-translation-freshness';

export interface FreshnessData {
  /** Stale pages by path relative to the locale's docs folder, with the date their source changed. */
  stale: Record<string, { changed: string | null }>;
}

/** The global data for one locale (nothing is stale in the default locale, the source itself). */
export function freshnessData(siteDir: string, locale: string, defaultLocale: string): FreshnessData {
  if (locale === defaultLocale) return { stale: {} };
  const translationDir = join('i18n', locale, 'docusaurus-plugin-content-docs/current');
  const stale: FreshnessData['stale'] = {};
  for (const page of translationStatus(siteDir, { sourceDir: SOURCE_DIR, translationDir })) {
    if (page.state === 'stale') stale[page.rel] = { changed: lastChanged(page.source) };
  }
  return { stale };
}

export default function translationFreshnessPlugin(context: LoadContext): Plugin {
  const { siteDir, i18n } = context;
  return {
    name: PLUGIN_NAME,
    async loadContent() {
      return freshnessData(siteDir, i18n.currentLocale, i18n.defaultLocale);
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content as FreshnessData);
    },
    getPathsToWatch() {
      return [
        join(siteDir, SOURCE_DIR, '**/*.{md,mdx}'),
        join(siteDir, 'i18n/*/docusaurus-plugin-content-docs/current/**/*.{md,mdx}'),
      ];
    },
  };
}
