/**
 * Docusaurus plugin: takes Prism out of the main bundle. theme-classic registers a
 * client module (lib/prism-include-languages.js) that imports prism-react-renderer
 * on every page, so every page paid for evaluating all of Prism's grammars (the
 * single biggest script task on a phone). This replaces that module with an empty
 * one; src/theme/CodeBlock does the same work in a lazily loaded chunk,
 * on pages that show code.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;

export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'llm-guide-lazy-prism',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(CLIENT_MODULE, join(__dirname, 'empty-module.js')),
        ],
      };
    },
  };
}
