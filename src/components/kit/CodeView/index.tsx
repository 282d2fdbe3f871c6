/**
 * Shows the src/lib files a widget computes with, fetched from /lib-src/ (published
 * by plugins/lib-sources.ts) when the reader opens the code tab.
 */
import React, { useEffect, useState } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

type Loaded = { path: string; text: string } | { path: string; failed: true };

export default function CodeView({ files }: { files: readonly string[] }) {
  const base = useBaseUrl('/lib-src/');
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    Promise.all(
      files.map((path) =>
        fetch(base + path)
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
          .then((text): Loaded => ({ path, text }))
          .catch((): Loaded => ({ path, failed: true })),
      ),
    ).then((l) => !cancelled && setLoaded(l));
    return () => {
      cancelled = true;
    };
  }, [base, files]);

  if (!loaded) {
    return (
      <p className={styles.loading} role="status">
        <Translate id="kit.code.loading">正在载入源代码…</Translate>
      </p>
    );
  }
  return (
    <div className={styles.code}>
      {loaded.map((f) =>
        'text' in f ? (
          <CodeBlock key={f.path} language="ts" title={`src/lib/${f.path}`} showLineNumbers>
            {f.text}
          </CodeBlock>
        ) : (
          <p key={f.path} role="alert">
            <Translate id="kit.code.failed" values={{ path: `src/lib/${f.path}` }}>
              {'无法载入 {path}。'}
            </Translate>
          </p>
        ),
      )}
    </div>
  );
}
