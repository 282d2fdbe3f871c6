/**
 * PipelineExplorer (chapter 0): the training stages as a row of tabs. Click a stage,
 * or move with ←/→/Home/End, to see its inputs, outputs, data size, the models held
 * in memory, typical compute and the chapter that explains it. The pretraining
 * compute figure is computed by src/lib (trainingFlops), not typed in.
 */
import React, { useId, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { trainingFlops } from '@site/src/lib';
import { WidgetFrame, Num } from '@site/src/components/kit';
import { CHAPTERS } from '@site/src/data/chapters';
import { STAGE_IDS, stageTexts, type StageId } from './stages';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/scaling-laws.ts'] as const;

// Llama 3 405B: 405B parameters, 15.6T tokens (Dubey et al. 2024, §3.3.1).
const LLAMA3_PARAMS = 405e9;
const LLAMA3_TOKENS = 15.6e12;

export default function PipelineExplorer({ initial = 'pretraining' }: { initial?: StageId }) {
  const id = useId();
  const [current, setCurrent] = useState<StageId>(initial);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const stages = useMemo(() => stageTexts(), []);
  const flops = useMemo(() => trainingFlops(LLAMA3_PARAMS, LLAMA3_TOKENS), []);
  const stage = stages[current];
  const chapter = CHAPTERS.find((c) => c.id === current);

  const move = (to: StageId) => {
    setCurrent(to);
    tabs.current[to]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = STAGE_IDS.indexOf(current);
    const last = STAGE_IDS.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? i === last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i === 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    e.preventDefault();
    move(STAGE_IDS[next]);
  };

  // The compute text has a {flops} slot for the number computed above.
  const [before, after = ''] = stage.compute.split('{flops}');
  const compute = stage.compute.includes('{flops}') ? (
    <>
      {before}
      <Num value={flops} digits={2} />
      {after}
    </>
  ) : (
    stage.compute
  );

  const rows: [string, React.ReactNode][] = [
    [translate({ id: 'pipelineExplorer.label.inputs', message: '输入' }), stage.inputs],
    [translate({ id: 'pipelineExplorer.label.outputs', message: '输出' }), stage.outputs],
    [translate({ id: 'pipelineExplorer.label.dataSize', message: '数据规模' }), stage.dataSize],
    [translate({ id: 'pipelineExplorer.label.models', message: '显存中的模型' }), stage.models],
    [translate({ id: 'pipelineExplorer.label.compute', message: '典型算力' }), compute],
  ];

  return (
    <WidgetFrame
      name="PipelineExplorer"
      title={<Translate id="pipelineExplorer.title">训练流水线：逐个阶段看</Translate>}
      description={
        <Translate id="pipelineExplorer.description">
          点击一个阶段，或用 ← → 键切换，查看它的输入、输出、数据规模、显存中的模型和典型算力。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => setCurrent(initial)}
    >
      <div
        role="tablist"
        aria-label={translate({ id: 'pipelineExplorer.tablist', message: '训练阶段' })}
        className={styles.stages}
        onKeyDown={onKeyDown}
      >
        {STAGE_IDS.map((s, i) => (
          <button
            key={s}
            ref={(el) => {
              tabs.current[s] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${s}`}
            aria-selected={s === current}
            aria-controls={`${id}-panel`}
            tabIndex={s === current ? 0 : -1}
            className={clsx(styles.stage, s === current && styles.active)}
            onClick={() => setCurrent(s)}
          >
            <span className={styles.index}>{i + 1}</span>
            {stages[s].name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current}`} className={styles.panel}>
        <h4 className={styles.panelTitle} data-testid="stage-name">
          {stage.name}
        </h4>
        <dl className={styles.facts}>
          {rows.map(([label, text]) => (
            <div key={label} className={styles.fact}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.badge} data-testid="model-count">
          <Translate id="pipelineExplorer.modelCount" values={{ n: stage.modelCount }}>
            {'训练时显存中最多的模型数：{n}'}
          </Translate>
        </p>
        <p className={styles.chapterLink}>
          {chapter?.path ? (
            <Link to={chapter.path}>
              <Translate id="pipelineExplorer.readChapter" values={{ n: chapter.number }}>
                {'阅读第 {n} 章 →'}
              </Translate>
            </Link>
          ) : (
            <span className={styles.pending}>
              <Translate id="pipelineExplorer.chapterPending" values={{ n: chapter?.number ?? '' }}>
                {'第 {n} 章正在撰写中。'}
              </Translate>
            </span>
          )}
        </p>
      </div>
    </WidgetFrame>
  );
}
