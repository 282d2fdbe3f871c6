/**
 * Wraps the doc content:
 * - puts the "this translation may be out of date" notice above it on translated pages
 *   whose Chinese source changed (see plugins/translation-freshness.ts);
 * - hydrates the content in slices, as its own Suspense boundary (../../hydrate-later.tsx):
 *   a long chapter (thousands of KaTeX spans, widgets) would otherwise block input for
 *   hundreds of milliseconds on a phone.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import TranslationNotice from '@site/src/components/TranslationNotice';
import hydrateLater from '../../hydrate-later';

type Props = WrapperProps<typeof ContentType>;

const ContentInSlices = hydrateLater(Content, 'DocItemContent');

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <TranslationNotice />
      <ContentInSlices {...props} />
    </>
  );
}
