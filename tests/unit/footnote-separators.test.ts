/**
 * plugins/rehype-footnote-separators.ts: back-to-back footnote references get a
 * comma between them; references apart, or with text between, do not.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import rehypeFootnoteSeparators from '../../plugins/rehype-footnote-separators';

/** The first paragraph's children, as a short string: `text`, [ref], `,` for a separator. */
async function paragraph(markdown: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFootnoteSeparators);
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  let p: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!p && node.tagName === 'p') p = node;
  });
  return p!.children
    .map((c) => {
      if (c.type === 'text') return c.value;
      if (c.type !== 'element' || c.tagName !== 'sup') return '?';
      if ((c.properties.className as string[] | undefined)?.includes('footnote-separator')) {
        expect(c.properties.ariaHidden).toBe('true');
        return ',';
      }
      return '[ref]';
    })
    .join('');
}

const notes = '\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n';

describe('rehypeFootnoteSeparators', () => {
  it('separates references that touch', async () => {
    expect(await paragraph(`Claim.[^a][^b][^c]${notes}`)).toBe('Claim.[ref],[ref],[ref]');
  });

  it('treats white space between references as touching', async () => {
    expect(await paragraph(`Claim.[^a] [^b]${notes}`)).toBe('Claim.[ref], [ref]');
  });

  it('leaves references with text between them alone', async () => {
    expect(await paragraph(`One[^a] and two[^b], three[^c].${notes}`)).toBe('One[ref] and two[ref], three[ref].');
  });
});
