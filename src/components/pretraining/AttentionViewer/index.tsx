/**
 * AttentionViewer (chapter 2): one head of causal self-attention over a five-token
 * sentence with small hand-made vectors, as a heat map with the masked (future) cells
 * hatched. The reader edits the query vector of the last token and sees its row of
 * weights and its output change. Computed by src/lib (causalAttention).
 */
import React, { useMemo } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { causalAttention } from '@site/src/lib';
import {
  FieldRow,
  HeatMap,
  NumberListField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/attention.ts', 'core/softmax.ts'] as const;

// Keys = values = one-hot-ish features (d = 4): [article, noun-ish, verb-ish, place]. Queries are
// twice the keys, so with the 1/√4 scaling a score is exactly the dot product of the two rows.
const K = [
  [1, 0, 0, 0],
  [0, 1, 0, 1],
  [0, 1, 1, 0],
  [0, 0, 1, 0],
  [0, 1, 0, 1],
];
const Q_FIXED = [
  [2, 0, 0, 0],
  [0, 2, 0, 2],
  [0, 2, 2, 0],
  [0, 0, 2, 0],
];
const LAST_QUERY = [0, 2, 0, 2];

export default function AttentionViewer() {
  const tokens = useMemo(
    () => translate({ id: 'attentionViewer.tokens', message: '小|猫|坐|在|垫子' }).split('|').slice(0, K.length),
    [],
  );
  const query = useNumberListField(LAST_QUERY);
  const result = useLibResult(
    () => (query.values === undefined ? undefined : causalAttention([...Q_FIXED, query.values], K, K)),
    [query.values],
  );
  const last = tokens[tokens.length - 1];
  const weights = result.value?.weights ?? [];
  const masked = weights.map((row, i) => row.map((w, j) => (j > i ? null : w)));
  const lastRow = weights[weights.length - 1] ?? [];
  const lastOut = result.value?.output[weights.length - 1] ?? [];

  return (
    <WidgetFrame
      name="AttentionViewer"
      title={<Translate id="attentionViewer.title">因果注意力的权重</Translate>}
      description={
        <Translate id="attentionViewer.description">
          每一行是一个位置在看前面哪些位置；斜线格是被掩码遮住的“未来”。修改最后一个词的查询向量，看它的那一行如何变化。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={query.reset}
    >
      <FieldRow>
        <NumberListField
          field={query}
          label={translate(
            { id: 'attentionViewer.query', message: '“{token}”的查询向量 q（4 个数）' },
            { token: last },
          )}
          libError={result.error}
        />
      </FieldRow>
      <div style={{ opacity: result.stale ? 0.5 : 1 }}>
        <HeatMap
          values={masked}
          rowLabels={tokens.map((t) => `q: ${t}`)}
          colLabels={tokens.map((t) => `k: ${t}`)}
          showValues
          ariaLabel={translate({ id: 'attentionViewer.aria', message: '因果注意力权重热力图' })}
          caption={
            <Translate id="attentionViewer.caption">
              第 i 行是第 i 个词元对第 1…i 个词元的注意力权重，每行之和为 1；对角线右上方被掩码（权重为 0，画成斜线）。
            </Translate>
          }
          table={{
            columns: [translate({ id: 'attentionViewer.col.query', message: '查询' }), ...tokens],
            rows: masked.map((row, i) => [tokens[i], ...row.map((w) => (w === null ? '—' : formatNumber(w, 3)))]),
          }}
        />
      </div>
      <p className={styles.readout} aria-live="polite" style={{ opacity: result.stale ? 0.5 : 1 }}>
        <Translate id="attentionViewer.lastRow" values={{ token: last }}>
          {'“{token}”一行的权重：'}
        </Translate>{' '}
        <span data-testid="last-row">{lastRow.map((w) => formatNumber(w, 3)).join(', ')}</span>
        <br />
        <Translate id="attentionViewer.output" values={{ token: last }}>
          {'“{token}”的输出（值向量的加权平均）：'}
        </Translate>{' '}
        <span data-testid="last-output">[{lastOut.map((x) => formatNumber(x, 3)).join(', ')}]</span>
      </p>
    </WidgetFrame>
  );
}
