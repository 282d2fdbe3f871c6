/**
 * Docusaurus plugin: the browser bundle starts from client-entry.js instead of
 * @docusaurus/core's client/clientEntry.js, so that main.js runs its modules in several
 * tasks, not one long one (see that file).
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const CLIENT_ENTRY = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;

export default function stagedClientEntryPlugin(): Plugin {
  return {
    name: 'llm-guide-staged-client-entry',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(CLIENT_ENTRY, join(__dirname, 'client-entry.js')),
        ],
      };
    },
  };
}
