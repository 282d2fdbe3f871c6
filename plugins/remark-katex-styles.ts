/**
 * Remark plugin: a page that contains math gets a <KatexStyles /> element, which
 * links KaTeX's stylesheet (in the server HTML, so math is styled
 * on first paint). Pages without math never load it.
 * KatexStyles is provided to MDX through src/theme/MDXComponents.tsx.
 */
import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';

export default function remarkKatexStyles() {
  return (tree: Root): void => {
    let hasMath = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') {
        hasMath = true;
        return EXIT;
      }
      return undefined;
    });
    if (hasMath) {
      tree.children.push({
        type: 'mdxJsxFlowElement',
        name: 'KatexStyles',
        attributes: [],
        children: [],
      } as unknown as Root['children'][number]);
    }
  };
}
