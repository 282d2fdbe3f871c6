/**
 * Mermaid diagrams, rendered only when they come into the viewport (and the
 * browser is idle), instead of on page load: rendering a diagram blocks the main
 * thread for hundreds of milliseconds, which measurably slowed diagram pages
 * (Lighthouse mobile 96 → 68 for one diagram). Until then, the diagram's source is
 * kept in a placeholder of similar height, so the page does not jump.
 * Wraps @docusaurus/theme-mermaid's renderer (same theming for light and dark).
 */
import React, { useEffect, useRef, useState } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { ErrorBoundaryErrorMessageFallback } from '@docusaurus/theme-common';
import { MermaidContainerClassName, useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import Translate from '@docusaurus/Translate';
import { syncScrollRegion } from '../../client/scroll-region';
import styles from './styles.module.css';

// A diagram is shrunk to fit the column, but not below a share of its own size: 60 % on a
// phone (Mermaid's 16 px text stays near 10 px) and 50 % in a desktop's wider column
// (styles.module.css picks one of the two widths set here). A wider diagram scrolls
// sideways instead, like a table.
const MIN_SCALE = { phone: 0.6, desktop: 0.5 };

/**
 * Keeps a rendered diagram at least MIN_SCALE of its natural width and, while it is wider
 * than its container (a phone), makes the container a named, focusable scroll region so
 * keyboard users can scroll it too. Returns a cleanup function.
 */
function fitDiagram(container: HTMLDivElement): () => void {
  const svg = container.querySelector('svg');
  if (!svg) return () => undefined;
  const natural = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
  // Rounded down: half of a 1407 px diagram is 703.5 px, 1 px too wide for a 703 px column.
  svg.style.setProperty('--diagram-min-width-phone', `${Math.floor(natural * MIN_SCALE.phone)}px`);
  svg.style.setProperty('--diagram-min-width-desktop', `${Math.floor(natural * MIN_SCALE.desktop)}px`);
  const title = svg.querySelector('title')?.textContent?.trim();
  // Diagrams render late (when scrolled to), after the client module's timed checks of
  // formulas, so each watches its own size.
  const update = () => void syncScrollRegion(container, title);
  update();
  const observer = new ResizeObserver(update);
  observer.observe(container);
  return () => observer.disconnect();
}

function MermaidRenderer({ value }: { value: string }) {
  const result = useMermaidRenderResult({ text: value });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!result || !ref.current) return undefined;
    result.bindFunctions?.(ref.current);
    return fitDiagram(ref.current);
  }, [result]);
  useEffect(() => {
    // Mermaid's flowchart tooltips call selection.transition() on mouseover/mouseout, which
    // d3-transition adds to d3-selection as a side effect; the bundler drops that module
    // when it is reached only through d3's side-effect-free barrel ("e.transition is not a
    // function" on hovering a node). Loading it here, lazily, restores the method.
    void import('d3-transition');
  }, []);
  if (!result) return <Placeholder value={value} />;
  return (
    <div
      ref={ref}
      className={`${MermaidContainerClassName} ${styles.container}`}
      // Mermaid returns sanitised SVG markup (securityLevel 'strict' by default).
      dangerouslySetInnerHTML={{ __html: result.svg }}
    />
  );
}

function Placeholder({ value }: { value: string }) {
  const lines = value.split('\n').length;
  return (
    <div className={styles.placeholder} style={{ minHeight: `${Math.min(30, 4 + lines * 1.6)}rem` }}>
      <span className={styles.loading}>
        <Translate id="kit.mermaid.loading">图表加载中…</Translate>
      </span>
    </div>
  );
}

function whenIdle(cb: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const h = window.requestIdleCallback(cb, { timeout: 1500 });
    return () => window.cancelIdleCallback(h);
  }
  const t = window.setTimeout(cb, 50);
  return () => window.clearTimeout(t);
}

export default function Mermaid({ value }: { value: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return undefined;
    let cancelIdle: (() => void) | undefined;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          cancelIdle = whenIdle(() => setVisible(true));
        }
      },
      // Only once it is actually on screen: chapter index pages have a diagram just below
      // the first screen of a phone, and a 400px margin made every visit pay for Mermaid
      // (Lighthouse mobile ~75 on those pages, 2026-11; see BENCHMARKS.md).
      { rootMargin: '0px' },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      cancelIdle?.();
    };
  }, [visible]);
  return (
    <div ref={ref} className={styles.wrapper} data-mermaid={visible ? 'rendering' : 'waiting'}>
      {visible ? (
        <ErrorBoundary fallback={(params) => <ErrorBoundaryErrorMessageFallback {...params} />}>
          <MermaidRenderer value={value} />
        </ErrorBoundary>
      ) : (
        <Placeholder value={value} />
      )}
    </div>
  );
}
