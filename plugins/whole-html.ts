/**
 * Docusaurus plugin: the server render writes every page's HTML whole, in document order,
 * with no Suspense boundary left for an inline script to fill in (see render-whole-html.js
 * for why React 19.2 would otherwise do that to long pages). The site relies on this:
 * the navbar, the docs sidebar and the footer are Suspense boundaries so that they
 * hydrate in slices (src/theme/hydrate-later.tsx), and the lazy code blocks have
 * boundaries of their own.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const RENDER_TO_HTML = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]renderToHtml\.js$/;

export default function wholeHtmlPlugin(): Plugin {
  return {
    name: 'llm-guide-whole-html',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (!isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            RENDER_TO_HTML,
            join(__dirname, 'render-whole-html.js'),
          ),
        ],
      };
    },
  };
}
