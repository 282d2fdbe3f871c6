/**
 * Wraps the doc content:
 * - puts the "this translation may be out of date" notice above it on translated pages
 *   whose Chinese source changed (see plugins/translation-freshness.ts);
 * - puts the content in its own Suspense boundary, so that it hydrates in slices (see
 *   ../../hydrate-later.tsx): a long chapter (thousands of KaTeX spans, widgets) would
 *   otherwise block input for hundreds of milliseconds on a phone.
 */
import React, { Suspense, type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import TranslationNotice from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <TranslationNotice />
      <Suspense fallback={null}>
        <Content {...props} />
      </Suspense>
    </>
  );
}
