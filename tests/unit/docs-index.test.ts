/**
 * plugins/docs-index/parse.ts on hand-written examples, and the citation index it
 * gives for the real docs: the same keys and pages in both locales.
 */
import { describe, expect, it } from 'vitest';
import { parseDoc, plainHeading } from '../../plugins/docs-index/parse';
import { sectionTitle } from '../../plugins/docs-index/section-title';
import { loadDocs } from './docs';

const SAMPLE = `---
title: T
---

Intro cites a work[^intro].

## First **section** {#first}

Text[^a] and again[^a], then [^b]: a colon after a citation.

\`\`\`python
x = y[^notacitation]
## Not a heading {#nope}
\`\`\`

### A \`code\` and $x$ heading {#second}

More[^b][^c].

[^intro]: Someone, 2020.
[^a]: A, 2021.
[^b]: B, 2022.
[^c]: C, 2023.
`;

describe('parseDoc', () => {
  const parsed = parseDoc(SAMPLE);

  it('reads explicit heading ids and plain heading text, outside code blocks', () => {
    expect(parsed.headings).toEqual([
      { id: 'first', text: 'First section', depth: 2 },
      { id: 'second', text: 'A code and x heading', depth: 3 },
    ]);
  });

  it('records each cited key once, under the section of its first use', () => {
    expect(parsed.citations).toEqual([
      { key: 'intro', headingId: null },
      { key: 'a', headingId: 'first' },
      { key: 'b', headingId: 'first' },
      { key: 'c', headingId: 'second' },
    ]);
  });

  it('lists footnote definitions separately from uses', () => {
    expect(parsed.definitions).toEqual(['intro', 'a', 'b', 'c']);
  });

  it('strips links from headings', () => {
    expect(plainHeading('See [this](./x.mdx) **now**')).toBe('See this now');
  });
});

describe('citation index of the docs', () => {
  const index = (locale: 'zh' | 'en') => {
    const map = new Map<string, string[]>();
    for (const doc of loadDocs(locale)) {
      for (const c of doc.parsed.citations) map.set(c.key, [...(map.get(c.key) ?? []), `${doc.route}#${c.headingId}`]);
    }
    return map;
  };

  it('cites the same works on the same pages and sections in both locales', () => {
    const zh = index('zh');
    const en = index('en');
    expect(zh.size).toBeGreaterThan(50);
    expect([...en.entries()].sort()).toEqual([...zh.entries()].sort());
  });
});

describe('sectionTitle', () => {
  const index = { pages: { '/docs/a': { title: 'Page A', headings: { x: 'Section X' } } }, citations: {} };
  it('names a section by page title and heading, a page by its title', () => {
    expect(sectionTitle(index, '/docs/a#x')).toBe('Page A § Section X');
    expect(sectionTitle(index, '/docs/a')).toBe('Page A');
    expect(sectionTitle(index, '/docs/a#missing')).toBe('Page A');
    expect(sectionTitle(index, '/docs/b#x')).toBe('/docs/b#x');
  });
});
