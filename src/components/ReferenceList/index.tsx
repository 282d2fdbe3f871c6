/**
 * The references page's list: every work cited in the chapters, with an anchor per
 * entry (#ref-<key>) and its arXiv id, DOI or address.
 */
import React from 'react';
import { REFERENCES, referenceHref } from '@site/src/data/references';
import styles from './styles.module.css';

export default function ReferenceList() {
  return (
    <ol className={styles.list}>
      {REFERENCES.map((r) => {
        const href = referenceHref(r);
        const id = r.arxiv ? `arXiv:${r.arxiv}` : r.doi ? `doi:${r.doi}` : null;
        return (
          <li key={r.key} id={`ref-${r.key}`} className={styles.entry}>
            <span>{r.authors}</span> ({r.year}). <cite>{r.title}</cite>.{' '}
            {href && <a href={href}>{id ?? href.replace(/^https?:\/\//, '')}</a>}
          </li>
        );
      })}
    </ol>
  );
}
