/**
 * BpeTrainer (chapter 1): byte-level BPE trained on the reader's text, like minbpe's
 * BasicTokenizer. Step through the merges one at a time: each new token, the bytes it stands
 * for (as text when they decode, in hex when they are part of a character), and the token count
 * falling from the number of UTF-8 bytes. A Chinese character is three bytes, so its first merge
 * is usually half a character.
 */
import React, { useId, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { bpeEncode, bpeTrainSteps, bpeVocab, tokenLabel } from '@site/src/lib';
import {
  FieldRow,
  ResultRow,
  ResultTable,
  LineChart,
  NumberField,
  SelectField,
  TextField,
  WidgetFrame,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['data/bpe.ts', 'data/bpe-steps.ts'] as const;
const PRESETS = {
  zh: '数据清洗，数据去重，数据配比。',
  en: 'the cat sat on the mat; the cat ate the rat.',
  minbpe: 'aaabdaaabac',
} as const;
type Preset = keyof typeof PRESETS | 'own';
const MAX_TEXT = 2000;

export default function BpeTrainer() {
  const baseId = useId().replace(/[^\w-]/g, '');
  const [preset, setPreset] = useState<Preset>('zh');
  const [text, setText] = useState<string>(PRESETS.zh);
  const merges = useNumberField(10, { min: 0, max: 200, integer: true });

  const training = useLibResult(() => {
    if (merges.value === undefined) return undefined;
    return { steps: bpeTrainSteps(text, merges.value), bytes: bpeEncode(text, []).length };
  }, [text, merges.value]);
  const maxStep = training.value?.steps.length ?? 0;
  // No max: a step beyond the merges learned shows the last one (the view clamps it).
  const step = useNumberField(5, { min: 0, integer: true });

  const view = useLibResult(() => {
    if (!training.value || step.value === undefined) return undefined;
    const k = Math.min(step.value, training.value.steps.length);
    const learned = training.value.steps.slice(0, k).map((s) => s.pair);
    const vocab = bpeVocab(learned);
    const ids = bpeEncode(text, learned);
    return { k, tokens: ids.map((id) => ({ id, label: tokenLabel(vocab[id]) })) };
  }, [training.value, step.value, text]);

  const reset = () => {
    setPreset('zh');
    setText(PRESETS.zh);
    merges.reset();
    step.reset();
  };

  const t = training.value;
  const v = view.value;
  const counts: [number, number][] = t
    ? [[0, t.bytes] as [number, number], ...t.steps.map((s, i) => [i + 1, s.tokenCountAfter] as [number, number])]
    : [];
  const stale = training.stale || view.stale;

  return (
    <WidgetFrame
      name="BpeTrainer"
      title={<Translate id="bpeTrainer.title">字节级 BPE：一步一步合并</Translate>}
      description={
        <Translate id="bpeTrainer.description">
          输入任意文本（中文也可以），设定合并次数，再逐步查看每次合并产生的新词元和词元总数的下降。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      <FieldRow>
        <SelectField<Preset>
          label={translate({ id: 'bpeTrainer.preset', message: '示例文本' })}
          value={preset}
          options={[
            { value: 'zh', label: translate({ id: 'bpeTrainer.preset.zh', message: '中文' }) },
            { value: 'en', label: translate({ id: 'bpeTrainer.preset.en', message: '英文' }) },
            { value: 'minbpe', label: translate({ id: 'bpeTrainer.preset.minbpe', message: 'minbpe 的例子' }) },
            { value: 'own', label: translate({ id: 'bpeTrainer.preset.own', message: '自己输入' }) },
          ]}
          onChange={(p) => {
            setPreset(p);
            if (p !== 'own') setText(PRESETS[p]);
          }}
        />
      </FieldRow>
      <TextField
        label={translate({ id: 'bpeTrainer.text', message: '训练文本' })}
        value={text}
        onChange={(x) => {
          setText(x);
          setPreset('own');
        }}
        rows={3}
        maxLength={MAX_TEXT}
        hint={translate({ id: 'bpeTrainer.textHint', message: '最多 2000 个字符。' })}
      />
      <FieldRow>
        <NumberField
          field={merges}
          label={translate({ id: 'bpeTrainer.merges', message: '合并次数' })}
          libError={training.error}
        />
        <NumberField
          field={step}
          label={translate({ id: 'bpeTrainer.step', message: '查看第几步' })}
          slider={{ min: 0, max: Math.max(1, maxStep), step: 1 }}
          libError={view.error}
        />
      </FieldRow>

      {t && v && (
        <p className={clsx(styles.summary, stale && styles.stale)} aria-live="polite" data-testid="summary">
          <Translate
            id="bpeTrainer.summary"
            values={{ chars: Array.from(text).length, bytes: t.bytes, k: v.k, tokens: v.tokens.length }}
          >
            {'{chars} 个字符 = {bytes} 个 UTF-8 字节；{k} 次合并之后是 {tokens} 个词元。'}
          </Translate>
        </p>
      )}

      {v && (
        <div className={clsx(styles.tokenBox, stale && styles.stale)}>
          <p className={styles.boxHead} id={`${baseId}-tokens-head`}>
            <Translate id="bpeTrainer.tokensHead">当前切分（每块一个词元，上方是词元 id）</Translate>
          </p>
          {/* The list scrolls when long: focusable so the keyboard can scroll it. */}
          <ol className={styles.tokens} data-testid="tokens" tabIndex={0} aria-labelledby={`${baseId}-tokens-head`}>
            {v.tokens.map((tok, i) => (
              <li key={i} className={tok.id >= 256 ? styles.merged : undefined}>
                <span className={styles.tokId}>{tok.id}</span>
                <span className={styles.tokText}>{tok.label}</span>
              </li>
            ))}
          </ol>
        </div>
      )}

      {t && v && (
        <ResultTable
          className={styles.tableWrap}
          stale={stale}
          testId="merges"
          caption={<Translate id="bpeTrainer.mergesCaption">已学到的合并（按顺序）</Translate>}
          columns={[
            '#',
            <Translate id="bpeTrainer.colPair">合并的两个 id</Translate>,
            <Translate id="bpeTrainer.colNew">新词元 id</Translate>,
            <Translate id="bpeTrainer.colBytes">代表的字节</Translate>,
            <Translate id="bpeTrainer.colCount">出现次数</Translate>,
            <Translate id="bpeTrainer.colAfter">合并后词元数</Translate>,
          ]}
        >
          <tbody>
            {t.steps.slice(0, v.k).map((s, i) => (
              <ResultRow key={s.newId} tone={i === v.k - 1 ? 'selected' : undefined}>
                <td>{i + 1}</td>
                <td>
                  ({s.pair[0]}, {s.pair[1]})
                </td>
                <td>{s.newId}</td>
                <td className={styles.mono}>{s.label}</td>
                <td>{s.count}</td>
                <td>{s.tokenCountAfter}</td>
              </ResultRow>
            ))}
          </tbody>
        </ResultTable>
      )}

      {t && v && (
        <LineChart
          series={[{ id: 'count', label: translate({ id: 'bpeTrainer.curve', message: '词元数' }), points: counts }]}
          yDomain={[0, Math.max(1, t.bytes)]}
          xDomain={[0, Math.max(1, t.steps.length)]}
          markers={[{ x: v.k, label: translate({ id: 'bpeTrainer.marker', message: '当前' }) }]}
          xLabel={translate({ id: 'bpeTrainer.xLabel', message: '合并次数' })}
          yLabel={translate({ id: 'bpeTrainer.yLabel', message: '词元数' })}
          ariaLabel={translate({ id: 'bpeTrainer.chartLabel', message: '词元数随合并次数下降' })}
          caption={translate(
            {
              id: 'bpeTrainer.caption',
              message: '从 {bytes} 个字节开始，每次合并把最常见的相邻一对换成一个新词元，词元数随之下降。',
            },
            { bytes: String(t.bytes) },
          )}
          table={{
            columns: [
              translate({ id: 'bpeTrainer.xLabel', message: '合并次数' }),
              translate({ id: 'bpeTrainer.yLabel', message: '词元数' }),
            ],
            rows: counts,
          }}
        />
      )}
    </WidgetFrame>
  );
}
