/**
 * PackingVisualizer (chapter 1): documents of the reader's lengths turned into training blocks
 * of seq_len tokens, two ways side by side: truncation (one block per document, cut and padded)
 * and packing (EOS after each document, concatenate, cut; the last partial block is dropped).
 * Blocks and statistics come from src/lib (truncateSequences, packSequences, packingStats).
 * Token ids here only say which document a token came from: document i has id i + 1, and 0 is
 * the EOS (packing) or the padding (truncation).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { packSequences, packingStats, truncateSequences, type PackingStats } from '@site/src/lib';
import {
  FieldRow,
  NumberField,
  NumberListField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['data/packing.ts'] as const;
const SPECIAL = 0;
const MAX_TOKENS = 4000;

type Mode = 'truncate' | 'pack';

export default function PackingVisualizer() {
  const lengths = useNumberListField([7, 2, 12, 4, 3], { min: 0, max: 1000, integer: true, minLength: 1 });
  const seqLen = useNumberField(8, { min: 1, max: 512, integer: true });

  const result = useLibResult(() => {
    if (!lengths.values || seqLen.value === undefined) return undefined;
    const docs = lengths.values.map((n, i) => new Array<number>(n).fill(i + 1));
    return {
      truncate: {
        blocks: truncateSequences(docs, seqLen.value, SPECIAL),
        stats: packingStats(docs, seqLen.value, 'truncate'),
      },
      pack: { blocks: packSequences(docs, seqLen.value, SPECIAL), stats: packingStats(docs, seqLen.value, 'pack') },
    };
  }, [lengths.values, seqLen.value]);

  const reset = () => {
    lengths.reset();
    seqLen.reset();
  };

  const r = result.value;
  const tooBig = r && r.truncate.blocks.length * (seqLen.value ?? 0) > MAX_TOKENS;

  const panel = (mode: Mode, blocks: number[][], stats: PackingStats) => (
    <section className={styles.panel} data-testid={`panel-${mode}`} aria-label={mode === 'pack' ? packName : truncName}>
      <h4 className={styles.panelTitle}>{mode === 'pack' ? packName : truncName}</h4>
      {tooBig ? (
        <p className={styles.note}>
          <Translate id="packingVisualizer.tooBig">块太多，这里只显示统计数字。</Translate>
        </p>
      ) : (
        <ol className={styles.blocks} aria-hidden="true">
          {blocks.map((b, i) => (
            <li key={i} className={styles.block}>
              {b.map((id, j) => (
                <span
                  key={j}
                  className={clsx(
                    styles.cell,
                    id === SPECIAL ? (mode === 'pack' ? styles.eos : styles.pad) : styles[`doc${(id - 1) % 6}`],
                  )}
                >
                  {id === SPECIAL ? (mode === 'pack' ? 'E' : '·') : id}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
      <dl className={styles.stats}>
        <dt>
          <Translate id="packingVisualizer.blocks">块数</Translate>
        </dt>
        <dd data-testid="blocks">{stats.blocks}</dd>
        <dt>
          <Translate id="packingVisualizer.kept">保留的文档词元</Translate>
        </dt>
        <dd data-testid="kept">{stats.realTokens}</dd>
        <dt>
          <Translate id="packingVisualizer.eos">EOS 分隔符</Translate>
        </dt>
        <dd data-testid="eos">{stats.eosTokens}</dd>
        <dt>
          <Translate id="packingVisualizer.padding">填充词元（占预算）</Translate>
        </dt>
        <dd data-testid="padding">
          {stats.paddingTokens} ({formatNumber(stats.paddingPercent, 3)} %)
        </dd>
        <dt>
          <Translate id="packingVisualizer.dropped">丢弃的文档词元</Translate>
        </dt>
        <dd data-testid="dropped">
          {stats.droppedTokens} ({formatNumber(stats.droppedPercent, 3)} %)
        </dd>
      </dl>
    </section>
  );

  const truncName = translate({ id: 'packingVisualizer.truncate', message: '截断 + 填充' });
  const packName = translate({ id: 'packingVisualizer.pack', message: '拼接打包' });

  return (
    <WidgetFrame
      name="PackingVisualizer"
      title={<Translate id="packingVisualizer.title">截断还是打包：把文档切成训练块</Translate>}
      description={
        <Translate id="packingVisualizer.description">
          输入若干文档的长度（词元数，用逗号分隔）和块长 seq_len，比较两种做法的块数、填充和丢弃的词元。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      <FieldRow>
        <NumberListField
          field={lengths}
          label={translate({ id: 'packingVisualizer.lengths', message: '文档长度（词元）' })}
        />
        <NumberField
          field={seqLen}
          label={translate({ id: 'packingVisualizer.seqLen', message: '块长 seq_len' })}
          libError={result.error}
        />
      </FieldRow>
      {r && (
        <div className={clsx(styles.panels, result.stale && styles.stale)} aria-live="polite">
          {panel('truncate', r.truncate.blocks, r.truncate.stats)}
          {panel('pack', r.pack.blocks, r.pack.stats)}
        </div>
      )}
      <p className={styles.note}>
        <Translate id="packingVisualizer.legend">
          每行是一个训练块，格子里的数字是词元来自第几篇文档；E 是文档结尾的 EOS，· 是填充。
        </Translate>
      </p>
    </WidgetFrame>
  );
}
