/**
 * The navbar search box loads its code (lunr with its Chinese and English
 * pipelines, the autocomplete widget: ~60 KB of JS) only when a reader reaches for
 * it: pointer over the box, focus, a touch, or the shortcut (Ctrl/⌘+K). Until then
 * a lightweight box with the same markup and styles stands in, so nothing moves when
 * the real one (@easyops-cn/docusaurus-search-local) takes its place; what was
 * typed meanwhile and the focus carry over, even when typed before the page hydrated.
 * This keeps the search code out of the main bundle that every page evaluates on load.
 */
import React, {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import { searchBarShortcutKeymap } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';

const loadSearchBar = () => import('@theme-original/SearchBar');

const INPUT_SELECTOR = 'input.navbar__search-input';
// Marks the stand-in's input (the real box's has the same class).
const STAND_IN_ATTRIBUTE = 'data-search-stand-in';

// The shortcut (Ctrl/⌘+K) focuses the stand-in from the moment this module runs, before
// the navbar hydrates (at low priority; until then an effect could not listen and the
// browser took the keys). Focus and text then carry over to the real box, which handles
// the shortcut itself once it is there (no stand-in in the page).
if (ExecutionEnvironment.canUseDOM && searchBarShortcutKeymap) {
  const keymap = parseKeymap(searchBarShortcutKeymap);
  document.addEventListener('keydown', (event) => {
    if (!matchesKeymap(event, keymap)) return;
    const standIn = document.querySelector<HTMLInputElement>(`${INPUT_SELECTOR}[${STAND_IN_ATTRIBUTE}]`);
    if (!standIn) return;
    event.preventDefault();
    standIn.focus();
  });
}

interface Handoff {
  focused: boolean;
  value: string;
}

interface ShellProps {
  onActivate: () => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

/** The box's name in the page's language ("搜索" / "Search"), as its placeholder. */
const searchLabel = () => translate({ id: 'theme.SearchBar.label', message: 'Search' });

/** The stand-in: the same elements and classes as the real search box. */
function SearchShell({ onActivate, inputRef }: ShellProps): ReactNode {
  const isBrowser = useIsBrowser();
  const hints = isBrowser && searchBarShortcutKeymap ? getKeymapHints(searchBarShortcutKeymap, isMacPlatform()) : [];
  const label = searchLabel();
  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.searchInput}`}
        data-search-stand-in=""
        onMouseEnter={onActivate}
        onFocus={onActivate}
        onTouchStart={onActivate}
      />
      {hints.length > 0 && (
        <div className={styles.searchHintContainer}>
          {hints.map((hint, i) => (
            <kbd key={i} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}

/** Runs right after the real search box is in the DOM: gives it the focus and the text. */
function HandOff({
  handoff: ref,
  scope,
}: {
  handoff: React.RefObject<Handoff>;
  scope: React.RefObject<HTMLElement | null>;
}): null {
  useLayoutEffect(() => {
    const input = scope.current?.querySelector<HTMLInputElement>(INPUT_SELECTOR);
    const handoff = ref.current;
    if (!input) return;
    if (handoff.value) {
      // Through the native setter and an input event, so React's onChange sees it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, handoff.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // The plugin labels its box "Search" in every language; screen readers get the page's.
    input.setAttribute('aria-label', searchLabel());
    if (handoff.focused) input.focus();
    // Only once, when the real box has just replaced the stand-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

export default function SearchBar(props: Record<string, unknown>): ReactNode {
  const [Real, setReal] = useState<ComponentType<Record<string, unknown>> | null>(null);
  const requested = useRef(false);
  const shellInput = useRef<HTMLInputElement>(null);
  const scope = useRef<HTMLSpanElement>(null);
  const handoff = useRef<Handoff>({ focused: false, value: '' });

  const activate = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    // A plain state update (not a transition): React renders and commits the swap in
    // one task, so no keystroke can fall between reading the stand-in and replacing it.
    void loadSearchBar().then((mod) => setReal(() => mod.default));
  }, []);

  // A reader may have focused the box and typed before the navbar hydrated (it hydrates
  // at low priority); that focus event never reached React, so look once hydrated.
  useEffect(() => {
    const el = shellInput.current;
    if (el && (el === document.activeElement || el.value !== '')) activate();
  }, [activate]);

  if (!Real) return <SearchShell onActivate={activate} inputRef={shellInput} />;
  return (
    <>
      <span ref={scope} style={{ display: 'contents' }}>
        <Snapshot input={shellInput} into={handoff} />
        <Real {...props} />
      </span>
      {/* After the span, not in it: a parent's ref is attached after its children's layout effects. */}
      <HandOff handoff={handoff} scope={scope} />
    </>
  );
}

/**
 * Reads the stand-in while it is still in the DOM: this renders in the same pass
 * that replaces it (render and commit of a default-priority update do not yield).
 */
function Snapshot({
  input,
  into,
}: {
  input: React.RefObject<HTMLInputElement | null>;
  into: React.RefObject<Handoff>;
}): null {
  const el = input.current;
  if (el?.isConnected) into.current = { focused: document.activeElement === el, value: el.value };
  return null;
}
