/**
 * `<Term id="perplexity">困惑度</Term>`: a link to the term's glossary entry with a
 * tooltip showing its definition. Registered in src/theme/MDXComponents.tsx, so
 * chapters use it without an import. Without children it shows the term's name.
 *
 * The tooltip opens on hover, on keyboard focus and on a first tap (a second tap
 * follows the link); Escape, blur or leaving with the pointer closes it. It stays in
 * the DOM (hidden by CSS) so `aria-describedby` always has its text; the class
 * `term-tooltip` keeps it out of the search index (docusaurus.config.ts).
 *
 * The glossary text comes in as props, filled in at build time by
 * plugins/remark-glossary-terms.ts for the page's locale: the component imports no
 * glossary data, so a page carries only the definitions it uses. Term is meant for
 * MDX; without those props it shows its children as plain text.
 */
import React, { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface TermProps {
  /** Id of the term in src/data/glossary/*.json. */
  id: string;
  children?: ReactNode;
  /** Filled in by plugins/remark-glossary-terms.ts: the term's name with its abbreviation. */
  label?: string;
  /** The term's name in the page's language (shown when there are no children). */
  name?: string;
  /** The English name, on Chinese pages only. */
  other?: string;
  /** The one-line definition in the page's language. */
  definition?: string;
  /** The glossary entry's route, without locale. */
  href?: string;
}

/** Space kept between the tooltip and the viewport's edges, in px. */
const EDGE = 8;

export default function Term({ id, children, label, name, other, definition, href }: TermProps): ReactNode {
  const tipId = `term-tip-${useId().replace(/[^\w-]/g, '')}`;
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const tipRef = useRef<HTMLSpanElement>(null);
  // Whether the pointer that is tapping is touch, and whether the tooltip was already open then.
  const touch = useRef({ active: false, wasOpen: false });

  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);

  // Escape closes it wherever the focus is (e.g. opened by hover).
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Keep the tooltip inside the viewport horizontally.
  useLayoutEffect(() => {
    if (!open) {
      setShift(0);
      return;
    }
    const tip = tipRef.current;
    if (!tip) return;
    const rect = tip.getBoundingClientRect();
    const left = rect.left - shift;
    const right = left + rect.width;
    const max = document.documentElement.clientWidth - EDGE;
    if (right > max) setShift(Math.max(EDGE - left, max - right));
    else if (left < EDGE) setShift(EDGE - left);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (!label || !definition || !href) return <>{children ?? name ?? id}</>;

  return (
    <span className={styles.term} onMouseEnter={show} onMouseLeave={hide}>
      <Link
        to={href}
        className={styles.link}
        aria-describedby={tipId}
        data-term={id}
        onFocus={show}
        onBlur={hide}
        onPointerDown={(e) => {
          touch.current = { active: e.pointerType === 'touch', wasOpen: open };
        }}
        onClick={(e) => {
          // First tap on a touch screen only opens the tooltip; the second follows the link.
          if (touch.current.active && !touch.current.wasOpen) {
            e.preventDefault();
            setOpen(true);
          }
          touch.current = { active: false, wasOpen: false };
        }}
      >
        {children ?? name}
      </Link>
      <span
        ref={tipRef}
        id={tipId}
        role="tooltip"
        className={clsx('term-tooltip', styles.tip, open && styles.open)}
        style={shift ? { transform: `translateX(${shift}px)` } : undefined}
      >
        <strong className={styles.name}>{label}</strong>
        {other && (
          <span className={styles.other} lang="en">
            {other}
          </span>
        )}
        <span className={styles.definition}>{definition}</span>
      </span>
    </span>
  );
}
