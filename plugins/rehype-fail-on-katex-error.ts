/**
 * Rehype plugin, run after rehype-katex: rehype-katex turns a formula KaTeX cannot
 * parse into a red `.katex-error` span and carries on. We want the build to fail
 * instead, with the file and the formula named, so a broken formula never ships.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

function classList(node: Element): string[] {
  const c = node.properties?.className as unknown;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

export default function rehypeFailOnKatexError() {
  return (tree: Root, file: VFile): void => {
    const errors: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (classList(node).includes('katex-error')) {
        const title = node.properties?.title ? String(node.properties.title) : '';
        const source = node.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
        errors.push(`${title || 'KaTeX error'} in: ${source}`);
      }
    });
    if (errors.length > 0) {
      throw new Error(`KaTeX could not render ${errors.length} formula(s) in ${file.path}:\n- ${errors.join('\n- ')}`);
    }
  };
}
