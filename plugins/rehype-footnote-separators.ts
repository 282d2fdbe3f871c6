/**
 * Rehype plugin: footnote references written back to back (`[^a][^b]`) render as
 * superscripts with nothing between them, so "1" and "2" read as "12". This puts a
 * superscript comma between two references that touch (only white space between),
 * hidden from screen readers, which announce each link on its own anyway.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function isFootnoteRef(node: ElementContent | undefined): boolean {
  if (node?.type !== 'element' || node.tagName !== 'sup') return false;
  return node.children.some((c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in c.properties);
}

const separator = (): Element => ({
  type: 'element',
  tagName: 'sup',
  properties: { className: ['footnote-separator'], ariaHidden: 'true' },
  children: [{ type: 'text', value: ',' }],
});

export default function rehypeFootnoteSeparators() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const out: ElementContent[] = [];
      // Where the last footnote reference stands in `out`, while only blanks have followed it.
      let lastRef = -1;
      for (const child of node.children) {
        const blank = child.type === 'text' && child.value.trim() === '';
        // Right after the previous reference, before any blank between the two.
        if (isFootnoteRef(child) && lastRef >= 0) out.splice(lastRef + 1, 0, separator());
        out.push(child);
        if (isFootnoteRef(child)) lastRef = out.length - 1;
        else if (!blank) lastRef = -1;
      }
      if (out.length !== node.children.length) node.children = out;
    });
  };
}
