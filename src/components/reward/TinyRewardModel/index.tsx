/**
 * TinyRewardModel (chapter 4): a linear reward model r = w·φ over four visible features of a
 * short answer (correct, polite, sentences, refuses), trained in the browser on 12 labelled
 * comparisons with the Bradley–Terry loss (full-batch gradient descent in ~10 ms slices, with
 * progress, a live loss curve and a stop button), then scored on 6 held-out comparisons.
 * Flipping a training label (a noisy annotator) resets the model so it can be retrained.
 * Everything is computed by src/lib (comparisonsToPairs, createLinearRm, trainLinearRm,
 * linearRmLoss, linearRmAccuracy, linearRmReward).
 */
import React, { useId, useMemo, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  RESPONSE_FEATURES,
  comparisonsToPairs,
  createLinearRm,
  linearRmAccuracy,
  linearRmLoss,
  linearRmPairsCorrect,
  linearRmReward,
  responseFeatures,
  trainLinearRm,
  type LabelledComparison,
  type LinearRmState,
  type ResponseTraits,
} from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  NumberField,
  ResultRow,
  ResultTable,
  RunnerControls,
  WidgetFrame,
  formatNumber,
  formatPercent,
  useChunkedRunner,
  useNumberField,
} from '@site/src/components/kit';
import { DEFAULT_STEPS, HELD_OUT, TRAIN, TRAIN_OPTS } from './comparisons';
import styles from './styles.module.css';

const LIB_FILES = ['reward/linear-rm.ts', 'reward/response-features.ts', 'reward/bradley-terry.ts'] as const;
/** Plot one point per this many steps. */
const PLOT_EVERY = 5;

function describeTraits(t: ResponseTraits): string {
  const parts = [
    t.correct
      ? translate({ id: 'tinyRewardModel.trait.correct', message: '✓ 正确' })
      : translate({ id: 'tinyRewardModel.trait.wrong', message: '✗ 错误' }),
  ];
  if (t.polite) parts.push(translate({ id: 'tinyRewardModel.trait.polite', message: '礼貌' }));
  parts.push(translate({ id: 'tinyRewardModel.trait.sentences', message: '{n} 句' }, { n: String(t.sentences) }));
  if (t.refuses) parts.push(translate({ id: 'tinyRewardModel.trait.refuses', message: '拒答' }));
  return parts.join(' · ');
}

function winner(c: LabelledComparison, flipped: boolean): 'A' | 'B' {
  return (c.preferred === 'a') !== flipped ? 'A' : 'B';
}

/** The column heads both pair tables start with: number, the two responses and the annotators' choice. */
const PAIR_COLUMNS = [
  '#',
  <Translate id="tinyRewardModel.col.a">回答 A</Translate>,
  <Translate id="tinyRewardModel.col.b">回答 B</Translate>,
  <Translate id="tinyRewardModel.col.label">标注</Translate>,
];

