/**
 * Client module: Docusaurus prefetches the chunks of every internal link as soon as
 * it scrolls into view. Each call matches the link against every route, so on a
 * page full of links (sidebar, table of contents, chapter cards) this was one of the
 * biggest pieces of main-thread work right after load, on phones a long task of
 * hundreds of milliseconds. Here those calls wait in a queue and run when the
 * browser is idle, a few milliseconds at a time, so they never delay reading or a
 * first tap. Preloading on hover or touch (window.docusaurus.preload) is untouched.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { idleQueue } from './idle-queue';

interface DocusaurusGlobal {
  prefetch: (routePath: string) => unknown;
  preload: (routePath: string) => unknown;
}

function wrap(value: DocusaurusGlobal): DocusaurusGlobal {
  return { ...value, prefetch: idleQueue(value.prefetch) };
}

if (ExecutionEnvironment.canUseDOM) {
  const w = window as unknown as { docusaurus?: DocusaurusGlobal };
  if (w.docusaurus) {
    w.docusaurus = wrap(w.docusaurus);
  } else {
    // Docusaurus sets window.docusaurus after the client modules are evaluated.
    let current: DocusaurusGlobal | undefined;
    Object.defineProperty(window, 'docusaurus', {
      configurable: true,
      get: () => current,
      set: (value: DocusaurusGlobal) => {
        current = value && typeof value.prefetch === 'function' ? wrap(value) : value;
      },
    });
  }
}
