/**
 * "This translation may be out of date" on a translated doc page whose Chinese
 * source changed after it was translated. The staleness is decided at build time
 * (plugins/translation-freshness.ts); this only looks the page up in the result.
 */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import type { FreshnessData } from '../../../plugins/translation-freshness';
import { translatedPath } from './translatedPath';

const PLUGIN_NAME = 'llm-guide-translation-freshness';

export default function TranslationNotice(): ReactNode {
  const { metadata } = useDoc();
  const data = usePluginData(PLUGIN_NAME) as FreshnessData | undefined;
  const { i18n } = useDocusaurusContext();
  const alternate = useAlternatePageUtils();
  const rel = translatedPath(metadata.source);
  const entry = rel ? data?.stale[rel] : undefined;
  if (!entry) return null;
  const original = alternate.createUrl({ locale: i18n.defaultLocale, fullyQualified: false });
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" data-testid="translation-notice">
      {entry.changed ? (
        <Translate
          id="translationNotice.staleSince"
          values={{ date: <time dateTime={entry.changed}>{entry.changed}</time> }}
        >
          {'此译文可能已过时：中文原文于 {date} 有改动。'}
        </Translate>
      ) : (
        <Translate id="translationNotice.stale">此译文可能已过时：中文原文在翻译之后有改动。</Translate>
      )}{' '}
      <a href={original} hrefLang="zh-Hans">
        <Translate id="translationNotice.readOriginal">阅读中文原文</Translate>
      </a>
    </div>
  );
}
