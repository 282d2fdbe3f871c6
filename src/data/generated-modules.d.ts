// Modules that plugins write into .docusaurus/ at build time.
declare module '@generated/docs-index/default/docs-index.json' {
  import type { DocsIndex } from '@site/plugins/docs-index/types';
  const index: DocsIndex;
  export default index;
}
