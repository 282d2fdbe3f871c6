/**
 * Wraps the doc content to put the "this translation may be out of date" notice
 * above it on translated pages whose Chinese source changed (see
 * plugins/translation-freshness.ts). Renders nothing extra on every other page.
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
