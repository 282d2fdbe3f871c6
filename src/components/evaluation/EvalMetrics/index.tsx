/**
 * EvalMetrics (chapter 7): a reference and a candidate sentence (Chinese or English) → their
 * tokens, the clipped n-gram precisions, the brevity penalty and sentence BLEU, and ROUGE-L (LCS,
 * P, R, F); plus a perplexity panel: per-token probabilities → −log p, mean NLL and perplexity.
 * Computed by src/lib (tokenize, sentenceBleu, rougeL, perplexityFromProbs). Defaults: the worked
 * example of the chapter's metrics section ("猫坐在垫子上" / "猫在垫子上" on the Chinese page,
 * "the cat sat on the red mat" / "the cat sat on the mat" on the English one; probs ½, ¼, ⅛).
 */
import React, { useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { perplexityFromProbs, rougeL, sentenceBleu, tokenize, type BleuSmoothing } from '@site/src/lib';
import {
  FieldRow,
  NumberListField,
  ResultTable,
  SelectField,
  TextField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberListField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = [
  'evaluation/tokenize.ts',
  'evaluation/bleu.ts',
  'evaluation/rouge-l.ts',
  'evaluation/perplexity-from-probs.ts',
] as const;
const DEFAULT_PROBS = [0.5, 0.25, 0.125];

function defaultSentences(): [string, string] {
  return [
    translate({ id: 'evalMetrics.defaultReference', message: '猫坐在垫子上' }),
    translate({ id: 'evalMetrics.defaultCandidate', message: '猫在垫子上' }),
  ];
}

function emptyMessage(): string {
  return translate({ id: 'evalMetrics.error.empty', message: '请输入一个句子（至少一个词或一个汉字）。' });
}

export default function EvalMetrics() {
  const [defRef, defCand] = useMemo(defaultSentences, []);
  const [reference, setReference] = useState(defRef);
  const [candidate, setCandidate] = useState(defCand);
  const [smoothing, setSmoothing] = useState<BleuSmoothing>('none');
  const probs = useNumberListField(DEFAULT_PROBS, { min: 0, max: 1 });

  const refEmpty = tokenize(reference).length === 0;
  const candEmpty = tokenize(candidate).length === 0;

  const scores = useLibResult(() => {
    if (refEmpty || candEmpty) return undefined;
    return { bleu: sentenceBleu(candidate, [reference], { smoothing }), rouge: rougeL(candidate, reference) };
  }, [reference, candidate, smoothing, refEmpty, candEmpty]);
  const ppl = useLibResult(
    () => (probs.values === undefined ? undefined : { probs: probs.values, steps: perplexityFromProbs(probs.values) }),
    [probs.values],
  );

  const reset = () => {
    setReference(defRef);
    setCandidate(defCand);
    setSmoothing('none');
    probs.reset();
  };

  const b = scores.value?.bleu;
  const r = scores.value?.rouge;
  const p = ppl.value;

  const tokenRow = (tokens: string[], matched: boolean[], label: string, testId: string) => (
    <div className={styles.tokenLine}>
      <span className={styles.tokenLabel}>{label}</span>
      <ol className={styles.tokens} aria-label={label} data-testid={testId}>
        {tokens.map((t, i) => (
          <li key={i} className={matched[i] ? styles.matched : undefined}>
            {t}
          </li>
        ))}
      </ol>
    </div>
  );

  return (
    <WidgetFrame
      name="EvalMetrics"
      title={<Translate id="evalMetrics.title">逐步计算 BLEU、ROUGE-L 与困惑度</Translate>}
      description={
        <Translate id="evalMetrics.description">
          输入一个参考句和一个候选句（中文按字切分，英文按词切分），看 n-gram 精确率、简短惩罚、BLEU
          和基于最长公共子序列的 ROUGE-L 怎样一步步算出来；下方再输入每个词元的概率，看困惑度。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={reset}
    >
      <TextField
        label={translate({ id: 'evalMetrics.reference', message: '参考句' })}
        value={reference}
        onChange={setReference}
        error={refEmpty ? emptyMessage() : null}
        maxLength={400}
      />
      <TextField
        label={translate({ id: 'evalMetrics.candidate', message: '候选句（模型输出）' })}
        value={candidate}
        onChange={setCandidate}
        error={candEmpty ? emptyMessage() : null}
        maxLength={400}
      />
      <FieldRow>
        <SelectField<BleuSmoothing>
          label={translate({ id: 'evalMetrics.smoothing', message: 'BLEU 平滑' })}
          value={smoothing}
          onChange={setSmoothing}
          options={[
            { value: 'none', label: translate({ id: 'evalMetrics.smoothing.none', message: '不平滑（原论文公式）' }) },
            { value: 'add1', label: translate({ id: 'evalMetrics.smoothing.add1', message: '加一（n ≥ 2）' }) },
            { value: 'exp', label: translate({ id: 'evalMetrics.smoothing.exp', message: '指数（sacrebleu 默认）' }) },
          ]}
        />
      </FieldRow>
      {scores.error && (
        <p className={styles.error} role="alert">
          {scores.error}
        </p>
      )}

      {b && r && (
        <div className={scores.stale ? styles.stale : undefined} aria-live="polite">
          <h4 className={styles.heading}>
            <Translate id="evalMetrics.step.tokens">第 1 步：切分</Translate>
          </h4>
          {tokenRow(
            r.referenceTokens,
            r.referenceMatched,
            translate({ id: 'evalMetrics.referenceTokens', message: '参考' }),
            'reference-tokens',
          )}
          {tokenRow(
            r.candidateTokens,
            r.candidateMatched,
            translate({ id: 'evalMetrics.candidateTokens', message: '候选' }),
            'candidate-tokens',
          )}
          <p className={styles.note}>
            <span className={styles.swatch} aria-hidden="true" />{' '}
            <Translate id="evalMetrics.lcsLegend">带下划线的词元属于一条最长公共子序列（ROUGE-L 用到）。</Translate>
          </p>

          <h4 className={styles.heading}>
            <Translate id="evalMetrics.step.bleu">第 2 步：BLEU</Translate>
          </h4>
          {/* No `stale` on either table: the block around each one greys out old numbers already. */}
          <ResultTable
            caption={
              <Translate id="evalMetrics.ngramCaption">每一阶 n-gram：截断后的匹配数 / 候选中的 n-gram 总数</Translate>
            }
            columns={[
              'n',
              <Translate id="evalMetrics.col.matches">匹配 / 总数</Translate>,
              <Translate id="evalMetrics.col.precision">精确率 p_n</Translate>,
            ]}
          >
            <tbody>
              {b.totals.map((total, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td data-testid={`bleu-matches-${i + 1}`}>
                    {b.clippedMatches[i]} / {total}
                  </td>
                  <td data-testid={`bleu-precision-${i + 1}`}>{formatNumber(b.precisions[i], 4)}</td>
                </tr>
              ))}
            </tbody>
          </ResultTable>
          <dl className={styles.results}>
            <div>
              <dt>
                <Translate id="evalMetrics.lengths">候选长度 c，参考长度 r</Translate>
              </dt>
              <dd data-testid="bleu-lengths">
                {b.candidateLength}, {b.referenceLength}
              </dd>
            </div>
            <div>
              <dt>
                <Translate id="evalMetrics.bp">简短惩罚 BP</Translate>
              </dt>
              <dd data-testid="bleu-bp">{formatNumber(b.brevityPenalty, 4)}</dd>
            </div>
            <div>
              <dt>
                <Translate id="evalMetrics.logMean">¼ Σ log p_n（对数精确率的平均）</Translate>
              </dt>
              <dd data-testid="bleu-logmean">{formatNumber(b.logMeanPrecision, 4)}</dd>
            </div>
            <div>
              <dt>BLEU = BP × exp(¼ Σ log p_n)</dt>
              <dd data-testid="bleu-score">{formatNumber(b.score, 4)}</dd>
            </div>
          </dl>

          <h4 className={styles.heading}>
            <Translate id="evalMetrics.step.rouge">第 3 步：ROUGE-L</Translate>
          </h4>
          <dl className={styles.results}>
            <div>
              <dt>
                <Translate id="evalMetrics.lcs">最长公共子序列长度 LCS</Translate>
              </dt>
              <dd data-testid="rouge-lcs">{r.lcs}</dd>
            </div>
            <div>
              <dt>
                <Translate id="evalMetrics.rougeP">精确率 P = LCS / 候选长度</Translate>
              </dt>
              <dd data-testid="rouge-p">{formatNumber(r.precision, 4)}</dd>
            </div>
            <div>
              <dt>
                <Translate id="evalMetrics.rougeR">召回率 R = LCS / 参考长度</Translate>
              </dt>
              <dd data-testid="rouge-r">{formatNumber(r.recall, 4)}</dd>
            </div>
            <div>
              <dt>F₁ = 2PR / (P + R)</dt>
              <dd data-testid="rouge-f">{formatNumber(r.f, 4)}</dd>
            </div>
          </dl>
        </div>
      )}

      <h4 className={styles.heading}>
        <Translate id="evalMetrics.step.ppl">困惑度</Translate>
      </h4>
      <NumberListField
        field={probs}
        label={translate({ id: 'evalMetrics.probs', message: '每个实际词元的概率 p_t（逗号分隔）' })}
        hint={translate({ id: 'evalMetrics.probsHint', message: '每个数都要在 (0, 1] 之内' })}
        libError={ppl.error}
      />
      {p && (
        <div className={ppl.stale ? styles.stale : undefined} aria-live="polite">
          <ResultTable
            caption={<Translate id="evalMetrics.pplCaption">每个词元的负对数似然 −log p_t（自然对数）</Translate>}
            columns={['t', 'p_t', '−log p_t']}
          >
            <tbody>
              {p.steps.nlls.map((nll, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{formatNumber(p.probs[i], 4)}</td>
                  <td data-testid={`nll-${i + 1}`}>{formatNumber(nll, 4)}</td>
                </tr>
              ))}
            </tbody>
          </ResultTable>
          <dl className={styles.results}>
            <div>
              <dt>
                <Translate id="evalMetrics.meanNll">平均负对数似然</Translate>
              </dt>
              <dd data-testid="mean-nll">{formatNumber(p.steps.meanNll, 4)}</dd>
            </div>
            <div>
              <dt>
                <Translate id="evalMetrics.perplexity">困惑度 = exp(平均负对数似然)</Translate>
              </dt>
              <dd data-testid="perplexity">{formatNumber(p.steps.perplexity, 4)}</dd>
            </div>
          </dl>
        </div>
      )}
    </WidgetFrame>
  );
}
