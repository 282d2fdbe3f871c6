/**
 * The content is tested like code (STYLE.md, "Content is tested too"): front matter,
 * an English twin for every Chinese page with the same explicit heading ids,
 * imported components that exist, footnote citations that resolve, and English
 * translations for every UI string of our own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../plugins/docs-index/parse';

const root = resolve(__dirname, '../..');
const zhDir = join(root, 'docs');
const enDir = join(root, 'i18n/en/docusaurus-plugin-content-docs/current');

function walk(dir: string, ext = /\.mdx?$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p, ext);
    return ext.test(name) && !name.startsWith('_') ? [p] : [];
  });
}

function frontMatter(text: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return {};
  return Object.fromEntries(
    m[1]
      .split('\n')
      .map((line) => /^(\w+):\s*(.*)$/.exec(line))
      .filter((x): x is RegExpExecArray => x !== null)
      .map((x) => [x[1], x[2]]),
  );
}

/** Heading ids in document order, with fenced code blocks removed. */
function headingIds(text: string): string[] {
  const body = text.replace(/```[\s\S]*?```/g, '');
  return [...body.matchAll(/^#{2,4} .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]);
}

function headingsWithoutId(text: string): string[] {
  const body = text.replace(/```[\s\S]*?```/g, '');
  return [...body.matchAll(/^(#{2,4} .*)$/gm)].map((m) => m[1]).filter((h) => !/\{#[\w-]+\}\s*$/.test(h));
}

const zhDocs = walk(zhDir).map((p) => relative(zhDir, p));
const enDocs = walk(enDir).map((p) => relative(enDir, p));
const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('docs', () => {
  it('exist in Chinese', () => {
    expect(zhDocs.length).toBeGreaterThan(0);
  });

  it.each(zhDocs)('%s has an English twin', (rel) => {
    expect(enDocs).toContain(rel);
  });

  it.each(enDocs)('English %s has a Chinese source', (rel) => {
    expect(zhDocs).toContain(rel);
  });

  describe.each([
    ['zh', zhDir, zhDocs],
    ['en', enDir, enDocs],
  ] as const)('front matter (%s)', (_locale, dir, docs) => {
    it.each(docs)('%s has title, sidebar_label, description and keywords', (rel) => {
      const fm = frontMatter(read(dir, rel));
      for (const key of ['title', 'sidebar_label', 'description', 'keywords']) {
        expect(fm[key], `${rel}: ${key}`).toBeTruthy();
      }
    });
  });

  it.each(zhDocs.filter((d) => enDocs.includes(d)))('%s has the same explicit heading ids in both locales', (rel) => {
    const zh = read(zhDir, rel);
    const en = read(enDir, rel);
    expect(headingsWithoutId(zh), `zh headings without {#id}`).toEqual([]);
    expect(headingsWithoutId(en), `en headings without {#id}`).toEqual([]);
    expect(headingIds(en)).toEqual(headingIds(zh));
  });

  it.each(zhDocs.filter((d) => enDocs.includes(d)))('English %s contains no untranslated Chinese prose', (rel) => {
    const lines = read(enDir, rel)
      .split('\n')
      .filter((l) => CJK.test(l) && !/^\s*(import|\[\^|<)/.test(l));
    expect(lines).toEqual([]);
  });
});

describe('citations and components', () => {
  const all = [...zhDocs.map((d) => join(zhDir, d)), ...enDocs.map((d) => join(enDir, d))];

  it.each(all.map((p) => relative(root, p)))('%s: every footnote is defined and every definition used', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8').replace(/```[\s\S]*?```/g, '');
    const defined = new Set([...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]));
    const body = text.replace(/^\[\^[^\]]+\]:.*$/gm, '');
    const used = new Set([...body.matchAll(/\[\^([^\]]+)\]/g)].map((m) => m[1]));
    expect(
      [...used].filter((k) => !defined.has(k)),
      'cited but not defined',
    ).toEqual([]);
    expect(
      [...defined].filter((k) => !used.has(k)),
      'defined but never cited',
    ).toEqual([]);
  });

  it.each(all.map((p) => relative(root, p)))('%s: every imported component exists', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8');
    for (const m of text.matchAll(/^import \w+ from '@site\/(.+)';$/gm)) {
      const base = join(root, m[1]);
      const found = ['', '.tsx', '.ts', '/index.tsx', '/index.ts'].some((ext) => existsSync(base + ext));
      expect(found, `${m[1]} imported by ${rel}`).toBe(true);
    }
  });
});

describe('references', () => {
  // One JSON file per chapter under src/data/references/, keyed by footnote label.
  const refDir = join(root, 'src/data/references');
  const entries: Record<
    string,
    { authors?: string; year?: number; title?: string; arxiv?: string; doi?: string; url?: string }
  > = {};
  const duplicates: string[] = [];
  for (const file of walk(refDir, /\.json$/)) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
      if (key in entries) duplicates.push(key);
      entries[key] = value as (typeof entries)[string];
    }
  }
  const docs = [...zhDocs.map((d) => join(zhDir, d)), ...enDocs.map((d) => join(enDir, d))];

  it('imports every file of the folder in src/data/references/index.ts', () => {
    const index = readFileSync(join(refDir, 'index.ts'), 'utf8');
    for (const file of walk(refDir, /\.json$/)) {
      const name = relative(refDir, file);
      expect(index, `${name} is not imported`).toContain(`'./${name}'`);
    }
  });

  it('has each key once', () => {
    expect(duplicates).toEqual([]);
  });

  it.each(Object.keys(entries))('entry "%s" has authors, year, title and an arXiv id, DOI or URL', (key) => {
    const e = entries[key];
    expect(e.authors && e.year && e.title, key).toBeTruthy();
    expect(e.arxiv || e.doi || e.url, key).toBeTruthy();
    if (e.arxiv) expect(e.arxiv).toMatch(/^\d{4}\.\d{4,5}$/);
  });

  it.each(docs.map((p) => relative(root, p)))('%s: every footnote label is a reference key', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8');
    const labels = [...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]);
    expect(labels.filter((l) => !(l in entries))).toEqual([]);
  });

  // The same reading of the docs as the references page's "cited in" links (plugins/docs-index).
  it.each(docs.map((p) => relative(root, p)))('%s: every footnote citation is a reference key', (rel) => {
    const { citations } = parseDoc(readFileSync(join(root, rel), 'utf8'));
    expect(citations.map((c) => c.key).filter((k) => !(k in entries))).toEqual([]);
  });

  it.each([
    ['zh', zhDocs.map((d) => join(zhDir, d))],
    ['en', enDocs.map((d) => join(enDir, d))],
  ] as const)('has every entry cited by some page (%s)', (_locale, files) => {
    const cited = new Set(files.flatMap((f) => parseDoc(readFileSync(f, 'utf8')).citations.map((c) => c.key)));
    expect(Object.keys(entries).filter((k) => !cited.has(k))).toEqual([]);
  });
});

