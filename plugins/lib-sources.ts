/**
 * Publishes the math core's source files (src/lib, without tests) as static text
 * files under /lib-src/, so a widget's "code" tab can show exactly the code it runs.
 * They are fetched only when a reader opens that tab: no page weight otherwise.
 * Copied at every config load (start and build); restart `npm start` to see edits.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_STATIC_DIR } from './katex-assets';

export function prepareLibSources(siteDir: string): void {
  const target = join(siteDir, GENERATED_STATIC_DIR, 'lib-src');
  rmSync(target, { recursive: true, force: true });
  cpSync(join(siteDir, 'src/lib'), target, {
    recursive: true,
    filter: (src) => !src.endsWith('.test.ts'),
  });
}