export default function TinyRewardModel() {
  const id = useId();
  const [flips, setFlips] = useState<boolean[]>(() => TRAIN.map(() => false));
  const model = useRef<LinearRmState>(createLinearRm(RESPONSE_FEATURES.length));
  const [version, setVersion] = useState(0);
  const [curve, setCurve] = useState<[number, number][]>([]);
  const pending = useRef<[number, number][]>([]);
  const runner = useChunkedRunner();
  const steps = useNumberField(DEFAULT_STEPS, { min: 1, max: 20000, integer: true });

  const trainPairs = useMemo(() => comparisonsToPairs(TRAIN, flips), [flips]);
  const heldOutPairs = useMemo(() => comparisonsToPairs(HELD_OUT), []);
  // The dashed reference line: the loss of the untrained model (all weights 0), ln 2.
  const untrainedLoss = useMemo(
    () => linearRmLoss(createLinearRm(RESPONSE_FEATURES.length).w, trainPairs),
    [trainPairs],
  );

  const restart = () => {
    runner.stop();
    model.current = createLinearRm(RESPONSE_FEATURES.length);
    pending.current = [];
    setCurve([]);
    setVersion((v) => v + 1);
  };

  const flip = (i: number) => {
    setFlips((f) => f.map((x, j) => (j === i ? !x : x)));
    restart();
  };

  const train = () => {
    if (steps.value === undefined) return;
    const m = model.current;
    const pairs = trainPairs;
    if (m.step === 0) pending.current.push([0, linearRmLoss(m.w, pairs)]);
    runner.start(
      steps.value,
      () => {
        const { losses } = trainLinearRm(m, pairs, { steps: 1, ...TRAIN_OPTS });
        if (m.step % PLOT_EVERY === 0) pending.current.push([m.step, losses[0]]);
      },
      () => {
        const points = pending.current.splice(0);
        if (points.length > 0) setCurve((c) => [...c, ...points]);
        setVersion((v) => v + 1);
      },
    );
  };

  const stats = useMemo(() => {
    const w = model.current.w;
    return {
      w: [...w],
      step: model.current.step,
      trainLoss: linearRmLoss(w, trainPairs),
      trainAcc: linearRmAccuracy(w, trainPairs),
      heldOutAcc: linearRmAccuracy(w, heldOutPairs),
      heldOutRight: linearRmPairsCorrect(w, heldOutPairs),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, trainPairs, heldOutPairs]);

  const featureNames = [
    translate({ id: 'tinyRewardModel.feature.correct', message: '正确（0/1）' }),
    translate({ id: 'tinyRewardModel.feature.polite', message: '礼貌（0/1）' }),
    translate({ id: 'tinyRewardModel.feature.sentences', message: '句数' }),
    translate({ id: 'tinyRewardModel.feature.refuses', message: '拒答（0/1）' }),
  ];
  const trained = stats.step > 0;
  const maxX = Math.max(steps.value ?? DEFAULT_STEPS, stats.step, 1);

  return (
    <WidgetFrame
      name="TinyRewardModel"
      title={<Translate id="tinyRewardModel.title">在浏览器里训练一个线性奖励模型</Translate>}
      description={
        <Translate id="tinyRewardModel.description">
          12 对训练偏好、6 对留出偏好，每个回答只用四个看得见的特征描述。点“开始训练”用 Bradley–Terry
          损失学权重；再翻转一个标签、重新训练，看一个粗心的标注者会带来什么。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        steps.reset();
        setFlips(TRAIN.map(() => false));
        restart();
      }}
    >
      <h4 className={styles.step} id={`${id}-data`}>
        <Translate id="tinyRewardModel.dataHeading">① 训练数据：同一个问题的两个回答，标注者选了哪个</Translate>
      </h4>
      <ResultTable
        testId="train-pairs"
        labelledBy={`${id}-data`}
        columns={[...PAIR_COLUMNS, <Translate id="tinyRewardModel.col.flip">翻转标签</Translate>]}
      >
        <tbody>
          {TRAIN.map((c, i) => (
            <ResultRow key={i} tone={flips[i] ? 'warning' : undefined}>
              <th scope="row">{i + 1}</th>
              <td>{describeTraits(c.a)}</td>
              <td>{describeTraits(c.b)}</td>
              <td data-testid="label">
                <Translate id="tinyRewardModel.preferred" values={{ x: winner(c, flips[i]) }}>
                  {'{x} 更好'}
                </Translate>
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={flips[i]}
                  onChange={() => flip(i)}
                  aria-label={translate(
                    { id: 'tinyRewardModel.flipAria', message: '翻转第 {n} 对的标签' },
                    { n: String(i + 1) },
                  )}
                />
              </td>
            </ResultRow>
          ))}
        </tbody>
      </ResultTable>

      <h4 className={styles.step}>
        <Translate id="tinyRewardModel.trainHeading">② 训练</Translate>
      </h4>
      <FieldRow>
        <NumberField
          field={steps}
          label={translate({ id: 'tinyRewardModel.steps', message: '训练步数' })}
          hint={translate({
            id: 'tinyRewardModel.stepsHint',
            message: '全批量梯度下降，学习率 0.5，L2 0.01',
          })}
        />
      </FieldRow>
      <RunnerControls
        runner={runner}
        onStart={train}
        disabled={steps.value === undefined}
        startLabel={trained ? <Translate id="tinyRewardModel.continue">继续训练</Translate> : undefined}
      />
      <p className={styles.status} data-testid="train-status" aria-live="polite">
        <Translate
          id="tinyRewardModel.status"
          values={{
            step: stats.step,
            loss: formatNumber(stats.trainLoss, 4),
            train: formatPercent(stats.trainAcc, 3),
            heldOut: formatPercent(stats.heldOutAcc, 3),
          }}
        >
          {'已训练 {step} 步；训练损失 {loss}；训练集准确率 {train}；留出集准确率 {heldOut}'}
        </Translate>
      </p>
      {!runner.running && trained && (
        <button type="button" className="button button--link button--sm" onClick={restart}>
          <Translate id="tinyRewardModel.restart">把权重清零，从头训练</Translate>
        </button>
      )}
      <LineChart
        series={[
          {
            id: 'loss',
            label: translate({ id: 'tinyRewardModel.chart.loss', message: '训练损失' }),
            points: curve,
          },
          {
            id: 'log2',
            label: translate({ id: 'tinyRewardModel.chart.log2', message: 'ln 2（权重全为 0 时）' }),
            points: [
              [0, untrainedLoss],
              [maxX, untrainedLoss],
            ],
            dashed: true,
            color: 2,
          },
        ]}
        ariaLabel={translate({ id: 'tinyRewardModel.chart.aria', message: '奖励模型训练损失随步数变化的曲线' })}
        caption={
          <Translate id="tinyRewardModel.chart.caption">
            Bradley–Terry 损失（12 对训练偏好的平均）随步数下降。权重全为 0 时每一对的概率都是 ½，损失是 ln 2。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'tinyRewardModel.chart.step', message: '步数' }),
            translate({ id: 'tinyRewardModel.chart.lossCol', message: '损失' }),
          ],
          rows: curve.filter((_, i) => i % 10 === 0).map(([s, l]) => [s, formatNumber(l, 4)]),
        }}
        xLabel={translate({ id: 'tinyRewardModel.chart.step', message: '步数' })}
        yLabel={translate({ id: 'tinyRewardModel.chart.lossCol', message: '损失' })}
        xDomain={[0, maxX]}
        yDomain={[0, 0.8]}
        height={200}
      />

      <h4 className={styles.step} id={`${id}-weights`}>
        <Translate id="tinyRewardModel.weightsHeading">③ 学到的权重：r = w · φ(回答)</Translate>
      </h4>
      <ResultTable
        testId="weights"
        labelledBy={`${id}-weights`}
        columns={[
          <Translate id="tinyRewardModel.col.feature">特征</Translate>,
          <Translate id="tinyRewardModel.col.weight">权重 w</Translate>,
        ]}
      >
        <tbody>
          {featureNames.map((name, j) => (
            <tr key={j}>
              <th scope="row">{name}</th>
              <td>{formatNumber(stats.w[j], 3)}</td>
            </tr>
          ))}
        </tbody>
      </ResultTable>
      <p className={styles.note}>
        <Translate id="tinyRewardModel.weightsNote">
          正的权重表示标注者喜欢这个特征，负的表示不喜欢。奖励只有差值有意义：给每个回答加同一个常数，损失不变。
        </Translate>
      </p>

      <h4 className={styles.step} id={`${id}-heldOut`}>
        <Translate id="tinyRewardModel.heldOutHeading">④ 留出集：模型没见过的 6 对</Translate>
      </h4>
      <ResultTable
        testId="held-out"
        labelledBy={`${id}-heldOut`}
        columns={[
          ...PAIR_COLUMNS,
          <Translate id="tinyRewardModel.col.rewards">r(A)，r(B)</Translate>,
          <Translate id="tinyRewardModel.col.right">模型判断对吗</Translate>,
        ]}
      >
        <tbody>
          {HELD_OUT.map((c, i) => {
            const ra = linearRmReward(stats.w, responseFeatures(c.a));
            const rb = linearRmReward(stats.w, responseFeatures(c.b));
            const right = stats.heldOutRight[i];
            return (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>{describeTraits(c.a)}</td>
                <td>{describeTraits(c.b)}</td>
                <td>
                  <Translate id="tinyRewardModel.preferred" values={{ x: winner(c, false) }}>
                    {'{x} 更好'}
                  </Translate>
                </td>
                <td>
                  {formatNumber(ra, 2)}, {formatNumber(rb, 2)}
                </td>
                <td>
                  {right ? (
                    <Translate id="tinyRewardModel.right">✓ 对</Translate>
                  ) : (
                    <Translate id="tinyRewardModel.wrong">✗ 错</Translate>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ResultTable>
    </WidgetFrame>
  );
}
