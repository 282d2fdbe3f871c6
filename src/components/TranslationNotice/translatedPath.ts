/** The page's path under its locale's docs folder (from the doc's `source`), or null for a page of the default locale. */
export function translatedPath(source: string): string | null {
  const m = /\/i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\/(.+)$/.exec(source);
  return m ? m[1] : null;
}
