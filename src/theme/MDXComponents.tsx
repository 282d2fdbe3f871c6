/**
 * MDX components available on every page without an import. KatexStyles is
 * inserted by a remark plugin (it cannot add imports), so it must be known here.
 * Term links a word to its glossary entry (`<Term id="perplexity">困惑度</Term>`).
 */
import MDXComponents from '@theme-original/MDXComponents';
import KatexStyles from '@site/src/components/KatexStyles';
import Term from '@site/src/components/Term';

export default {
  ...MDXComponents,
  KatexStyles,
  Term,
};
