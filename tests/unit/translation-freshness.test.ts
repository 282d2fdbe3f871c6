/**
 * Translation freshness (scripts/i18n/freshness-lib.mjs, plugins/translation-freshness.ts):
 * the hash rule, the four states, stamping, the plugin's build-time result, and the
 * real site: every English doc page records a hash (a missing hash fails; a stale page
 * is only reported, and the site shows a notice on it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TRANSLATION_DIR,
  recordedHash,
  sourceHash,
  translationStatus,
  withRecordedHash,
} from '../../scripts/i18n/freshness-lib.mjs';
import { freshnessData } from '../../plugins/translation-freshness';
import { translatedPath } from '../../src/components/TranslationNotice/translatedPath';

const root = resolve(__dirname, '../..');

describe('sourceHash', () => {
  it('is the first 12 hex digits of SHA-256 (FIPS 180-2 test vector "abc")', () => {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
    expect(sourceHash('abc')).toBe('ba7816bf8f01');
  });

  it('ignores CRLF versus LF line endings but nothing else', () => {
    expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb\n')).not.toBe(sourceHash('a\nb \n'));
  });
});

describe('recorded hash in front matter', () => {
  const page = '---\ntitle: LoRA\nkeywords: [a, b]\n---\n\n# LoRA\n\nsource_hash: not-front-matter\n';

  it('is read from the front matter only', () => {
    expect(recordedHash(page)).toBeNull();
    expect(recordedHash('---\ntitle: x\nsource_hash: 0123456789ab\n---\nbody')).toBe('0123456789ab');
    expect(recordedHash("---\nsource_hash: '0123456789ab'\n---\n")).toBe('0123456789ab');
  });

  it('is added as the last front matter line, replaced when present, and nothing else changes', () => {
    const once = withRecordedHash(page, 'aaaaaaaaaaaa');
    expect(once).toBe(
      '---\ntitle: LoRA\nkeywords: [a, b]\nsource_hash: aaaaaaaaaaaa\n---\n\n# LoRA\n\nsource_hash: not-front-matter\n',
    );
    const twice = withRecordedHash(once, 'bbbbbbbbbbbb');
    expect(twice).toBe(once.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'));
    expect(withRecordedHash(twice, 'bbbbbbbbbbbb')).toBe(twice);
  });
});

describe('status of a site (temporary files)', () => {
  let site: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(site, rel)), { recursive: true });
    writeFileSync(join(site, rel), text);
  };
  const en = (rel: string) => join(TRANSLATION_DIR, rel);

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'freshness-'));
    write('docs/a/fresh.mdx', '---\ntitle: 甲\n---\n正文\n');
    write('docs/a/stale.mdx', '---\ntitle: 乙\n---\n正文（已修改）\n');
    write('docs/a/missing.mdx', '---\ntitle: 丙\n---\n正文\n');
    write(en('a/fresh.mdx'), withRecordedHash('---\ntitle: A\n---\nbody\n', sourceHash('---\ntitle: 甲\n---\n正文\n')));
    // Translated from the version before the Chinese page was edited.
    write(en('a/stale.mdx'), withRecordedHash('---\ntitle: B\n---\nbody\n', sourceHash('---\ntitle: 乙\n---\n正文\n')));
    write(en('a/missing.mdx'), '---\ntitle: C\n---\nbody\n');
    write(en('a/orphan.mdx'), '---\ntitle: D\n---\nbody\n');
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('tells fresh, stale, missing and source-less pages apart', () => {
    const states = Object.fromEntries(translationStatus(site).map((p) => [p.rel, p.state]));
    expect(states).toEqual({
      'a/fresh.mdx': 'fresh',
      'a/stale.mdx': 'stale',
      'a/missing.mdx': 'missing',
      'a/orphan.mdx': 'no-source',
    });
  });

  it('gives the notice plugin only the stale page, with the date its source changed, and nothing for the source locale', () => {
    const data = freshnessData(site, 'en', 'zh-Hans');
    expect(Object.keys(data.stale)).toEqual(['a/stale.mdx']);
    // Not a git checkout: the date is the file's modification day.
    expect(data.stale['a/stale.mdx'].changed).toBe(new Date().toISOString().slice(0, 10));
    expect(freshnessData(site, 'zh-Hans', 'zh-Hans')).toEqual({ stale: {} });
  });

  it('npm run i18n:stamp records the current hash (one file, --missing), and i18n:status exits 1 only for missing hashes', () => {
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [join(root, 'scripts/i18n/freshness.mjs'), ...args], {
        cwd: site,
        encoding: 'utf8',
      });
    const status = () => {
      try {
        cli('status');
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    rmSync(join(site, en('a/orphan.mdx')));
    expect(status()).toBe(1); // a/missing.mdx has no hash
    cli('stamp', '--missing');
    expect(status()).toBe(0); // a/stale.mdx is reported, not fatal
    expect(() => cli('status', '--strict')).toThrow();
    cli('stamp', 'docs/a/stale.mdx'); // a Chinese path names its translation
    expect(translationStatus(site).map((p) => p.state)).toEqual(['fresh', 'fresh', 'fresh']);
    expect(readFileSync(join(site, en('a/stale.mdx')), 'utf8')).toContain(
      `source_hash: ${sourceHash('---\ntitle: 乙\n---\n正文（已修改）\n')}`,
    );
  });
});

describe('the notice', () => {
  it('finds a translated page by its source path, and no Chinese page', () => {
    expect(translatedPath('@site/i18n/en/docusaurus-plugin-content-docs/current/03-sft/lora.mdx')).toBe(
      '03-sft/lora.mdx',
    );
    expect(translatedPath('@site/docs/03-sft/lora.mdx')).toBeNull();
  });
});

describe('the English doc pages of this site', () => {
  const pages = translationStatus(root);

  it('exist', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('all record the hash of their Chinese source (stamp new pages: npm run i18n:stamp -- --missing)', () => {
    expect(pages.filter((p) => p.state === 'missing').map((p) => p.rel)).toEqual([]);
  });

  it('are reported when stale (not a failure: the site shows a notice on them)', () => {
    const stale = pages.filter((p) => p.state === 'stale').map((p) => p.rel);
    if (stale.length)
      console.warn(`Translations older than their Chinese source (npm run i18n:status):\n  ${stale.join('\n  ')}`);
    expect(pages.every((p) => ['fresh', 'stale', 'missing', 'no-source'].includes(p.state))).toBe(true);
  });
});
