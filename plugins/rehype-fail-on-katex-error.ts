/**
 * Rehype plugin, run after rehype-katex: rehype-katex turns a formula KaTeX cannot
 * parse into a red `.katex-error` span (or red text, for an unknown command), records a
 * message, and carries on. We want the build to fail
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
    // rehype-katex reports each formula KaTeX rejects (including unknown commands,
    // which it then draws in red instead of as a .katex-error span) as a file message.
    for (const m of file.messages) {
      if (m.source === 'rehype-katex') {
        const cause = m.cause instanceof Error ? m.cause.message : String(m.reason);
        errors.push(`${cause} (line ${m.line ?? '?'})`);
      }
    }
    if (errors.length > 0) {
      throw new Error(`KaTeX could not render ${errors.length} formula(s) in ${file.path}:\n- ${errors.join('\n- ')}`);
    }
  };
}
