/**
 * Client module: Docusaurus prefetches the chunks of every internal link as soon as it
 * scrolls into view, one <link rel="prefetch"> per chunk. On a page full of links
 * (sidebar, table of contents, chapter cards) that was the biggest piece of script work
 * after load: about 600 ms on a throttled phone profile, mostly inserting those <link>s,
 * in 30–70 ms slices even when queued for idle time. This site does not need it: the
 * service worker (plugins/offline) caches the whole site after the first visit, and a
 * link still preloads its page when the pointer rests on it or a finger touches it
 * (window.docusaurus.preload, untouched). So viewport prefetching is switched off.
 * tests/e2e/navigation.e2e.ts checks both halves.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

interface DocusaurusGlobal {
  prefetch: (routePath: string) => unknown;
  preload: (routePath: string) => unknown;
}

// Docusaurus's Link only reads the return value as "was anything fetched".
const withoutPrefetch = (value: DocusaurusGlobal): DocusaurusGlobal =>
  value && typeof value.prefetch === 'function' ? { ...value, prefetch: () => false } : value;

if (ExecutionEnvironment.canUseDOM) {
  const w = window as unknown as { docusaurus?: DocusaurusGlobal };
  if (w.docusaurus) {
    w.docusaurus = withoutPrefetch(w.docusaurus);
  } else {
    // Docusaurus sets window.docusaurus after the client modules are evaluated.
    let current: DocusaurusGlobal | undefined;
    Object.defineProperty(window, 'docusaurus', {
      configurable: true,
      get: () => current,
      set: (value: DocusaurusGlobal) => {
        current = withoutPrefetch(value);
      },
    });
  }
}
