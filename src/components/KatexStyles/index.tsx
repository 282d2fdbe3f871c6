/**
 * Links KaTeX's stylesheet. Inserted by plugins/remark-katex-styles.ts into every
 * page that has math, and only those; the path (with the katex version) comes from
 * docusaurus.config.ts customFields.
 *
 * A React 19 stylesheet resource (`precedence`), not <Head>: the server writes the
 * link at the start of the page, hydration adopts it, and on client navigation React
 * puts it in <head> (and keeps it there on later pages). Through <Head>,
 * Helmet removed the server's link while the page hydrated and added it back a
 * moment later; each time, KaTeX's 20 @font-face rules changed the document's fonts
 * and the whole page was styled and laid out again (about 100 ms at 4× CPU slowdown).
 */
import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function KatexStyles() {
  const { siteConfig } = useDocusaurusContext();
  const href = useBaseUrl(String(siteConfig.customFields?.katexCssPath));
  return <link rel="stylesheet" href={href} precedence="katex" />;
}
