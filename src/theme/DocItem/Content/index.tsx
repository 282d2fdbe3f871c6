/**
 * Wraps the doc content to put the "this translation may be out of date" notice above it
 * on translated pages whose Chinese source changed (see plugins/translation-freshness.ts).
 *
 * The article is deliberately not a Suspense boundary of its own (../../hydrate-later.tsx).
 * It was one for a while; then a diagram on /en/docs/evaluation did not draw within 20 s on
 * a loaded machine (one every-page failure). Low-priority hydration of the article, which
 * holds the Mermaid diagrams, is the suspected cause, so it hydrates with the page again.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import TranslationNotice from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <TranslationNotice />
      <Content {...props} />
    </>
  );
}
