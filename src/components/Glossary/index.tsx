/**
 * The glossary page's body: every term of src/data/glossary, grouped by the chapter
 * of the section that explains it (in chapter order), each with an anchor
 * `#term-<id>`, both names, the definition and a link to the section, named by the
 * page title and heading from the docs index (plugins/docs-index).
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { GLOSSARY, sectionChapter, termLabel, type GlossaryLocale, type GlossaryTerm } from '@site/src/data/glossary';
import { CHAPTERS } from '@site/src/data/chapters';
import { sectionTitle, useDocsIndex, type DocsIndex } from '@site/src/data/docsIndex';
import styles from './styles.module.css';

function Entry({ term, locale, index }: { term: GlossaryTerm; locale: GlossaryLocale; index: DocsIndex }) {
  const anchor = `term-${term.id}`;
  useBrokenLinks().collectAnchor(anchor);
  const other = locale === 'zh' ? term.en : term.zh;
  const label = termLabel(term, locale);
  return (
    <div className={styles.entry} id={anchor}>
      <dt className={styles.names}>
        <a href={`#${anchor}`} className={styles.name}>
          {label}
        </a>
        {other.toLowerCase() !== term[locale].toLowerCase() && (
          <span className={styles.other} lang={locale === 'zh' ? 'en' : 'zh-Hans'}>
            {other}
          </span>
        )}
      </dt>
      <dd className={styles.body}>
        {term.definition[locale]}{' '}
        <span className={styles.see}>
          <Translate id="glossary.see">详见：</Translate>
          <Link to={term.section}>{sectionTitle(index, term.section)}</Link>
        </span>
      </dd>
    </div>
  );
}

export default function Glossary(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale: GlossaryLocale = i18n.currentLocale === 'en' ? 'en' : 'zh';
  const index = useDocsIndex();
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of GLOSSARY) {
    const chapter = sectionChapter(term.section);
    groups.set(chapter, [...(groups.get(chapter) ?? []), term]);
  }
  const chapters = [...groups.keys()].map((route) => {
    const entry = CHAPTERS.find((c) => c.path === route);
    const title = index.pages[route]?.title ?? route;
    return {
      route,
      id: `chapter-${entry?.id ?? route.replace(/\W+/g, '-')}`,
      title: entry ? `${entry.number}. ${title}` : title,
    };
  });
  return (
    <div className={styles.glossary}>
      <nav aria-labelledby="glossary-chapters" className={styles.nav}>
        <span id="glossary-chapters" className={styles.navLabel}>
          <Translate id="glossary.byChapter">按章节：</Translate>
        </span>
        <ul>
          {chapters.map((c) => (
            <li key={c.route}>
              <a href={`#${c.id}`}>{c.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {chapters.map((c) => (
        <section key={c.route} aria-labelledby={c.id}>
          <Heading as="h2" id={c.id}>
            {c.title}
          </Heading>
          <dl className={styles.list}>
            {(groups.get(c.route) ?? []).map((term) => (
              <Entry key={term.id} term={term} locale={locale} index={index} />
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
