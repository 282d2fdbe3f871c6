/**
 * ToyAlignment (chapter 5): a policy over four canned answers to one prompt, optimised in the
 * browser with PPO, DPO (pairs sampled from the reference, labelled from the reward table by
 * Bradley–Terry) and GRPO side by side, from the same SFT reference. Per step: expected reward
 * and KL to the reference for each method (charts with tables), with progress and stop; at the
 * end, the three policies next to the reference and the KL-regularised optimum π* ∝ π_ref·e^(R/β).
 * Everything is computed by src/lib (createToyPolicy, toyAlignmentStep, toyMetrics,
 * optimalToyPolicy, softmax, createRng). Defaults: rewards [1, 0.5, 0, −1], β 0.5, lr 0.05,
 * seed 1, 200 steps, as in the comparison section.
 */
import React, { useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  createRng,
  createToyPolicy,
  optimalToyPolicy,
  softmax,
  toyAlignmentStep,
  toyMetrics,
  type Rng,
  type ToyMethod,
  type ToyPolicyState,
} from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  LineChart,
  NumberField,
  NumberListField,
  ResultTable,
  RunnerControls,
  WidgetFrame,
  formatNumber,
  useChunkedRunner,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import {
  DEFAULT_BETA,
  DEFAULT_LR,
  DEFAULT_REWARDS,
  DEFAULT_SEED,
  DEFAULT_STEPS,
  METHODS,
  REF_LOGITS,
  SEED_OFFSET,
} from './setup';
import styles from './styles.module.css';

const LIB_FILES = ['alignment/toy-policy.ts', 'alignment/toy-alignment.ts'] as const;
const METHOD_NAME: Record<ToyMethod, string> = { ppo: 'PPO', dpo: 'DPO', grpo: 'GRPO' };
const COLOR: Record<ToyMethod, 1 | 2 | 3> = { ppo: 1, dpo: 2, grpo: 3 };

type Curves = Record<ToyMethod, { reward: [number, number][]; kl: [number, number][] }>;
const emptyCurves = (): Curves => ({
  ppo: { reward: [], kl: [] },
  dpo: { reward: [], kl: [] },
  grpo: { reward: [], kl: [] },
});
const freshStates = (): Record<ToyMethod, ToyPolicyState> => ({
  ppo: createToyPolicy(REF_LOGITS),
  dpo: createToyPolicy(REF_LOGITS),
  grpo: createToyPolicy(REF_LOGITS),
});

