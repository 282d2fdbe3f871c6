/**
 * Code blocks load their syntax highlighter (Prism, about 90 KB of JS that builds
 * every grammar when it is evaluated) only on pages that show code.
 *
 * Docusaurus puts Prism in the main bundle of every page (a client module of
 * theme-classic); plugins/lazy-prism.ts removes that module, and this wrapper loads
 * the highlighted code block lazily. The server still renders the highlighted HTML
 * (the static build waits for lazy components), so readers see colours at once; on
 * first load React keeps that HTML until the chunk arrives. Only on a client-side
 * navigation does the plain fallback below show, for the moment the chunk takes.
 */
import React, { lazy, Suspense, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';

const Highlighted = lazy(() => import('./Highlighted'));

/** The code as plain text, in the same box, while the highlighter loads. */
function PlainCode({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  return (
    // The ref is the one the word-wrap button measures, as on the highlighted block.
    <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(className, 'prism-code', 'thin-scrollbar')}>
      <code>{metadata.code}</code>
    </pre>
  );
}

export default function CodeBlockContent(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCode {...props} />}>
      <Highlighted {...props} />
    </Suspense>
  );
}
