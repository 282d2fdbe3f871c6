/**
 * Docusaurus plugin: small, exact edits to installed packages' source as webpack reads it.
 * Each patch names the file, the exact text it replaces (once) and why. The build fails if
 * the text is gone or appears more than once (say, after an upgrade), so a patch is never
 * silently lost or misapplied. tests/unit/source-patches.test.ts applies each one to the
 * installed file.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export interface SourcePatch {
  /** The installed file, as a path pattern. */
  file: RegExp;
  /** Exact text to replace: it must occur exactly once. */
  from: string;
  to: string;
}

export const PATCHES: Record<string, SourcePatch> = {
  /**
   * theme-common's useShallowMemoObject sorts an object's keys with String#localeCompare,
   * only to make its memo order-insensitive. The first localeCompare on a page builds an
   * ICU collator: 12–27 ms on this machine, 50–100 ms of main-thread time on Lighthouse's
   * simulated phone, during hydration, for property names that are plain ASCII. A
   * code-unit comparison orders the same keys just as consistently (all the memo needs).
   */
  asciiKeySort: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/,
    from: 'deps.sort((a, b) => a[0].localeCompare(b[0]));',
    to: 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
  },
  /**
   * The search page of @easyops-cn/docusaurus-search-local names its query box "Search" in
   * every language, also in the server HTML that a screen reader meets first. This names it
   * with the theme's own translated label (搜索 on Chinese pages).
   */
  searchPageLabel: {
    file: /@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]SearchPage[\\/]SearchPage\.jsx$/,
    from: 'aria-label="Search"',
    to: 'aria-label={translate({ id: "theme.SearchBar.label", message: "Search" })}',
  },
  /**
   * The search page (@easyops-cn/docusaurus-search-local) writes its query box into the
   * address (`?q=`) from an effect that also runs on mount, before the hook has read the
   * address (it does so only once hydrated, to match the server HTML). It then drops the
   * query the reader came with, and got it back only because React happened to render
   * the "hydrated" update before the router's. With that update made a transition (below),
   * the order flips and /search?q=… showed an empty page. Now the address is left alone
   * until it has been read.
   */
  searchPathAfterHydration: {
    file: /@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]hooks[\\/]useSearchQuery\.js$/,
    from: 'updateSearchPath: (searchValue) => {\n            const searchParams',
    to: 'updateSearchPath: (searchValue) => {\n            if (!isBrowser) return;\n            const searchParams',
  },
  /*
   * Mount-time state syncs as transitions. The navbar, docs sidebar and footer hydrate late,
   * at low priority and in slices (src/theme/hydrate-later.tsx). But right after the page's
   * shell hydrates, Docusaurus's providers copy browser state into React state in effects:
   * isBrowser becomes true, the window size goes from "ssr" to "mobile"/"desktop", the
   * stored colour mode and docs version are read, the mobile menu learns its content. Those
   * are default-priority updates, which React renders in one uninterruptible pass, and a
   * context change that reaches a boundary not yet hydrated makes React hydrate it in that
   * same pass: hundreds of milliseconds of blocked main thread on a phone. Made transitions,
   * they render in slices like the hydration itself (measured at 4× CPU slowdown on /docs/sft,
   * /docs/alignment and /en/docs/overview: about 35 % less long-task time). Each patch wraps
   * one such setter call. Two of them also run later: on a window resize (the window size)
   * and when the mobile menu closes (its content is shown again on reopening); those now
   * render a moment later and interruptibly too. A click on the colour-mode switch or the
   * menu button goes through other setters and still renders at once.
   */
  isBrowserTransition: {
    file: /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/,
    from: 'setIsBrowser(true);',
    to: 'React.startTransition(() => setIsBrowser(true));',
  },
  windowSizeImport: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/,
    from: "import { useEffect, useState } from 'react';",
    to: "import { startTransition, useEffect, useState } from 'react';",
  },
  windowSizeTransition: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/,
    from: 'setWindowSize(getWindowSize(desktopBreakpoint));',
    to: 'startTransition(() => setWindowSize(getWindowSize(desktopBreakpoint)));',
  },
  colorModeTransition: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]contexts[\\/]colorMode\.js$/,
    from: 'setColorModeState(ColorModeAttribute.get());\n        setColorModeChoiceState(ColorModeChoiceAttribute.get());',
    to: 'React.startTransition(() => {\n            setColorModeState(ColorModeAttribute.get());\n            setColorModeChoiceState(ColorModeChoiceAttribute.get());\n        });',
  },
  preferredVersionTransition: {
    file: /@docusaurus[\\/]plugin-content-docs[\\/]lib[\\/]client[\\/]docsPreferredVersion\.js$/,
    from: 'setState(readStorageState({ allDocsData, versionPersistence, pluginIds }));',
    to: 'React.startTransition(() => setState(readStorageState({ allDocsData, versionPersistence, pluginIds })));',
  },
  secondaryMenuContentTransition: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]contexts[\\/]navbarSecondaryMenu[\\/]content\.js$/,
    from: 'setContent({ component, props: memoizedProps });',
    to: 'React.startTransition(() => setContent({ component, props: memoizedProps }));',
  },
  secondaryMenuShownTransition: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]contexts[\\/]navbarSecondaryMenu[\\/]display\.js$/,
    from: 'if (contentBecameAvailable) {\n            setShown(true);',
    to: 'if (contentBecameAvailable) {\n            React.startTransition(() => setShown(true));',
  },
  secondaryMenuReshownTransition: {
    file: /@docusaurus[\\/]theme-common[\\/]lib[\\/]contexts[\\/]navbarSecondaryMenu[\\/]display\.js$/,
    from: 'if (!mobileSidebar.shown) {\n            setShown(true);',
    to: 'if (!mobileSidebar.shown) {\n            React.startTransition(() => setShown(true));',
  },
};

export default function sourcePatchesPlugin(): Plugin {
  return {
    name: 'llm-guide-source-patches',
    configureWebpack() {
      return {
        module: {
          rules: Object.entries(PATCHES).map(([name, { file, from, to }]) => ({
            test: file,
            use: [{ loader: join(__dirname, 'source-patch-loader.js'), options: { name, from, to } }],
          })),
        },
      };
    },
  };
}
