/**
 * Translation freshness: which version of its Chinese source each English doc page
 * translates.
 *
 * Every English page under i18n/en/docusaurus-plugin-content-docs/current/ carries, in
 * its front matter, `source_hash: <12 hex>`: the first 12 hex digits of the SHA-256 of
 * the WHOLE Chinese file (front matter included, because title, description and
 * keywords are translated too) with line endings normalised to LF. The same value on
 * the command line: `tr -d '\r' < docs/03-sft/lora.mdx | sha256sum | cut -c1-12`.
 *
 * A page is
 *   fresh      when the recorded hash equals the Chinese file's current hash,
 *   stale      when they differ (the Chinese page changed after the translation),
 *   missing    when the English page records no hash,
 *   no-source  when the Chinese page does not exist.
 *
 * Used by scripts/i18n/freshness.mjs (npm run i18n:status / i18n:stamp), by
 * plugins/translation-freshness.ts (the notice on stale pages) and by
 * tests/unit/translation-freshness.test.ts. Node only: nothing here reaches the browser.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SOURCE_DIR = 'docs';
export const TRANSLATION_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';
export const HASH_KEY = 'source_hash';

/** First 12 hex digits of the SHA-256 of the text with CRLF/CR line endings turned into LF. */
export function sourceHash(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 12);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;
const HASH_LINE = new RegExp(`^${HASH_KEY}:[ \\t]*['"]?([0-9a-f]*)['"]?[ \\t]*$`, 'm');

/**
 * The hash recorded in a translation's front matter, or null.
 * @param {string} text
 * @returns {string | null}
 */
export function recordedHash(text) {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return null;
  const line = HASH_LINE.exec(fm[1]);
  return line && line[1] ? line[1] : null;
}

/** The translation's text with `source_hash: <hash>` set (replaced, or added as the last front matter line). */
export function withRecordedHash(text, hash) {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return `---\n${HASH_KEY}: ${hash}\n---\n\n${text}`;
  const body = HASH_LINE.test(fm[1])
    ? fm[1].replace(HASH_LINE, `${HASH_KEY}: ${hash}`)
    : `${fm[1]}\n${HASH_KEY}: ${hash}`;
  return `---\n${body}\n---${fm[2] || '\n'}${text.slice(fm[0].length)}`;
}

/** @returns {string[]} */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.mdx?$/.test(name) && !name.startsWith('_') ? [p] : [];
  });
}

/**
 * @typedef {object} PageStatus
 * @property {string} rel          path under the docs folders, e.g. "03-sft/lora.mdx"
 * @property {string} source       the Chinese file
 * @property {string} translation  the English file
 * @property {string | null} recorded  the hash in the English front matter
 * @property {string | null} current   the Chinese file's hash now (null: no such file)
 * @property {'fresh' | 'stale' | 'missing' | 'no-source'} state
 */

/**
 * The state of every translated page under `siteDir`, sorted by path.
 * @param {string} siteDir
 * @param {{ sourceDir?: string, translationDir?: string }} [dirs]
 * @returns {PageStatus[]}
 */
export function translationStatus(siteDir, { sourceDir = SOURCE_DIR, translationDir = TRANSLATION_DIR } = {}) {
  const zhRoot = join(siteDir, sourceDir);
  const enRoot = join(siteDir, translationDir);
  return walk(enRoot)
    .map((file) => relative(enRoot, file).split(sep).join('/'))
    .sort()
    .map((rel) => {
      const translation = join(enRoot, rel);
      const source = join(zhRoot, rel);
      const recorded = recordedHash(readFileSync(translation, 'utf8'));
      const current = existsSync(source) ? sourceHash(readFileSync(source, 'utf8')) : null;
      const state =
        current === null ? 'no-source' : recorded === null ? 'missing' : recorded === current ? 'fresh' : 'stale';
      return { rel, source, translation, recorded, current, state };
    });
}

/**
 * @param {string} file
 * @returns {string | null}
 * When the Chinese file last changed, as YYYY-MM-DD (UTC): the date of its last
 * commit, or of its modification time when it has uncommitted changes or git is not
 * available. Null when neither is known.
 */
export function lastChanged(file) {
  const git = (args) =>
    execFileSync('git', args, { cwd: join(file, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (git(['status', '--porcelain', '--', file]) === '') {
      const date = git(['log', '-1', '--format=%cI', '--', file]);
      if (date) return new Date(date).toISOString().slice(0, 10);
    }
  } catch {
    // not a git checkout: fall back to the file's time
  }
  return existsSync(file) ? statSync(file).mtime.toISOString().slice(0, 10) : null;
}
