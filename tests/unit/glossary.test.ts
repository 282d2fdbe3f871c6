/**
 * The glossary (src/data/glossary) against the docs of both locales: well-formed
 * entries, links that resolve to an existing page and explicit heading id, every
 * `<Term id>` known, every term named in some chapter, and chapters that use Term.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryHref, sectionChapter, termLabel } from '../../src/data/glossary';
import { body, loadDocs, root, routeOf, type Locale } from './docs';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const glossaryDir = join(root, 'src/data/glossary');
const files = readdirSync(glossaryDir).filter((f) => f.endsWith('.json'));
const raw = files.map((f) => ({
  file: f,
  entries: JSON.parse(readFileSync(join(glossaryDir, f), 'utf8')) as Record<string, Record<string, unknown>>,
}));
const docs = { zh: loadDocs('zh'), en: loadDocs('en') };
const locales: Locale[] = ['zh', 'en'];

/** Chapter pages: every doc in a numbered chapter folder. */
const isChapter = (rel: string) => /^\d+-/.test(rel);

/** `<Term id="x">` ids used in a text, in order. */
function termIds(text: string): string[] {
  return [...body(text).matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]);
}

/** Prose for the "is the term used" check: no front matter, code, Markdown emphasis, or repeated spaces. */
function prose(text: string): string {
  return body(text).replace(/[*_]/g, '').replace(/\s+/g, ' ').toLowerCase();
}

describe('glossary data', () => {
  it('imports every file of the folder in src/data/glossary/index.ts', () => {
    const index = readFileSync(join(glossaryDir, 'index.ts'), 'utf8');
    for (const f of files) expect(index, `${f} is not imported`).toContain(`'./${f}'`);
    expect(GLOSSARY.length).toBe(raw.reduce((n, r) => n + Object.keys(r.entries).length, 0));
  });

  it('has 60 or more terms, each id once, in kebab case', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(60);
    const ids = GLOSSARY.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(GLOSSARY.map((t) => [t.id, t] as const))(
    '%s has names and one-line definitions in both locales',
    (_id, t) => {
      expect(t.zh.trim() && t.en.trim(), 'names').toBeTruthy();
      expect(CJK.test(t.en), `English name "${t.en}"`).toBe(false);
      expect(CJK.test(t.definition.en), `English definition`).toBe(false);
      expect(CJK.test(t.definition.zh), `Chinese definition`).toBe(true);
      for (const l of locales) {
        expect(t.definition[l].length, `${l} definition`).toBeGreaterThan(10);
        expect(t.definition[l], `${l} definition is one line`).not.toMatch(/\n/);
      }
      if (t.abbr) expect(CJK.test(t.abbr)).toBe(false);
    },
  );

  it('keeps each term in the file of the chapter that explains it', () => {
    const misplaced = raw.flatMap(({ file, entries }) => {
      const chapter = routeOf(file.replace(/\.json$/, '/index.mdx'));
      return Object.entries(entries)
        .filter(([, e]) => sectionChapter(String(e.section)) !== chapter)
        .map(([id, e]) => `${file}: ${id} → ${String(e.section)}`);
    });
    expect(misplaced).toEqual([]);
  });

  it('labels a term with its abbreviation', () => {
    const peft = GLOSSARY.find((t) => t.id === 'peft');
    expect(peft && termLabel(peft, 'zh')).toBe('参数高效微调（PEFT）');
    expect(peft && termLabel(peft, 'en')).toBe('parameter-efficient fine-tuning (PEFT)');
    expect(glossaryHref('peft')).toBe('/docs/glossary#term-peft');
  });
});

describe.each(locales)('glossary links (%s)', (locale) => {
  const byRoute = new Map(docs[locale].map((d) => [d.route, d]));

  it('resolves the glossary page itself', () => {
    expect(byRoute.has('/docs/glossary')).toBe(true);
  });

  it.each(GLOSSARY.map((t) => [t.id, t.section] as const))('%s → %s exists', (_id, section) => {
    const [route, anchor] = section.split('#');
    const doc = byRoute.get(route);
    expect(doc, `no page ${route}`).toBeDefined();
    expect(anchor, 'links to a section, not only a page').toBeTruthy();
    expect(doc?.parsed.headings.map((h) => h.id)).toContain(anchor);
  });
});

describe('<Term> in the docs', () => {
  const known = new Set(GLOSSARY.map((t) => t.id));

  it.each(locales)('uses only known ids (%s)', (locale) => {
    const unknown = docs[locale].flatMap((d) =>
      termIds(d.text)
        .filter((id) => !known.has(id))
        .map((id) => `${d.rel}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it.each(docs.zh.map((d) => d.rel))('%s uses the same Term ids in both locales', (rel) => {
    const zh = docs.zh.find((d) => d.rel === rel);
    const en = docs.en.find((d) => d.rel === rel);
    expect(new Set(termIds(en?.text ?? ''))).toEqual(new Set(termIds(zh?.text ?? '')));
  });

  // A chapter with glossary data marks the key terms of each of its pages.
  const chaptersWithTerms = new Set(files.map((f) => f.replace(/\.json$/, '')));
  it.each(docs.zh.filter((d) => chaptersWithTerms.has(d.rel.split('/')[0])).map((d) => d.rel))(
    '%s links at least two terms to the glossary',
    (rel) => {
      const zh = docs.zh.find((d) => d.rel === rel);
      expect(new Set(termIds(zh?.text ?? '')).size).toBeGreaterThanOrEqual(2);
    },
  );
});

describe.each(locales)('every term is used in the chapters (%s)', (locale) => {
  const text = docs[locale]
    .filter((d) => isChapter(d.rel))
    .map((d) => prose(d.text))
    .join('\n');
  it.each(GLOSSARY.map((t) => [t.id, t[locale]] as const))('%s ("%s")', (_id, name) => {
    expect(text.includes(name.toLowerCase().replace(/\s+/g, ' '))).toBe(true);
  });
});
