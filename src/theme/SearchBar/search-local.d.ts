// Types for the parts of @easyops-cn/docusaurus-search-local that the lazy search
// box imports directly (the package ships no declarations for them).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated' {
  /** The shortcut that focuses the search box, e.g. "mod+k" (plugin option). */
  export const searchBarShortcutKeymap: string | false | undefined;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap' {
  export type ParsedKeymap = unknown;
  export function parseKeymap(keymap: string): ParsedKeymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: ParsedKeymap): boolean;
  export function getKeymapHints(keymap: string, isMac: boolean): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform' {
  export function isMacPlatform(): boolean;
}
