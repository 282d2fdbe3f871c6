/**
 * MixtureSampler (chapter 1): sources with sizes and sampling weights, and a token budget →
 * how many epochs of each source the model sees (mixtureEpochs). Starts on GPT-3's Table 2.2
 * and shows the paper's epochs column and the weights it implies (impliedMixtureWeights) beside
 * the computed one: they disagree for WebText2, Books1 and Wikipedia, and the widget says so.
 */
import React, { useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { impliedMixtureWeights, mixtureEpochs, relativeDifference, sum } from '@site/src/lib';
import {
  BarChart,
  FieldRow,
  NumberField,
  ResultTable,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import type { NumberFieldState } from '@site/src/components/kit/useNumberField';
import { parseNumber, type NumberConstraints } from '@site/src/components/kit/parseNumber';
import { numberProblemMessage } from '@site/src/components/kit/messages';
import { GPT3_BUDGET_B, GPT3_MIXTURE } from './gpt3';
import styles from './styles.module.css';

const LIB_FILES = ['data/mixture.ts'] as const;
type Cell = 'tokens' | 'weight';
const CONSTRAINTS: Record<Cell, NumberConstraints> = { tokens: { min: 0 }, weight: { min: 0 } };
// Computed epochs further than this from the paper's are shown in bold (Table 2.2 prints two
// significant figures, so closer ones agree with it up to rounding).
const DIFFERS_ABOVE = 0.05;

function initialCells(): Record<string, string> {
  const out: Record<string, string> = {};
  GPT3_MIXTURE.forEach((row, i) => {
    out[`${i}:tokens`] = String(row.tokensB);
    out[`${i}:weight`] = String(row.weightPct);
  });
  return out;
}

/** A number field inside a table cell; its label is read by screen readers, the column heading shows it. */
function CellField({ field, label }: { field: NumberFieldState; label: React.ReactNode }) {
  return (
    <NumberField className={styles.cellField} field={field} label={<span className="visually-hidden">{label}</span>} />
  );
}

export default function MixtureSampler() {
  const initial = useMemo(initialCells, []);
  const [cells, setCells] = useState(initial);
  const budget = useNumberField(GPT3_BUDGET_B, { min: 0 });

  const field = (i: number, cell: Cell): NumberFieldState => {
    const key = `${i}:${cell}`;
    const text = cells[key];
    const parsed = parseNumber(text, CONSTRAINTS[cell]);
    return {
      text,
      setText: (t) => setCells((c) => ({ ...c, [key]: t })),
      value: parsed.ok ? parsed.value : undefined,
      error: parsed.ok ? null : numberProblemMessage(parsed.problem, CONSTRAINTS[cell]),
      constraints: CONSTRAINTS[cell],
      reset: () => setCells((c) => ({ ...c, [key]: initial[key] })),
    };
  };
  const fields = GPT3_MIXTURE.map((_, i) => ({ tokens: field(i, 'tokens'), weight: field(i, 'weight') }));

  const result = useLibResult(() => {
    const sources = fields.map((f) => ({ tokens: f.tokens.value, weight: f.weight.value }));
    if (budget.value === undefined || sources.some((s) => s.tokens === undefined || s.weight === undefined))
      return undefined;
    const bn = sources.map((s) => ({ tokens: s.tokens! * 1e9, weight: s.weight! / 100 }));
    return {
      epochs: mixtureEpochs(bn, budget.value * 1e9),
      weightSum: sum(sources.map((s) => s.weight!)),
    };
    // fields is rebuilt from cells on every render.
  }, [cells, budget.value]);

  // What the paper's own epochs column implies, for its own sizes and budget (fixed).
  const implied = useMemo(
    () =>
      impliedMixtureWeights(
        GPT3_MIXTURE.map((r) => ({ tokens: r.tokensB * 1e9, epochs: r.publishedEpochs })),
        GPT3_BUDGET_B * 1e9,
      ),
    [],
  );

  const reset = () => {
    setCells(initial);
    budget.reset();
  };

  const r = result.value;
  const names = GPT3_MIXTURE.map((row) => row.short);
  const colComputed = translate({ id: 'mixtureSampler.colComputed', message: '计算的轮数' });
  const colPublished = translate({ id: 'mixtureSampler.colPublished', message: '论文表 2.2 的轮数' });
  const colImplied = translate({ id: 'mixtureSampler.colImplied', message: '论文轮数反推的权重' });

  return (
    <WidgetFrame
      name="MixtureSampler"
      title={<Translate id="mixtureSampler.title">数据配比：采样权重与训练轮数</Translate>}
      description={
        <Translate id="mixtureSampler.description">
          从 GPT-3 的配比出发，修改各来源的大小、采样权重和训练总词元数，看每个来源会被训练几轮。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      <FieldRow>
        <NumberField
          field={budget}
          label={translate({ id: 'mixtureSampler.budget', message: '训练总词元数（十亿）' })}
          libError={result.error}
        />
      </FieldRow>
      {/* No visible caption (the widget's title says what this is); a name of its own for the scroll region. */}
      <ResultTable
        testId="mixture"
        className={styles.tableWrap}
        label={translate({
          id: 'mixtureSampler.tableLabel',
          message: 'GPT-3 的数据配比：各来源的词元数、采样权重与训练轮数',
        })}
        columns={[
          <Translate id="mixtureSampler.colSource">来源</Translate>,
          <Translate id="mixtureSampler.colTokens">词元数（十亿）</Translate>,
          <Translate id="mixtureSampler.colWeight">采样权重（%）</Translate>,
          colComputed,
          colPublished,
          colImplied,
        ]}
      >
        <tbody>
          {GPT3_MIXTURE.map((row, i) => {
            const computed = r?.epochs[i];
            const differs = computed !== undefined && relativeDifference(computed, row.publishedEpochs) > DIFFERS_ABOVE;
            return (
              <tr key={row.name} data-source={row.name}>
                <th scope="row">{row.name}</th>
                <td>
                  <CellField
                    field={fields[i].tokens}
                    label={
                      <Translate id="mixtureSampler.tokensOf" values={{ name: row.name }}>
                        {'{name} 的词元数（十亿）'}
                      </Translate>
                    }
                  />
                </td>
                <td>
                  <CellField
                    field={fields[i].weight}
                    label={
                      <Translate id="mixtureSampler.weightOf" values={{ name: row.name }}>
                        {'{name} 的采样权重（%）'}
                      </Translate>
                    }
                  />
                </td>
                <td
                  data-testid="computed"
                  data-differs={differs || undefined}
                  className={clsx(styles.num, result.stale && styles.stale, differs && styles.differs)}
                >
                  {computed === undefined ? '—' : formatNumber(computed, 3)}
                  {/* Bold is not read aloud: say it. */}
                  {differs && (
                    <span className="visually-hidden">
                      <Translate id="mixtureSampler.differs" values={{ limit: DIFFERS_ABOVE * 100 }}>
                        {'（与论文相差超过 {limit} %）'}
                      </Translate>
                    </span>
                  )}
                </td>
                <td className={styles.num} data-testid="published">
                  {row.publishedEpochs}
                </td>
                <td className={styles.num} data-testid="implied">
                  {formatNumber(implied[i] * 100, 3)} %
                </td>
              </tr>
            );
          })}
        </tbody>
      </ResultTable>
      {r && (
        <p className={clsx(styles.note, result.stale && styles.stale)} data-testid="weight-sum" aria-live="polite">
          <Translate
            id="mixtureSampler.weightSum"
            values={{ sum: formatNumber(r.weightSum, 4), limit: DIFFERS_ABOVE * 100 }}
          >
            {'权重合计 {sum} %；mixtureEpochs 会先把权重归一化到 100 %。加粗的轮数与论文的相差超过 {limit} %。'}
          </Translate>
        </p>
      )}
      {r && (
        <BarChart
          categories={names}
          parts={[{ label: colComputed, values: r.epochs }]}
          yLabel={translate({ id: 'mixtureSampler.yLabel', message: '训练轮数' })}
          ariaLabel={translate({ id: 'mixtureSampler.chartLabel', message: '每个来源被训练的轮数' })}
          caption={translate({
            id: 'mixtureSampler.caption',
            message:
              '每个来源被训练的轮数：小而精的来源（如 Wikipedia）被重复多次，巨大的 Common Crawl 连一轮都没训完。',
          })}
          table={{
            columns: [translate({ id: 'mixtureSampler.colSource', message: '来源' }), colComputed, colPublished],
            rows: names.map((name, i) => [name, formatNumber(r.epochs[i], 3), GPT3_MIXTURE[i].publishedEpochs]),
          }}
        />
      )}
    </WidgetFrame>
  );
}
