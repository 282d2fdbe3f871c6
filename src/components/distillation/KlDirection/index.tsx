/**
 * KlDirection (chapter 6): a two-peaked teacher on a 1-D grid (equal mixture of N(−2.5, 0.8²) and
 * N(2.5, 0.8²)) and a one-peaked Gaussian student fitted by gradient descent in the browser under
 * forward KL, reverse KL and the generalised JSD at β, side by side, in ~10 ms slices with progress
 * and a stop button. The reader sees mode covering (forward) and mode seeking (reverse).
 * Computed by src/lib (createKlFit, klFitSteps). Default: start μ = 1.5, σ = 0.8, lr = 0.2,
 * 400 steps, β = 0.5 — the worked example in docs/06-distillation/kl-direction.mdx.
 */
import React, { useEffect, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { createKlFit, klFitSteps, type KlFitChunk, type KlFitObjective, type KlFitState } from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  NumberField,
  ResultGrid,
  ResultItem,
  RunnerControls,
  WidgetFrame,
  formatNumber,
  useChunkedRunner,
  useNumberField,
} from '@site/src/components/kit';
import { KL_DIRECTION_TEACHER } from './teacher';
import styles from './styles.module.css';

const LIB_FILES = ['distillation/kl-fit.ts', 'distillation/kl-fit-objective.ts'] as const;
const OBJECTIVES: readonly KlFitObjective[] = ['forward', 'reverse', 'jsd'];

type Fits = Record<KlFitObjective, KlFitState>;
type Chunks = Record<KlFitObjective, KlFitChunk>;

function makeFits(mu: number, sigma: number): Fits {
  const make = () => createKlFit({ teacher: KL_DIRECTION_TEACHER.map((c) => ({ ...c })), init: { mu, sigma } });
  return { forward: make(), reverse: make(), jsd: make() };
}

function snapshot(fits: Fits, beta: number): Chunks {
  const at = (o: KlFitObjective) => klFitSteps(fits[o], 0, { objective: o, beta, lr: 1 });
  return { forward: at('forward'), reverse: at('reverse'), jsd: at('jsd') };
}

