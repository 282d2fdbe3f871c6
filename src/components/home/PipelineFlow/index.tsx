/**
 * The home page's map of the guide: chapter 0 as the starting point, the training stages as a
 * flow of cards joined by arrows that name what each stage hands on (tokens → base model → …),
 * then the chapters that are not a stage (evaluation). Every card is a link to its chapter once
 * src/data/chapters.ts gives it a `path`; until then it is shown dashed as "in progress".
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { CHAPTERS, type ChapterEntry } from '@site/src/data/chapters';
import { chapterOutput, chapterText } from '../chapterText';
import styles from './styles.module.css';

function Card({ chapter }: { chapter: ChapterEntry }) {
  const { title, summary } = chapterText(chapter.id);
  const body = (
    <>
      <span className={styles.number}>
        <Translate id="home.flow.chapter" values={{ n: chapter.number }}>
          {'第 {n} 章'}
        </Translate>
      </span>
      <span className={styles.title}>{title}</span>
      <span className={styles.summary}>{summary}</span>
      {!chapter.path && (
        <span className={styles.soon}>
          <Translate id="home.pipeline.soon">撰写中</Translate>
        </span>
      )}
    </>
  );
  return chapter.path ? (
    <Link to={chapter.path} className={clsx(styles.card, styles.cardLink)} data-testid={`chapter-link-${chapter.id}`}>
      {body}
    </Link>
  ) : (
    <div className={clsx(styles.card, styles.cardPending)} data-testid={`chapter-pending-${chapter.id}`}>
      {body}
    </div>
  );
}

export default function PipelineFlow() {
  const start = CHAPTERS.filter((c) => c.id === 'overview');
  const stages = CHAPTERS.filter((c) => chapterOutput(c.id) !== undefined);
  const others = CHAPTERS.filter((c) => c.id !== 'overview' && chapterOutput(c.id) === undefined);
  return (
    <section aria-labelledby="pipeline-heading" className={clsx('container margin-vert--lg', styles.section)}>
      <Heading as="h2" id="pipeline-heading">
        <Translate id="home.pipeline.heading">训练流水线</Translate>
      </Heading>
      <p className={styles.lead}>
        <Translate id="home.flow.lead">
          一个大模型从原始语料到可用的助手，要依次经过下面这些阶段。每个方框是一章，点击进入；箭头上写的是这一阶段交给下一阶段的东西。
        </Translate>
      </p>
      {start.map((c) => (
        <div key={c.id} className={styles.start}>
          <span className={styles.startLabel}>
            <Translate id="home.flow.start">先看全景：</Translate>
          </span>
          <Card chapter={c} />
        </div>
      ))}
      <ol
        className={styles.flow}
        aria-label={translate({ id: 'home.flow.aria', message: '训练阶段，按先后顺序' })}
        data-testid="pipeline-flow"
      >
        {stages.map((c) => (
          <li key={c.id} className={styles.stage} data-testid={`stage-${c.id}`}>
            <Card chapter={c} />
            <span className={styles.arrow}>
              <span className={styles.output}>
                <Translate id="home.flow.output" values={{ output: chapterOutput(c.id) }}>
                  {'产出：{output}'}
                </Translate>
              </span>
              <span aria-hidden="true" className={styles.arrowHead} />
            </span>
          </li>
        ))}
      </ol>
      {others.length > 0 && (
        <div className={styles.others}>
          <span className={styles.startLabel}>
            <Translate id="home.flow.throughout">贯穿各阶段：</Translate>
          </span>
          <ul className={styles.otherList}>
            {others.map((c) => (
              <li key={c.id} data-testid={`stage-${c.id}`}>
                <Card chapter={c} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
