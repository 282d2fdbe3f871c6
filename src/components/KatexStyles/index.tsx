/**
 * Links KaTeX's stylesheet into <head>. Inserted by plugins/remark-katex-styles.ts
 * into every page that has math, and only those; the path (with the katex version)
 * comes from docusaurus.config.ts customFields.
 */
import React from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function KatexStyles() {
  const { siteConfig } = useDocusaurusContext();
  const href = useBaseUrl(String(siteConfig.customFields?.katexCssPath));
  return (
    <Head>
      <link rel="stylesheet" href={href} />
    </Head>
  );
}
