/**
 * The references page's list: every work cited in the chapters, with an anchor per
 * entry (#ref-<key>), its arXiv id, DOI or address, and links back to the pages
 * (and sections) that cite it in the current locale, from the docs index that
 * plugins/docs-index builds from the footnotes at build time.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { REFERENCES, referenceHref } from '@site/src/data/references';
import { sectionTitle, useDocsIndex } from '@site/src/data/docsIndex';
import styles from './styles.module.css';

export default function ReferenceList() {
  const index = useDocsIndex();
  return (
    <ol className={styles.list}>
      {REFERENCES.map((r) => {
        const href = referenceHref(r);
        const id = r.arxiv ? `arXiv:${r.arxiv}` : r.doi ? `doi:${r.doi}` : null;
        const citing = index.citations[r.key] ?? [];
        return (
          <li key={r.key} id={`ref-${r.key}`} className={styles.entry}>
            <span>{r.authors}</span> ({r.year}). <cite>{r.title}</cite>.{' '}
            {href && <a href={href}>{id ?? href.replace(/^https?:\/\//, '')}</a>}
            {citing.length > 0 && (
              <span className={styles.citedIn} data-testid="cited-in">
                <Translate id="references.citedIn">引用于：</Translate>
                {citing.map((c, i) => {
                  const route = c.section ? `${c.path}#${c.section}` : c.path;
                  return (
                    <React.Fragment key={route}>
                      {i > 0 && <span aria-hidden="true"> · </span>}
                      <Link to={route}>{sectionTitle(index, route)}</Link>
                    </React.Fragment>
                  );
                })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
