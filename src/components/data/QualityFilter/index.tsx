/**
 * QualityFilter (chapter 1): the heuristic page filters of Gopher and C4 applied to six sample
 * pages. The reader moves any threshold, or edits a page, and sees which rule removes which
 * page and with what value. Statistics and verdicts come from src/lib (documentStats,
 * applyQualityRules); this component only keeps the reader's text and draws the tables.
 */
import React, { useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { QUALITY_RULES, applyQualityRules, documentStats, type QualityThreshold } from '@site/src/lib';
import {
  NumberField,
  ResultTable,
  SelectField,
  TextField,
  WidgetFrame,
  formatNumber,
  useLibResult,
} from '@site/src/components/kit';
import type { NumberFieldState } from '@site/src/components/kit/useNumberField';
import { parseNumber } from '@site/src/components/kit/parseNumber';
import { numberProblemMessage } from '@site/src/components/kit/messages';
import { SAMPLE_IDS, SAMPLE_TEXTS, type SampleId } from './samples';
import { ruleNames, sampleNames, sourceNames } from './texts';
import styles from './styles.module.css';

const LIB_FILES = ['data/quality.ts', 'data/quality-rules.ts'] as const;
type Bound = 'min' | 'max';

/** The published bounds of every rule, as text, keyed "ruleId:min" / "ruleId:max". */
function defaultBounds(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of QUALITY_RULES) {
    if (r.comparison !== 'max') out[`${r.id}:min`] = String(r.min);
    if (r.comparison !== 'min') out[`${r.id}:max`] = String(r.max);
  }
  return out;
}

export default function QualityFilter() {
  const initialBounds = useMemo(defaultBounds, []);
  const [bounds, setBounds] = useState(initialBounds);
  const [texts, setTexts] = useState<Record<SampleId, string>>(SAMPLE_TEXTS);
  const [selected, setSelected] = useState<SampleId>('chinese');
  const names = useMemo(sampleNames, []);
  const rules = useMemo(ruleNames, []);
  const sources = useMemo(sourceNames, []);

  const fields: Record<string, NumberFieldState> = {};
  for (const [key, text] of Object.entries(bounds)) {
    const parsed = parseNumber(text);
    fields[key] = {
      text,
      setText: (t) => setBounds((b) => ({ ...b, [key]: t })),
      value: parsed.ok ? parsed.value : undefined,
      error: parsed.ok ? null : numberProblemMessage(parsed.problem),
      constraints: {},
      reset: () => setBounds((b) => ({ ...b, [key]: initialBounds[key] })),
    };
  }

  const result = useLibResult(() => {
    const thresholds: Record<string, QualityThreshold> = {};
    for (const [key, f] of Object.entries(fields)) {
      if (f.value === undefined) return undefined;
      const [id, bound] = key.split(':') as [string, Bound];
      thresholds[id] = { ...thresholds[id], [bound]: f.value };
    }
    return Object.fromEntries(
      SAMPLE_IDS.map((s) => [s, applyQualityRules(documentStats(texts[s]), thresholds)] as const),
    ) as Record<SampleId, ReturnType<typeof applyQualityRules>>;
    // fields is rebuilt from bounds on every render.
  }, [bounds, texts]);

  const reset = () => {
    setBounds(initialBounds);
    setTexts(SAMPLE_TEXTS);
    setSelected('chinese');
  };

  const verdicts = result.value;
  const fmt = (v: number) => formatNumber(v, 3);

  return (
    <WidgetFrame
      name="QualityFilter"
      title={<Translate id="qualityFilter.title">规则过滤：哪条规则删掉了哪一页</Translate>}
      description={
        <Translate id="qualityFilter.description">
          六个示例网页依次经过 Gopher 与 C4
          的启发式规则。改动任意阈值或网页文本，看哪些网页被删、被哪条规则删、数值是多少。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      {verdicts && (
        <ResultTable
          testId="verdicts"
          stale={result.stale}
          className={styles.tableWrap}
          caption={<Translate id="qualityFilter.summaryCaption">每个网页的结论（按默认阈值或你改过的阈值）</Translate>}
          columns={[
            <Translate id="qualityFilter.colPage">网页</Translate>,
            <Translate id="qualityFilter.colVerdict">结论</Translate>,
            <Translate id="qualityFilter.colReasons">未通过的规则（数值）</Translate>,
          ]}
        >
          <tbody>
            {SAMPLE_IDS.map((s) => {
              const failed = verdicts[s].filter((r) => !r.passed);
              return (
                <tr key={s} data-sample={s}>
                  <th scope="row">{names[s]}</th>
                  <td className={failed.length ? styles.removed : styles.kept} data-testid="verdict">
                    {failed.length ? (
                      <Translate id="qualityFilter.removed">✗ 删除</Translate>
                    ) : (
                      <Translate id="qualityFilter.kept">✓ 保留</Translate>
                    )}
                  </td>
                  <td data-testid="reasons">
                    {failed.map((r) => `${sources[r.source]} · ${rules[r.id]} = ${fmt(r.value)}`).join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ResultTable>
      )}

      <SelectField
        label={translate({ id: 'qualityFilter.selectPage', message: '查看网页' })}
        value={selected}
        options={SAMPLE_IDS.map((s) => ({ value: s, label: names[s] }))}
        onChange={setSelected}
      />
      <TextField
        label={translate({ id: 'qualityFilter.pageText', message: '网页文本（可编辑）' })}
        value={texts[selected]}
        onChange={(t) => setTexts((x) => ({ ...x, [selected]: t }))}
        rows={6}
        maxLength={20000}
        error={result.error}
      />

      {/* Only the value column is greyed out when stale: the threshold fields stay live. */}
      <ResultTable
        testId="rules"
        className={styles.tableWrap}
        caption={
          <Translate id="qualityFilter.rulesCaption" values={{ page: names[selected] }}>
            {'规则、阈值与“{page}”的数值'}
          </Translate>
        }
        columns={[
          <Translate id="qualityFilter.colRule">规则</Translate>,
          <Translate id="qualityFilter.colThreshold">阈值（保留的范围）</Translate>,
          <Translate id="qualityFilter.colValue">数值</Translate>,
        ]}
      >
        <tbody>
          {QUALITY_RULES.map((rule, i) => {
            const r = verdicts?.[selected][i];
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <th scope="row">
                  <span className={clsx(styles.source, styles[rule.source])}>{sources[rule.source]}</span>{' '}
                  {rules[rule.id]}
                </th>
                <td>
                  <div className={styles.bounds}>
                    {(['min', 'max'] as const).map((b) =>
                      fields[`${rule.id}:${b}`] ? (
                        <NumberField
                          key={b}
                          className={styles.boundField}
                          field={fields[`${rule.id}:${b}`]}
                          label={
                            b === 'min'
                              ? translate({ id: 'qualityFilter.min', message: '≥' })
                              : translate({ id: 'qualityFilter.max', message: '≤' })
                          }
                        />
                      ) : null,
                    )}
                  </div>
                </td>
                <td
                  className={clsx(r && (r.passed ? styles.kept : styles.removed), result.stale && styles.stale)}
                  data-testid="value"
                >
                  {r ? `${r.passed ? '✓' : '✗'} ${fmt(r.value)}` : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ResultTable>
    </WidgetFrame>
  );
}
