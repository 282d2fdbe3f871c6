/**
 * plugins/remark-glossary-terms.ts: each <Term id> of a page gets its glossary text
 * in the page's language at build time, and an unknown id fails the build.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import remarkGlossaryTerms, { localeOfFile } from '../../plugins/remark-glossary-terms';
import overview from '../../src/data/glossary/00-overview.json';

type Entry = { zh: string; en: string; abbr?: string; definition: { zh: string; en: string }; section: string };
const terms = overview as Record<string, Entry>;
// A term whose English and Chinese names differ, to see the "other" name on Chinese pages.
const [id, term] = Object.entries(terms).find(([, t]) => t.en.toLowerCase() !== t.zh.toLowerCase())!;

async function termAttributes(source: string, path: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossaryTerms);
  const tree = (await processor.run(processor.parse(source), { path, value: source } as never)) as unknown as Root;
  const found: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    const el = node as unknown as { name?: string; attributes?: { name: string; value: unknown }[] };
    if (el.name === 'Term') found.push(Object.fromEntries(el.attributes!.map((a) => [a.name, a.value])));
  });
  return found;
}

describe('remarkGlossaryTerms', () => {
  it('tells the locale from the file path', () => {
    expect(localeOfFile('/site/docs/01-data/index.mdx')).toBe('zh');
    expect(localeOfFile('/site/i18n/en/docusaurus-plugin-content-docs/current/01-data/index.mdx')).toBe('en');
    expect(localeOfFile(undefined)).toBe('zh');
  });

  it('fills in the Chinese text on a Chinese page, with the English name', async () => {
    const [attrs] = await termAttributes(`一个<Term id="${id}">词</Term>。`, '/site/docs/00-overview/index.mdx');
    expect(attrs.id).toBe(id);
    expect(attrs.definition).toBe(term.definition.zh);
    expect(attrs.name).toBe(term.zh);
    expect(String(attrs.label).startsWith(term.zh)).toBe(true);
    expect(attrs.other).toBe(term.en);
    expect(attrs.href).toBe(`/docs/glossary#term-${id}`);
  });

  it('fills in the English text on an English page, without another name', async () => {
    const [attrs] = await termAttributes(
      `A <Term id="${id}" />.`,
      '/site/i18n/en/docusaurus-plugin-content-docs/current/00-overview/index.mdx',
    );
    expect(attrs.definition).toBe(term.definition.en);
    expect(attrs.name).toBe(term.en);
    expect(attrs.other).toBeUndefined();
  });

  it('fails the build on an unknown id, naming the file', async () => {
    await expect(termAttributes('<Term id="no-such-term">x</Term>', '/site/docs/x.mdx')).rejects.toThrow(
      /\/site\/docs\/x\.mdx: unknown glossary term "no-such-term"/,
    );
  });

  it('fails on an id that is not a literal string', async () => {
    await expect(termAttributes('<Term id={name}>x</Term>', '/site/docs/y.mdx')).rejects.toThrow(/literal id/);
  });
});
