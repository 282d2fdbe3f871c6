/**
 * MDX components available on every page without an import. KatexStyles is
 * inserted by a remark plugin (it cannot add imports), so it must be known here.
 */
import MDXComponents from '@theme-original/MDXComponents';
import KatexStyles from '@site/src/components/KatexStyles';

export default {
  ...MDXComponents,
  KatexStyles,
};
