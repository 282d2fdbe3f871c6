/**
 * Docusaurus plugin: keeps heavy, page-specific libraries out of the shared "common"
 * chunk. Docusaurus groups every module used by ≥ half of the chunks into one
 * `common` chunk that loads on every page; on a small site Mermaid's parser and
 * its d3/langium dependencies qualify (Mermaid's own diagram chunks share them),
 * which put ~650 KB on pages without a diagram. Excluding them leaves each library
 * in the lazily loaded chunks of the pages that actually use it.
 */
import type { Plugin } from '@docusaurus/types';

// Mermaid and the packages its diagrams pull in (mermaid 11 dependency tree).
const PAGE_SPECIFIC =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|vscode-[^\\/]+|d3[^\\/]*|dagre-d3-es|cytoscape[^\\/]*|khroma|roughjs|stylis|dompurify|marked|dayjs|@braintree|@iconify|lodash-es|katex|points-on-[^\\/]+|path-data-parser|hachure-fill|@upsetjs|ts-dedent|uuid|layout-base|cose-base|delaunator|robust-predicates|internmap)[\\/]/;

interface ModuleLike {
  resource?: string;
  nameForCondition?: () => string | null;
}

function isPageSpecific(module: ModuleLike): boolean {
  const path = module.nameForCondition?.() ?? module.resource ?? '';
  return PAGE_SPECIFIC.test(path);
}

export default function splitChunksPlugin(): Plugin {
  return {
    name: 'llm-guide-split-chunks',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks;
      if (!splitChunks || typeof splitChunks !== 'object') return {};
      const groups = (splitChunks.cacheGroups ?? {}) as Record<string, unknown>;
      const common = groups.common;
      if (!common || typeof common !== 'object') return {};
      return {
        mergeStrategy: { 'optimization.splitChunks.cacheGroups': 'replace' },
        optimization: {
          splitChunks: {
            ...splitChunks,
            cacheGroups: {
              ...groups,
              common: { ...common, test: (module: ModuleLike) => !isPageSpecific(module) },
            },
          },
        },
      };
    },
  };
}
