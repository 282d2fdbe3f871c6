/**
 * Docusaurus plugin: theme-common's useShallowMemoObject sorts an object's keys with
 * String#localeCompare, only to make its memo order-insensitive. The first localeCompare
 * on a page builds an ICU collator: 12–27 ms on this machine, 50–100 ms of main-thread
 * time on Lighthouse's simulated phone, during hydration, for property names that are
 * plain ASCII. This loader swaps in a code-unit comparison, which orders the same keys
 * just as consistently (all the memo needs). The build fails if the expression is gone
 * (a Docusaurus upgrade), so the change is never silently lost or misapplied.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const REACT_UTILS = /@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/;

export default function asciiKeySortPlugin(): Plugin {
  return {
    name: 'llm-guide-ascii-key-sort',
    configureWebpack() {
      return {
        module: {
          rules: [{ test: REACT_UTILS, use: [{ loader: join(__dirname, 'ascii-key-sort-loader.js') }] }],
        },
      };
    },
  };
}
