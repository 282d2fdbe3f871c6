/**
 * Docusaurus plugin: the browser bundle starts from client-entry.js instead of
 * @docusaurus/core's client/clientEntry.js, so that main.js runs its modules in several
 * tasks, not one long one (see that file).
 *
 * client-entry.js repeats what Docusaurus's entry does. So that an upgrade cannot change
 * that silently, the build stops when the installed entry is not the one it was written
 * against (its SHA-256 below): compare the two, carry the change over, update the hash.
 * tests/unit/client-entry.test.ts checks that both import the same modules.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const CLIENT_ENTRY = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;

/** @docusaurus/core 3.10.2's lib/client/clientEntry.js. */
export const DOCUSAURUS_ENTRY_SHA256 = 'a9d6514eaf79c05c7d5275b5139298a5467c1c8339ab8a887c5d8ba61aff9871';

export const docusaurusEntryFile = (): string =>
  join(__dirname, '..', 'node_modules', '@docusaurus', 'core', 'lib', 'client', 'clientEntry.js');

export default function stagedClientEntryPlugin(): Plugin {
  const installed = createHash('sha256').update(readFileSync(docusaurusEntryFile())).digest('hex');
  if (installed !== DOCUSAURUS_ENTRY_SHA256) {
    throw new Error(
      `${docusaurusEntryFile()} is not the version plugins/client-entry.js repeats (SHA-256 ${installed}); ` +
        'carry its changes over to plugins/client-entry.js and update DOCUSAURUS_ENTRY_SHA256 in plugins/staged-client-entry.ts',
    );
  }
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