describe('UI strings', () => {
  const code = JSON.parse(readFileSync(join(root, 'i18n/en/code.json'), 'utf8')) as Record<string, { message: string }>;
  const sources = walk(join(root, 'src'), /\.tsx?$/).filter((p) => !p.includes('/lib/'));
  const ids = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bid[:=]\s*['"]([\w.-]+\.[\w.-]+)['"]/g)) ids.add(m[1]);
  }

  it('finds the translation ids used by the components', () => {
    expect(ids.size).toBeGreaterThan(20);
  });

  it.each([...ids])('"%s" has an English translation in i18n/en/code.json', (id) => {
    expect(code[id], `missing: run npm run translations`).toBeDefined();
    expect(CJK.test(code[id].message), `still Chinese: ${code[id].message}`).toBe(false);
  });

  it('has no Chinese left in the English theme files', () => {
    const files = walk(join(root, 'i18n/en'), /\.json$/);
    const untranslated = files.flatMap((f) =>
      Object.entries(JSON.parse(readFileSync(f, 'utf8')) as Record<string, { message: string }>)
        .filter(([, v]) => CJK.test(v.message))
        .map(([k, v]) => `${relative(root, f)}: ${k} = ${v.message}`),
    );
    expect(untranslated).toEqual([]);
  });
});
