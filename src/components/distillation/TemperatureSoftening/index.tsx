/**
 * TemperatureSoftening (chapter 6): a teacher's logits for five labelled classes (a photo of a
 * cat: 猫/狗/老虎/汽车/香蕉) → the distribution softmax(l/T) at the chosen temperature, its entropy,
 * the probability left for the wrong classes and their ranking, plus a table at T = 1, 2, 5, 10
 * that shows the "dark knowledge" coming into view. Computed by src/lib (darkKnowledge, which
 * uses softmax and entropy). Default: logits [7, 3.5, 2.5, −1, −2], true class 猫, T = 2 (the
 * worked example in docs/06-distillation/soft-labels.mdx).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { darkKnowledge } from '@site/src/lib';
import {
  BarChart,
  FieldRow,
  NumberField,
  NumberListField,
  PresetButton,
  Presets,
  ResultGrid,
  ResultItem,
  ResultTable,
  SelectField,
  WidgetFrame,
  formatNumber,
  formatPercent,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';

const LIB_FILES = ['distillation/dark-knowledge.ts', 'core/softmax.ts'] as const;
const PRESETS = [1, 2, 5, 10] as const;
const DEFAULT_LOGITS = [7, 3.5, 2.5, -1, -2];

export default function TemperatureSoftening() {
  const labels = [
    translate({ id: 'temperatureSoftening.class.cat', message: '猫' }),
    translate({ id: 'temperatureSoftening.class.dog', message: '狗' }),
    translate({ id: 'temperatureSoftening.class.tiger', message: '老虎' }),
    translate({ id: 'temperatureSoftening.class.car', message: '汽车' }),
    translate({ id: 'temperatureSoftening.class.banana', message: '香蕉' }),
  ];
  const logits = useNumberListField(DEFAULT_LOGITS, { minLength: 2, min: -1e6, max: 1e6 });
  const temperature = useNumberField(2, { min: 0.01, max: 1000 });
  const [target, setTarget] = React.useState('0');

  const countError =
    logits.values !== undefined && logits.values.length !== labels.length
      ? translate(
          { id: 'temperatureSoftening.countError', message: '请给出 {n} 个 logit，每个类别一个（现在是 {got} 个）' },
          { n: String(labels.length), got: String(logits.values.length) },
        )
      : null;

  const result = useLibResult(() => {
    if (logits.values === undefined || temperature.value === undefined || countError) return undefined;
    return darkKnowledge(logits.values, Number(target), [temperature.value, ...PRESETS]);
  }, [logits.values, temperature.value, target, countError]);

  const v = result.value;
  const now = v?.points[0];
  const name = (k: number) => labels[k] ?? String(k);

  return (
    <WidgetFrame
      name="TemperatureSoftening"
      title={<Translate id="temperatureSoftening.title">温度把 teacher 的分布“摊开”</Translate>}
      description={
        <Translate id="temperatureSoftening.description">
          一个图像分类 teacher 看到一张猫的照片，给五个类别各一个 logit。改 logit 或温度 T，看 softmax(l/T)
          怎样从几乎是独热的分布变平，错误类别之间“谁更像”的信息怎样显现出来。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        logits.reset();
        temperature.reset();
        setTarget('0');
      }}
    >
      <FieldRow>
        <NumberListField
          field={logits}
          label={translate(
            { id: 'temperatureSoftening.logits', message: 'teacher 的 logit（{classes}）' },
            { classes: labels.join(', ') },
          )}
          libError={countError ?? result.error}
        />
        <SelectField
          label={translate({ id: 'temperatureSoftening.target', message: '正确类别' })}
          value={target}
          options={labels.map((l, k) => ({ value: String(k), label: l }))}
          onChange={setTarget}
        />
        <NumberField
          field={temperature}
          label={translate({ id: 'temperatureSoftening.temperature', message: '温度 T' })}
          slider={{ min: 0.5, max: 20, step: 0.5 }}
        />
      </FieldRow>
      <Presets title={<Translate id="temperatureSoftening.presets">常用温度：</Translate>}>
        {PRESETS.map((T) => (
          <PresetButton key={T} pressed={temperature.value === T} onClick={() => temperature.setText(String(T))}>
            T = {T}
          </PresetButton>
        ))}
      </Presets>
      <ResultGrid stale={result.stale} live>
        <ResultItem
          label={<Translate id="temperatureSoftening.correct">正确类别的概率</Translate>}
          testId="correct-prob"
        >
          {now ? formatNumber(now.correctProb, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="temperatureSoftening.wrongMass">所有错误类别的概率之和</Translate>}
          testId="wrong-mass"
        >
          {now ? formatNumber(now.wrongMass, 4) : '—'}
        </ResultItem>
        <ResultItem label={<Translate id="temperatureSoftening.entropy">熵 H（nats）</Translate>} testId="entropy">
          {now ? formatNumber(now.entropy, 4) : '—'}
        </ResultItem>
        <ResultItem
          label={<Translate id="temperatureSoftening.ratio">最像的错误类别 / 正确类别</Translate>}
          testId="ratio"
        >
          {now && v ? `${name(v.topWrongIndex)}: ${formatNumber(now.ratio, 4)}` : '—'}
        </ResultItem>
      </ResultGrid>
      <p data-testid="ranking">
        <Translate
          id="temperatureSoftening.ranking"
          values={{ ranking: v ? v.wrongRanking.map(name).join(' > ') : '—' }}
        >
          {'teacher 眼里错误类别从“最像”到“最不像”：{ranking}（在任何温度下都一样，温度只改变学生能看清多少）'}
        </Translate>
      </p>
      {now && (
        <BarChart
          categories={labels}
          parts={[
            {
              label: translate({ id: 'temperatureSoftening.chart.part', message: '概率' }),
              values: now.probs,
            },
          ]}
          highlight={Number(target)}
          ariaLabel={translate({ id: 'temperatureSoftening.chart.aria', message: '温度 T 下各类别的概率柱状图' })}
          caption={
            <Translate id="temperatureSoftening.chart.caption" values={{ t: formatNumber(now.temperature, 4) }}>
              {'T = {t} 时 softmax(l/T) 的各类别概率；高亮的是正确类别。'}
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'temperatureSoftening.chart.class', message: '类别' }),
              translate({ id: 'temperatureSoftening.chart.part', message: '概率' }),
            ],
            rows: now.probs.map((p, k) => [name(k), formatNumber(p, 4)]),
          }}
          yLabel={translate({ id: 'temperatureSoftening.chart.part', message: '概率' })}
          formatValue={(x) => formatNumber(x, 2)}
          height={220}
        />
      )}
      <ResultTable
        testId="preset-table"
        stale={result.stale}
        caption={<Translate id="temperatureSoftening.table.caption">同一组 logit 在几个常用温度下</Translate>}
        columns={[
          'T',
          <Translate id="temperatureSoftening.correct">正确类别的概率</Translate>,
          <Translate id="temperatureSoftening.wrongMass">所有错误类别的概率之和</Translate>,
          <Translate id="temperatureSoftening.ratio">最像的错误类别 / 正确类别</Translate>,
          <Translate id="temperatureSoftening.entropy">熵 H（nats）</Translate>,
        ]}
      >
        <tbody>
          {v?.points.slice(1).map((p) => (
            <tr key={p.temperature}>
              <th scope="row">{p.temperature}</th>
              <td>{formatPercent(p.correctProb, 3)}</td>
              <td>{formatPercent(p.wrongMass, 3)}</td>
              <td>{formatNumber(p.ratio, 3)}</td>
              <td>{formatNumber(p.entropy, 3)}</td>
            </tr>
          ))}
        </tbody>
      </ResultTable>
    </WidgetFrame>
  );
}
