/**
 * The build-time math plugins: a formula KaTeX cannot parse fails the build (with
 * the file and formula named), and pages with math get the KaTeX stylesheet element
 * while pages without math do not.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import type { Root } from 'mdast';
import rehypeFailOnKatexError from '../../plugins/rehype-fail-on-katex-error';
import remarkKatexStyles from '../../plugins/remark-katex-styles';

async function renderMath(markdown: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeFailOnKatexError);
  return processor.run(processor.parse(markdown), { path: 'docs/example.mdx', value: markdown } as never);
}

describe('rehypeFailOnKatexError', () => {
  it('lets correct formulas through', async () => {
    await expect(renderMath('Loss $-\\log \\sigma(x)$ and $$\\frac{1}{2}$$')).resolves.toBeTruthy();
  });

  it('fails on a formula KaTeX cannot parse, naming the file and the formula', async () => {
    await expect(renderMath('Broken $\\frac{1}{$ here')).rejects.toThrow(/docs\/example\.mdx[\s\S]*\\frac\{1\}\{/);
  });

  it('fails on an unknown command', async () => {
    await expect(renderMath('$\\notacommand{x}$')).rejects.toThrow(/KaTeX could not render 1 formula/);
  });
});

describe('remarkKatexStyles', () => {
  const transform = (markdown: string) => {
    const processor = unified().use(remarkParse).use(remarkMath).use(remarkKatexStyles);
    return processor.runSync(processor.parse(markdown)) as Root;
  };
  const hasStyles = (tree: Root) =>
    tree.children.some((n) => (n as { type: string; name?: string }).name === 'KatexStyles');

  it('adds KatexStyles to a page with inline or display math', () => {
    expect(hasStyles(transform('Text with $x^2$.'))).toBe(true);
    expect(hasStyles(transform('$$\ny = 6ND\n$$'))).toBe(true);
  });

  it('adds nothing to a page without math', () => {
    expect(hasStyles(transform('Plain text, a price of 5 dollars, no formulas.'))).toBe(false);
  });
});
