/**
 * Code blocks load their syntax highlighter (Prism, about 90 KB of JS that builds
 * every grammar when it is evaluated) only on pages that show code.
 *
 * Docusaurus puts Prism in the main bundle of every page (a client module of
 * theme-classic); plugins/lazy-prism.ts removes that module, and this wrapper loads
 * the whole code block (highlighter, copy and word-wrap buttons) lazily. The server
 * still renders the highlighted HTML (the static build waits for lazy components),
 * so readers see colours at once; on first load React keeps that HTML until the
 * chunk arrives. Only on a client-side navigation does the plain fallback below
 * show, for the moment the chunk takes.
 */
import React, { lazy, Suspense, type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock';

const Highlighted = lazy(() => import('./Highlighted'));

/** The code as plain text, in a box like the real one, while the highlighter loads. */
function PlainCode({ children, className }: Props): ReactNode {
  return (
    <pre tabIndex={0} className={clsx(className, 'prism-code', 'thin-scrollbar')}>
      <code>{children}</code>
    </pre>
  );
}

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCode {...props} />}>
      <Highlighted {...props} />
    </Suspense>
  );
}
