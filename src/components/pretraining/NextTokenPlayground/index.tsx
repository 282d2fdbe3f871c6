/**
 * NextTokenPlayground (chapter 2): train a tiny character-level language model in the
 * browser on a built-in Chinese or English text (in ~10 ms slices, with progress, a live
 * loss curve and a stop button), then look at its next-character distribution for a prompt
 * after temperature, top-k and top-p, and draw one character with a seed.
 * Everything is computed by src/lib (createCharLm, trainCharLm, charLmNextLogits,
 * nextTokenDistribution, sampleFromProbs, bigramEntropy).
 */
import React, { useMemo, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  bigramEntropy,
  blockMeans,
  charLmLoss,
  charLmNextLogits,
  createCharLm,
  createRng,
  nextTokenDistribution,
  sampleFromProbs,
  trainCharLm,
  uniformCrossEntropy,
  type CharLmState,
} from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  NumberField,
  ResultTable,
  RunnerControls,
  SelectField,
  TextField,
  WidgetFrame,
  formatNumber,
  useChunkedRunner,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import { CORPORA, type CorpusId } from './corpora';
import styles from './styles.module.css';

const LIB_FILES = [
  'pretraining/char-lm.ts',
  'pretraining/char-lm-train.ts',
  'pretraining/sampling.ts',
  'core/stats.ts',
  'pretraining/sampling-filters.ts',
] as const;

/** Model seed, learning rate and batch: the worked example of the chapter text. */
const MODEL_SEED = 42;
const TRAIN_OPTS = { learningRate: 0.01, batchSize: 32 };
/** Plot one point per this many steps (mean of their minibatch losses). */
const PLOT_EVERY = 10;
const SHOWN_TOKENS = 10;

function newModel(corpus: CorpusId): CharLmState {
  return createCharLm(CORPORA[corpus].text, {}, createRng(MODEL_SEED));
}

