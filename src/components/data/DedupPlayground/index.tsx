/**
 * DedupPlayground (chapter 1): two editable texts → their character n-shingles, the exact
 * Jaccard similarity and its MinHash estimate (signature of bands × rows hashes, as FineWeb
 * uses 14 × 8 = 112), and the LSH S-curve 1 − (1 − s^r)^b with its threshold marked.
 * Chinese works as is: shingles are taken over Unicode code points.
 */
import React, { useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  charShingles,
  jaccard,
  lshCandidateProbability,
  lshThreshold,
  minhashSignature,
  minhashSimilarity,
  setOverlap,
} from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  Num,
  NumberField,
  TextField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['data/shingles.ts', 'data/minhash.ts'] as const;
const MAX_SHOWN = 48;
const GRID = Array.from({ length: 51 }, (_, i) => i / 50);

function defaultTexts(): [string, string] {
  return [
    translate({
      id: 'dedupPlayground.defaultA',
      message: '大语言模型的预训练数据主要来自网页、书籍和代码，清洗和去重是其中的关键步骤。',
    }),
    translate({
      id: 'dedupPlayground.defaultB',
      message: '大语言模型的预训练数据大多来自网页、书籍和代码，清洗和去重是其中的关键步骤。',
    }),
  ];
}

export default function DedupPlayground() {
  const [defA, defB] = useMemo(defaultTexts, []);
  const [textA, setTextA] = useState(defA);
  const [textB, setTextB] = useState(defB);
  const n = useNumberField(3, { min: 1, max: 20, integer: true });
  const bands = useNumberField(14, { min: 1, max: 64, integer: true });
  const rows = useNumberField(8, { min: 1, max: 32, integer: true });

  const sets = useLibResult(() => {
    if (n.value === undefined) return undefined;
    const a = charShingles(textA, n.value);
    const b = charShingles(textB, n.value);
    return { a, b, overlap: setOverlap(a, b) };
  }, [textA, textB, n.value]);
  const sim = useLibResult(() => {
    if (!sets.value || bands.value === undefined || rows.value === undefined) return undefined;
    const { a, b, overlap } = sets.value;
    const perms = bands.value * rows.value;
    const exact = jaccard(a, b);
    const estimate = minhashSimilarity(minhashSignature(a, perms), minhashSignature(b, perms));
    return {
      exact,
      shared: overlap.shared.size,
      union: overlap.unionSize,
      estimate,
      perms,
      threshold: lshThreshold(bands.value, rows.value),
      pExact: lshCandidateProbability(exact, bands.value, rows.value),
      curve: GRID.map((s) => [s, lshCandidateProbability(s, bands.value!, rows.value!)] as const),
    };
  }, [sets.value, bands.value, rows.value]);

  const reset = () => {
    setTextA(defA);
    setTextB(defB);
    n.reset();
    bands.reset();
    rows.reset();
  };

  const shared = sets.value?.overlap.shared ?? new Set<string>();
  const r = sim.value;

  const shingleList = (set: Set<string>, label: string) => {
    const items = [...set];
    return (
      <div className={styles.shingleBox}>
        <p className={styles.shingleHead}>
          {label}{' '}
          <Translate id="dedupPlayground.shingleCount" values={{ n: set.size }}>
            {'（{n} 个）'}
          </Translate>
        </p>
        <ul className={styles.shingles} aria-label={label}>
          {items.slice(0, MAX_SHOWN).map((s) => (
            <li key={s} className={shared.has(s) ? styles.shared : undefined}>
              {s.replace(/ /g, '␣')}
            </li>
          ))}
          {items.length > MAX_SHOWN && <li className={styles.more}>+{items.length - MAX_SHOWN}</li>}
        </ul>
      </div>
    );
  };

  return (
    <WidgetFrame
      name="DedupPlayground"
      title={<Translate id="dedupPlayground.title">近似去重：Jaccard、MinHash 与 LSH</Translate>}
      description={
        <Translate id="dedupPlayground.description">
          改动两段文本、切片长度 n 和 LSH 的分带数 b × 行数 r，看精确 Jaccard、MinHash 估计和成为候选对的概率如何变化。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      <TextField
        label={translate({ id: 'dedupPlayground.textA', message: '文本 A' })}
        value={textA}
        onChange={setTextA}
        rows={3}
        maxLength={4000}
      />
      <TextField
        label={translate({ id: 'dedupPlayground.textB', message: '文本 B' })}
        value={textB}
        onChange={setTextB}
        rows={3}
        maxLength={4000}
      />
      <FieldRow>
        <NumberField
          field={n}
          label={translate({ id: 'dedupPlayground.n', message: '切片长度 n（字符）' })}
          libError={sets.error}
        />
        <NumberField
          field={bands}
          label={translate({ id: 'dedupPlayground.bands', message: '分带数 b' })}
          libError={sim.error}
        />
        <NumberField field={rows} label={translate({ id: 'dedupPlayground.rows', message: '每带行数 r' })} />
      </FieldRow>

      <div className={sets.stale ? styles.stale : undefined}>
        {sets.value && (
          <div className={styles.shingleGrid}>
            {shingleList(sets.value.a, translate({ id: 'dedupPlayground.shinglesA', message: 'A 的切片' }))}
            {shingleList(sets.value.b, translate({ id: 'dedupPlayground.shinglesB', message: 'B 的切片' }))}
          </div>
        )}
        <p className={styles.legendNote}>
          <span className={styles.sharedSwatch} aria-hidden="true" />{' '}
          <Translate id="dedupPlayground.sharedNote">高亮的是两边共有的切片。</Translate>
        </p>
      </div>

      {r && (
        <dl className={styles.results} aria-live="polite" style={{ opacity: sim.stale || sets.stale ? 0.5 : 1 }}>
          <div>
            <dt>
              <Translate id="dedupPlayground.exact">精确 Jaccard |A∩B| / |A∪B|</Translate>
            </dt>
            <dd data-testid="jaccard">
              {r.shared} / {r.union} = {formatNumber(r.exact, 3)}
            </dd>
          </div>
          <div>
            <dt>
              <Translate id="dedupPlayground.estimate" values={{ k: r.perms }}>
                {'MinHash 估计（{k} 个哈希）'}
              </Translate>
            </dt>
            <dd data-testid="minhash">{formatNumber(r.estimate, 3)}</dd>
          </div>
          <div>
            <dt>
              <Translate id="dedupPlayground.threshold">LSH 阈值 (1/b)^(1/r)</Translate>
            </dt>
            <dd data-testid="threshold">{formatNumber(r.threshold, 3)}</dd>
          </div>
          <div>
            <dt>
              <Translate id="dedupPlayground.candidate">在精确 Jaccard 处成为候选对的概率</Translate>
            </dt>
            <dd data-testid="candidate">
              <Num value={r.pExact} digits={3} />
            </dd>
          </div>
        </dl>
      )}

      {r && (
        <LineChart
          series={[
            {
              id: 'p',
              label: translate({ id: 'dedupPlayground.curve', message: '成为候选对的概率' }),
              points: r.curve,
            },
          ]}
          xDomain={[0, 1]}
          yDomain={[0, 1]}
          markers={[
            { x: r.threshold, label: translate({ id: 'dedupPlayground.markerThreshold', message: '阈值' }) },
            { x: r.exact, label: 'J(A,B)' },
          ]}
          xLabel={translate({ id: 'dedupPlayground.xLabel', message: 'Jaccard 相似度 s' })}
          yLabel={translate({ id: 'dedupPlayground.yLabel', message: 'P(候选)' })}
          ariaLabel={translate({ id: 'dedupPlayground.chartLabel', message: 'LSH 的 S 形曲线' })}
          caption={translate(
            {
              id: 'dedupPlayground.caption',
              message:
                'b = {b} 带、每带 r = {r} 行时，两篇相似度为 s 的文档至少有一带完全相同的概率 1 − (1 − s^r)^b。阈值约为 {t}：相似度高于它的文档对大多会被找出来，低于它的大多不会。',
            },
            { b: String(bands.value ?? '—'), r: String(rows.value ?? '—'), t: formatNumber(r.threshold, 3) },
          )}
          table={{
            columns: [
              translate({ id: 'dedupPlayground.colS', message: '相似度 s' }),
              translate({ id: 'dedupPlayground.colP', message: '成为候选对的概率' }),
            ],
            rows: r.curve.filter((_, i) => i % 5 === 0).map(([s, p]) => [formatNumber(s, 2), formatNumber(p, 3)]),
          }}
        />
      )}
    </WidgetFrame>
  );
}