export default function KlDirection() {
  const steps = useNumberField(400, { min: 1, max: 100000, integer: true });
  const lr = useNumberField(0.2, { min: 0.001, max: 5 });
  const beta = useNumberField(0.5, { min: 0, max: 1 });
  const mu0 = useNumberField(1.5, { min: -6, max: 6 });
  const sigma0 = useNumberField(0.8, { min: 0.2, max: 12 });
  const runner = useChunkedRunner();
  const fits = useRef<Fits>(makeFits(1.5, 0.8));
  const [chunks, setChunks] = useState<Chunks>(() => snapshot(fits.current, 0.5));
  const betaUsed = useRef(0.5);

  const restart = (): boolean => {
    if (mu0.value === undefined || sigma0.value === undefined || beta.value === undefined) return false;
    runner.stop();
    fits.current = makeFits(mu0.value, sigma0.value);
    betaUsed.current = beta.value;
    setChunks(snapshot(fits.current, beta.value));
    return true;
  };

  // A new start or a new β begins a new fit (the old one answered a different question).
  useEffect(() => {
    restart();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mu0.value, sigma0.value, beta.value]);

  const start = () => {
    if (steps.value === undefined || lr.value === undefined || !restart()) return;
    const f = fits.current;
    const b = betaUsed.current;
    const rate = lr.value;
    runner.start(
      steps.value,
      () => {
        for (const o of OBJECTIVES) klFitSteps(f[o], 1, { objective: o, beta: b, lr: rate });
      },
      () => setChunks(snapshot(f, b)),
    );
  };

  const names: Record<KlFitObjective, string> = {
    forward: translate({ id: 'klDirection.forward', message: '正向 KL(teacher ‖ student)' }),
    reverse: translate({ id: 'klDirection.reverse', message: '反向 KL(student ‖ teacher)' }),
    jsd: translate(
      { id: 'klDirection.jsd', message: '广义 JSD，β = {beta}' },
      { beta: formatNumber(betaUsed.current, 3) },
    ),
  };
  const grid = fits.current.forward.grid;
  const teacher = fits.current.forward.teacher;
  const disabled =
    steps.value === undefined ||
    lr.value === undefined ||
    beta.value === undefined ||
    mu0.value === undefined ||
    sigma0.value === undefined;

  return (
    <WidgetFrame
      name="KlDirection"
      title={<Translate id="klDirection.title">正向 KL 与反向 KL：用一个峰去拟合两个峰</Translate>}
      description={
        <Translate id="klDirection.description">
          teacher 有两个峰，student 只是一个高斯分布（参数 μ 和 σ）。在浏览器里用梯度下降分别最小化正向 KL、反向 KL
          和广义 JSD，看 student 是摊开去盖住两个峰，还是挑一个峰贴上去。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        steps.reset();
        lr.reset();
        beta.reset();
        mu0.reset();
        sigma0.reset();
        runner.stop();
        fits.current = makeFits(1.5, 0.8);
        betaUsed.current = 0.5;
        setChunks(snapshot(fits.current, 0.5));
      }}
    >
      <FieldRow>
        <NumberField
          field={steps}
          label={translate({ id: 'klDirection.steps', message: '训练步数' })}
          inputMode="numeric"
        />
        <NumberField field={lr} label={translate({ id: 'klDirection.lr', message: '学习率' })} />
        <NumberField
          field={beta}
          label={translate({ id: 'klDirection.beta', message: '广义 JSD 的 β' })}
          slider={{ min: 0, max: 1, step: 0.05 }}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={mu0}
          label={translate({ id: 'klDirection.mu0', message: '起点 μ' })}
          slider={{ min: -5, max: 5, step: 0.1 }}
        />
        <NumberField field={sigma0} label={translate({ id: 'klDirection.sigma0', message: '起点 σ' })} />
      </FieldRow>
      <RunnerControls runner={runner} onStart={start} disabled={disabled} />
      <p data-testid="fit-status" aria-live="polite">
        <Translate id="klDirection.status" values={{ step: chunks.forward.step }}>
          {'已训练 {step} 步'}
        </Translate>
      </p>
      <div className={styles.panels}>
        {OBJECTIVES.map((o) => {
          const c = chunks[o];
          return (
            <section key={o} className={styles.panel} data-objective={o} aria-label={names[o]}>
              <h4 className={styles.sectionTitle}>{names[o]}</h4>
              <ResultGrid>
                <ResultItem label="μ" testId={`mu-${o}`}>
                  {formatNumber(c.mu, 3)}
                </ResultItem>
                <ResultItem label="σ" testId={`sigma-${o}`}>
                  {formatNumber(c.sigma, 3)}
                </ResultItem>
                <ResultItem label={<Translate id="klDirection.loss">损失</Translate>} testId={`loss-${o}`}>
                  {formatNumber(c.loss, 4)}
                </ResultItem>
              </ResultGrid>
              <LineChart
                series={[
                  {
                    id: 'teacher',
                    label: translate({ id: 'klDirection.chart.teacher', message: 'teacher（两个峰）' }),
                    points: grid.map((x, i) => [x, teacher[i]] as [number, number]),
                    dashed: true,
                    color: 2,
                  },
                  {
                    id: 'student',
                    label: translate({ id: 'klDirection.chart.student', message: 'student（一个高斯）' }),
                    points: grid.map((x, i) => [x, c.student[i]] as [number, number]),
                  },
                ]}
                ariaLabel={translate(
                  { id: 'klDirection.chart.aria', message: '{objective}：teacher 与 student 在网格上的概率' },
                  { objective: names[o] },
                )}
                caption={
                  <Translate
                    id="klDirection.chart.caption"
                    values={{ mu: formatNumber(c.mu, 3), sigma: formatNumber(c.sigma, 3) }}
                  >
                    {'虚线是 teacher，实线是当前的 student：μ = {mu}，σ = {sigma}。'}
                  </Translate>
                }
                table={{
                  columns: [
                    'x',
                    translate({ id: 'klDirection.chart.teacher', message: 'teacher（两个峰）' }),
                    translate({ id: 'klDirection.chart.student', message: 'student（一个高斯）' }),
                  ],
                  rows: grid
                    .map((x, i) => [formatNumber(x, 3), formatNumber(teacher[i], 3), formatNumber(c.student[i], 3)])
                    .filter((_, i) => i % 5 === 0),
                }}
                xLabel="x"
                yLabel={translate({ id: 'klDirection.chart.y', message: '概率' })}
                xDomain={[grid[0], grid[grid.length - 1]]}
                height={180}
              />
            </section>
          );
        })}
      </div>
      <p className={styles.note}>
        <Translate id="klDirection.note">
          分布定义在 −6 到 6 之间 61 个格点上；σ 被限制在格点间距的一半到网格宽度之间，μ 限制在网格内。
        </Translate>
      </p>
    </WidgetFrame>
  );
}
