/**
 * Serves KaTeX's stylesheet and fonts from the site itself, from the very `katex`
 * package that rehype-katex renders with, so CSS and HTML can never drift apart
 * (a CDN stylesheet of another version is a known cause of broken math).
 *
 * The files are copied into `.generated/static/katex/<version>/`, which
 * docusaurus.config.ts lists in `staticDirectories`: fonts stay separate files
 * (never base64 inside a global stylesheet) and the CSS is linked only by pages
 * that contain math (see remark-katex-styles.ts and src/theme/KatexStyles).
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const GENERATED_STATIC_DIR = '.generated/static';

export function katexVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('katex/package.json'), 'utf8')) as { version: string }).version;
}

/** Copies katex.min.css and its fonts; returns the site path of the stylesheet. */
export function prepareKatexAssets(siteDir: string): string {
  const version = katexVersion();
  const dist = join(dirname(require.resolve('katex/package.json')), 'dist');
  const target = join(siteDir, GENERATED_STATIC_DIR, 'katex', version);
  if (!existsSync(join(target, 'katex.min.css'))) {
    mkdirSync(target, { recursive: true });
    cpSync(join(dist, 'katex.min.css'), join(target, 'katex.min.css'));
    // Only woff2 is ever requested by the browsers we support; the CSS also names
    // woff/ttf as fallbacks, which we copy so that no url() in the CSS is dangling.
    cpSync(join(dist, 'fonts'), join(target, 'fonts'), { recursive: true });
  }
  return `/katex/${version}/katex.min.css`;
}