export default function ToyAlignment() {
  const rewards = useNumberListField(DEFAULT_REWARDS, { minLength: REF_LOGITS.length, min: -10, max: 10 });
  const beta = useNumberField(DEFAULT_BETA, { min: 0.01, max: 10 });
  const lr = useNumberField(DEFAULT_LR, { min: 0.0001, max: 1 });
  const seed = useNumberField(DEFAULT_SEED, { min: 0, max: 1e9, integer: true });
  const steps = useNumberField(DEFAULT_STEPS, { min: 1, max: 2000, integer: true });

  const states = useRef(freshStates());
  const rngs = useRef<Record<ToyMethod, Rng> | null>(null);
  const pending = useRef<Curves>(emptyCurves());
  const [curves, setCurves] = useState<Curves>(emptyCurves);
  const [version, setVersion] = useState(0);
  const [ran, setRan] = useState<{ rewards: number[]; beta: number } | null>(null);
  const runner = useChunkedRunner();

  const rewardsError =
    rewards.values !== undefined && rewards.values.length !== REF_LOGITS.length
      ? translate(
          { id: 'toyAlignment.rewardsCount', message: '需要正好 {k} 个奖励，每个回答一个' },
          { k: String(REF_LOGITS.length) },
        )
      : null;
  const valid =
    rewards.values !== undefined &&
    !rewardsError &&
    beta.value !== undefined &&
    lr.value !== undefined &&
    seed.value !== undefined &&
    steps.value !== undefined;

  const restart = () => {
    runner.stop();
    states.current = freshStates();
    pending.current = emptyCurves();
    setCurves(emptyCurves());
    setRan(null);
    setVersion((x) => x + 1);
  };

  const train = () => {
    if (!valid) return;
    const cfg = { rewards: rewards.values!, beta: beta.value!, lr: lr.value! };
    const total = steps.value!;
    const every = Math.max(1, Math.floor(total / 200));
    states.current = freshStates();
    rngs.current = {
      ppo: createRng(seed.value! + SEED_OFFSET.ppo),
      dpo: createRng(seed.value! + SEED_OFFSET.dpo),
      grpo: createRng(seed.value! + SEED_OFFSET.grpo),
    };
    const start = emptyCurves();
    for (const m of METHODS) {
      const m0 = toyMetrics(states.current[m], cfg.rewards);
      start[m].reward.push([0, m0.expectedReward]);
      start[m].kl.push([0, m0.klToRef]);
    }
    pending.current = emptyCurves();
    setCurves(start);
    setRan({ rewards: cfg.rewards, beta: cfg.beta });
    runner.start(
      total,
      (i) => {
        for (const m of METHODS) {
          const r = toyAlignmentStep(states.current[m], m, cfg, rngs.current![m]);
          if ((i + 1) % every === 0 || i + 1 === total) {
            pending.current[m].reward.push([i + 1, r.expectedReward]);
            pending.current[m].kl.push([i + 1, r.klToRef]);
          }
        }
      },
      () => {
        const p = pending.current;
        pending.current = emptyCurves();
        setCurves((c) => {
          const next = emptyCurves();
          for (const m of METHODS) {
            next[m].reward = [...c[m].reward, ...p[m].reward];
            next[m].kl = [...c[m].kl, ...p[m].kl];
          }
          return next;
        });
        setVersion((x) => x + 1);
      },
    );
  };

  const table = useLibResult(() => {
    const rw = ran?.rewards ?? rewards.values;
    const b = ran?.beta ?? beta.value;
    if (rw === undefined || b === undefined || rw.length !== REF_LOGITS.length) return undefined;
    return {
      ref: softmax(REF_LOGITS),
      optimal: optimalToyPolicy(REF_LOGITS, rw, b),
      metrics: Object.fromEntries(METHODS.map((m) => [m, toyMetrics(states.current[m], rw)])) as Record<
        ToyMethod,
        ReturnType<typeof toyMetrics>
      >,
      step: states.current.ppo.step,
    };
  }, [version, ran, rewards.values, beta.value]);
  const t = table.value;

  const answers = [
    translate({ id: 'toyAlignment.answer.0', message: '“巴黎。”' }),
    translate({ id: 'toyAlignment.answer.1', message: '“巴黎，也是法国最大的城市，人口约……”（啰嗦）' }),
    translate({ id: 'toyAlignment.answer.2', message: '“我不确定。”' }),
    translate({ id: 'toyAlignment.answer.3', message: '“里昂。”（错误）' }),
  ];
  const maxX = Math.max(1, ...METHODS.map((m) => curves[m].reward.at(-1)?.[0] ?? 0), steps.value ?? 1);
  const every = Math.max(1, Math.floor(curves.ppo.reward.length / 10));
  const chartRows = (key: 'reward' | 'kl') =>
    curves.ppo[key]
      .map((p, i) => ({ p, i }))
      .filter(({ i }) => i % every === 0 || i === curves.ppo[key].length - 1)
      .map(({ p, i }) => [
        p[0],
        ...METHODS.map((m) => (curves[m][key][i] ? formatNumber(curves[m][key][i][1], 3) : '—')),
      ]);

  return (
    <WidgetFrame
      name="ToyAlignment"
      title={<Translate id="toyAlignment.title">玩具对齐：PPO、DPO、GRPO 并排训练</Translate>}
      description={
        <Translate id="toyAlignment.description">
          提示词“法国的首都是哪里？”只有四个候选回答。三个方法从同一个参考策略出发，按同一张奖励表优化；看每一步的期望奖励和到参考策略的
          KL，以及最后的策略和理论最优 π*。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        [beta, lr, seed, steps].forEach((f) => f.reset());
        rewards.reset();
        restart();
      }}
    >
      <FieldRow>
        <NumberListField
          field={rewards}
          label={translate({ id: 'toyAlignment.rewards', message: '奖励表 R（四个回答，逗号分隔）' })}
          libError={rewardsError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField field={beta} label={translate({ id: 'toyAlignment.beta', message: 'KL 系数 β' })} />
        <NumberField field={lr} label={translate({ id: 'toyAlignment.lr', message: '学习率（Adam）' })} />
        <NumberField field={seed} label={translate({ id: 'toyAlignment.seed', message: '随机种子' })} />
        <NumberField field={steps} label={translate({ id: 'toyAlignment.steps', message: '训练步数' })} />
      </FieldRow>
      <RunnerControls runner={runner} onStart={train} disabled={!valid} />
      <p className={styles.note} data-testid="train-status" aria-live="polite">
        <Translate id="toyAlignment.status" values={{ step: String(t?.step ?? 0) }}>
          {'已训练 {step} 步（每一步三个方法各更新一次）'}
        </Translate>
      </p>
      <LineChart
        series={METHODS.map((m) => ({ id: m, label: METHOD_NAME[m], points: curves[m].reward, color: COLOR[m] }))}
        ariaLabel={translate({ id: 'toyAlignment.chart.rewardAria', message: '三种方法的期望奖励随步数变化' })}
        caption={
          <Translate id="toyAlignment.chart.rewardCaption">
            期望奖励 E_π[R]：越高越好，但最优策略 π* 并不把概率全压在最高奖励上。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'toyAlignment.chart.step', message: '步数' }),
            ...METHODS.map((m) => METHOD_NAME[m]),
          ],
          rows: chartRows('reward'),
        }}
        xLabel={translate({ id: 'toyAlignment.chart.step', message: '步数' })}
        yLabel={translate({ id: 'toyAlignment.chart.reward', message: '期望奖励' })}
        xDomain={[0, maxX]}
        height={200}
      />
      <LineChart
        series={METHODS.map((m) => ({ id: m, label: METHOD_NAME[m], points: curves[m].kl, color: COLOR[m] }))}
        ariaLabel={translate({ id: 'toyAlignment.chart.klAria', message: '三种方法到参考策略的 KL 随步数变化' })}
        caption={
          <Translate id="toyAlignment.chart.klCaption">
            KL(π‖π_ref)：策略离 SFT 参考模型走了多远。β 越小，允许走得越远。
          </Translate>
        }
        table={{
          columns: [
            translate({ id: 'toyAlignment.chart.step', message: '步数' }),
            ...METHODS.map((m) => METHOD_NAME[m]),
          ],
          rows: chartRows('kl'),
        }}
        xLabel={translate({ id: 'toyAlignment.chart.step', message: '步数' })}
        yLabel="KL"
        xDomain={[0, maxX]}
        height={200}
      />
      <ErrorAlert error={table.error} />
      {t && (
        <ResultTable
          testId="policies"
          caption={
            <Translate id="toyAlignment.tableCaption">
              各回答的概率：参考策略、三个方法训练后的策略、理论最优 π* ∝ π_ref·e^(R/β)
            </Translate>
          }
          columns={[
            <Translate id="toyAlignment.col.answer">回答</Translate>,
            'R',
            'π_ref',
            ...METHODS.map((m) => METHOD_NAME[m]),
            'π*',
          ]}
        >
          <tbody>
            {answers.map((a, k) => (
              <tr key={k}>
                <th scope="row">{a}</th>
                <td>{formatNumber((ran?.rewards ?? rewards.values ?? DEFAULT_REWARDS)[k], 3)}</td>
                <td>{formatNumber(t.ref[k], 3)}</td>
                {METHODS.map((m) => (
                  <td key={m} data-testid={`prob-${m}`}>
                    {formatNumber(t.metrics[m].probs[k], 3)}
                  </td>
                ))}
                <td data-testid="prob-optimal">{formatNumber(t.optimal[k], 3)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <Translate id="toyAlignment.row.reward">期望奖励 E_π[R]</Translate>
              </th>
              <td />
              <td />
              {METHODS.map((m) => (
                <td key={m} data-testid={`reward-${m}`}>
                  {formatNumber(t.metrics[m].expectedReward, 3)}
                </td>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="row">KL(π‖π_ref)</th>
              <td />
              <td />
              {METHODS.map((m) => (
                <td key={m} data-testid={`kl-${m}`}>
                  {formatNumber(t.metrics[m].klToRef, 3)}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </ResultTable>
      )}
      {!runner.running && (t?.step ?? 0) > 0 && (
        <button type="button" className="button button--link button--sm" onClick={restart}>
          <Translate id="toyAlignment.restart">回到参考策略</Translate>
        </button>
      )}
    </WidgetFrame>
  );
}