export default function NextTokenPlayground({ initialCorpus = 'zh' }: { initialCorpus?: CorpusId }) {
  const [corpus, setCorpus] = useState<CorpusId>(initialCorpus);
  const model = useRef<CharLmState>(newModel(initialCorpus));
  // Bumped whenever the model's weights change, so derived values recompute.
  const [version, setVersion] = useState(0);
  const [curve, setCurve] = useState<[number, number][]>([]);
  const pending = useRef<number[]>([]);
  const plotted = useRef(0);
  const runner = useChunkedRunner();

  const steps = useNumberField(600, { min: 1, max: 5000, integer: true });
  const [prompt, setPrompt] = useState(CORPORA[initialCorpus].prompt);
  const temperature = useNumberField(1);
  const topK = useNumberField(5);
  const topP = useNumberField(0.9);
  const seed = useNumberField(1, { integer: true });

  const floor = useMemo(() => bigramEntropy(CORPORA[corpus].text), [corpus]);
  // Mean loss over the whole text, for the status line (one pass over the corpus).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fullLoss = useMemo(() => charLmLoss(model.current), [version, corpus]);

  const restart = (next: CorpusId) => {
    runner.stop();
    model.current = newModel(next);
    pending.current = [];
    plotted.current = 0;
    setCurve([]);
    setVersion((v) => v + 1);
  };

  const changeCorpus = (next: CorpusId) => {
    setCorpus(next);
    setPrompt(CORPORA[next].prompt);
    restart(next);
  };

  const train = () => {
    if (steps.value === undefined) return;
    const m = model.current;
    runner.start(
      steps.value,
      () => {
        pending.current.push(...trainCharLm(m, 1, TRAIN_OPTS).losses);
      },
      () => {
        // One chart point per PLOT_EVERY steps: the mean loss of that block (blockMeans in src/lib).
        const full = pending.current.length - (pending.current.length % PLOT_EVERY);
        const points = blockMeans(pending.current.splice(0, full), PLOT_EVERY).map((loss): [number, number] => {
          plotted.current += PLOT_EVERY;
          return [plotted.current, loss];
        });
        if (points.length > 0) setCurve((c) => [...c, ...points]);
        setVersion((v) => v + 1);
      },
    );
  };

  const dist = useLibResult(() => {
    if (temperature.value === undefined || topK.value === undefined || topP.value === undefined) return undefined;
    const logits = charLmNextLogits(model.current, prompt);
    return nextTokenDistribution(logits, { temperature: temperature.value, topK: topK.value, topP: topP.value });
  }, [prompt, temperature.value, topK.value, topP.value, version]);

  const sample = useLibResult(() => {
    if (seed.value === undefined || dist.value === undefined || dist.stale) return undefined;
    return sampleFromProbs(dist.value.afterTopP, createRng(seed.value));
  }, [seed.value, dist]);

  // Which field a library message belongs to: the prompt (unknown character) or the sampling knobs.
  const promptError = dist.error && /prompt|vocabulary/.test(dist.error) ? dist.error : null;
  const knobError = dist.error && !promptError ? dist.error : null;
  const tError = knobError && /temperature/.test(knobError) ? knobError : null;
  const kError = knobError && /\bk must/.test(knobError) ? knobError : null;
  const pError = knobError && !tError && !kError ? knobError : null;

  const vocab = model.current.vocab;
  const rows = useMemo(() => {
    if (!dist.value) return [];
    const d = dist.value;
    return d.probs
      .map((p, i) => ({ i, p, k: d.afterTopK[i], final: d.afterTopP[i] }))
      .sort((a, b) => b.p - a.p || a.i - b.i)
      .slice(0, SHOWN_TOKENS);
  }, [dist.value]);

  const show = (ch: string) => (ch === ' ' ? '␣' : ch === '\n' ? '↵' : ch);
  const logV = uniformCrossEntropy(vocab.length);
  const lossSeries = [
    {
      id: 'loss',
      label: translate({ id: 'nextTokenPlayground.chart.loss', message: '训练损失（每 10 步平均）' }),
      points: curve,
    },
    {
      id: 'bigram',
      label: translate({ id: 'nextTokenPlayground.chart.bigram', message: '二元模型的熵（只看前 1 个字）' }),
      points: [
        [0, floor],
        [Math.max(steps.value ?? 600, model.current.step, 1), floor],
      ] as [number, number][],
      dashed: true,
      color: 2 as const,
    },
  ];

  return (
    <WidgetFrame
      name="NextTokenPlayground"
      title={<Translate id="nextTokenPlayground.title">训练一个迷你字符级语言模型</Translate>}
      description={
        <Translate id="nextTokenPlayground.description">
          选一段语料，点“开始训练”，看损失如何下降；然后输入提示词，调节温度、top-k 与 top-p，按种子采样下一个字符。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        steps.reset();
        temperature.reset();
        topK.reset();
        topP.reset();
        seed.reset();
        changeCorpus(initialCorpus);
      }}
    >
      <h4 className={styles.step}>
        <Translate id="nextTokenPlayground.trainHeading">① 训练</Translate>
      </h4>
      <FieldRow>
        <SelectField
          label={translate({ id: 'nextTokenPlayground.corpus', message: '语料' })}
          value={corpus}
          options={[
            { value: 'zh', label: translate({ id: 'nextTokenPlayground.corpus.zh', message: '中文短文' }) },
            { value: 'en', label: translate({ id: 'nextTokenPlayground.corpus.en', message: '英文短文' }) },
          ]}
          onChange={changeCorpus}
        />
        <NumberField
          field={steps}
          label={translate({ id: 'nextTokenPlayground.steps', message: '训练步数' })}
          hint={translate({ id: 'nextTokenPlayground.stepsHint', message: '每步 32 个样本，Adam，学习率 0.01' })}
        />
      </FieldRow>
      <details className={styles.corpus}>
        <summary>
          <Translate
            id="nextTokenPlayground.corpusSummary"
            values={{ chars: Array.from(CORPORA[corpus].text).length, vocab: vocab.length }}
          >
            {'查看语料（{chars} 个字符，词表 {vocab} 个字符）'}
          </Translate>
        </summary>
        <p lang={corpus === 'zh' ? 'zh-Hans' : 'en'}>{CORPORA[corpus].text}</p>
      </details>
      <RunnerControls
        runner={runner}
        onStart={train}
        disabled={steps.value === undefined}
        startLabel={
          model.current.step > 0 ? <Translate id="nextTokenPlayground.continue">继续训练</Translate> : undefined
        }
      />
      <p className={styles.status} data-testid="train-status">
        <Translate
          id="nextTokenPlayground.status"
          values={{
            step: model.current.step,
            loss: formatNumber(fullLoss, 3),
            logV: formatNumber(logV, 3),
            floor: formatNumber(floor, 3),
          }}
        >
          {'已训练 {step} 步；整段语料上的平均损失 {loss} 纳特（均匀猜测为 ln V = {logV}，二元模型为 {floor}）'}
        </Translate>
      </p>
      {!runner.running && model.current.step > 0 && (
        <button type="button" className="button button--link button--sm" onClick={() => restart(corpus)}>
          <Translate id="nextTokenPlayground.restart">从头重新初始化模型</Translate>
        </button>
      )}
      <LineChart
        series={lossSeries}
        ariaLabel={translate({ id: 'nextTokenPlayground.chart.aria', message: '训练损失随步数变化的曲线' })}
        caption={
          <Translate id="nextTokenPlayground.chart.caption">
            损失（纳特）随训练步数下降。虚线是只看前一个字符的二元模型能达到的熵；模型看前 3
            个字符，所以能降到它下面——在这么短的语料上，这主要是在背诵。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'nextTokenPlayground.chart.step', message: '步数' }),
            translate({ id: 'nextTokenPlayground.chart.lossCol', message: '损失' }),
          ],
          rows: curve.map(([s, l]) => [s, formatNumber(l, 3)]),
        }}
        xLabel={translate({ id: 'nextTokenPlayground.chart.step', message: '步数' })}
        yLabel={translate({ id: 'nextTokenPlayground.chart.lossCol', message: '损失' })}
        xDomain={[0, Math.max(steps.value ?? 600, model.current.step, 1)]}
        yDomain={[0, Math.ceil(logV)]}
        height={220}
      />

      <h4 className={styles.step}>
        <Translate id="nextTokenPlayground.sampleHeading">② 预测下一个字符</Translate>
      </h4>
      <FieldRow>
        <TextField
          label={translate({ id: 'nextTokenPlayground.prompt', message: '提示词' })}
          value={prompt}
          onChange={setPrompt}
          error={promptError}
          hint={translate({ id: 'nextTokenPlayground.promptHint', message: '模型只看最后 3 个字符' })}
          maxLength={40}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={temperature}
          label={translate({ id: 'nextTokenPlayground.temperature', message: '温度 T' })}
          libError={tError}
          slider={{ min: 0.1, max: 3, step: 0.1 }}
        />
        <NumberField
          field={topK}
          label={translate({ id: 'nextTokenPlayground.topK', message: 'top-k' })}
          libError={kError}
          inputMode="numeric"
        />
        <NumberField
          field={topP}
          label={translate({ id: 'nextTokenPlayground.topP', message: 'top-p' })}
          libError={pError}
          slider={{ min: 0.05, max: 1, step: 0.05 }}
        />
        <NumberField
          field={seed}
          label={translate({ id: 'nextTokenPlayground.seed', message: '采样种子' })}
          inputMode="numeric"
        />
      </FieldRow>
      <ResultTable
        testId="distribution"
        stale={dist.stale}
        className={styles.distribution}
        caption={
          <Translate id="nextTokenPlayground.tableCaption" values={{ n: SHOWN_TOKENS }}>
            {'概率最高的 {n} 个字符：softmax(logits / T)，top-k 之后，top-p 之后（最终采样所用）'}
          </Translate>
        }
        columns={[
          <Translate id="nextTokenPlayground.col.char">字符</Translate>,
          <Translate id="nextTokenPlayground.col.probs">softmax</Translate>,
          <Translate id="nextTokenPlayground.col.topK">top-k 后</Translate>,
          <Translate id="nextTokenPlayground.col.topP">top-p 后</Translate>,
        ]}
      >
        <tbody>
          {rows.map((r) => (
            <tr key={r.i} data-char={vocab[r.i]}>
              <th scope="row" className={styles.char}>
                {show(vocab[r.i])}
              </th>
              <td>{formatNumber(r.p, 3)}</td>
              <td>{formatNumber(r.k, 3)}</td>
              <td>
                <span className={styles.bar} style={{ width: `${Math.round(r.final * 100)}%` }} aria-hidden />
                {formatNumber(r.final, 3)}
              </td>
            </tr>
          ))}
        </tbody>
      </ResultTable>
      <p className={styles.sample} aria-live="polite" style={{ opacity: sample.stale ? 0.5 : 1 }}>
        <Translate id="nextTokenPlayground.sampled">采样得到：</Translate>{' '}
        <strong data-testid="sampled">{sample.value === undefined ? '—' : show(vocab[sample.value] ?? '')}</strong>
      </p>
    </WidgetFrame>
  );
}
