/**
 * Home page: what the guide is; the pipeline as a flow of chapter cards that lead to each stage
 * (only written chapters are links, see src/data/chapters.ts); how to use the site; its promises.
 */
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import PipelineFlow from '@site/src/components/home/PipelineFlow';
import HowToUse from '@site/src/components/home/HowToUse';
import styles from './index.module.css';

function Hero() {
  return (
    <header className={clsx('hero', styles.hero)}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          <Translate id="home.title">LLM 训练图解</Translate>
        </Heading>
        <p className={styles.tagline}>
          <Translate id="home.tagline">
            从原始语料到对齐后的助手：大模型训练的每个阶段，每个公式都能在浏览器里亲手算一遍。
          </Translate>
        </p>
        <Link className="button button--primary button--lg" to="/docs/overview">
          <Translate id="home.start">从训练全景开始</Translate>
        </Link>
      </div>
    </header>
  );
}

function Promises() {
  return (
    <section aria-labelledby="promises-heading" className="container margin-vert--lg">
      <Heading as="h2" id="promises-heading">
        <Translate id="home.promises.heading">这份指南的承诺</Translate>
      </Heading>
      <ul className={styles.promises}>
        <li>
          <Translate id="home.promises.tested">
            每个公式背后都有经过测试的代码，并与 PyTorch/TRL 的参考值核对。
          </Translate>
        </li>
        <li>
          <Translate id="home.promises.cited">每个数字都有出处：论文或技术报告，可在参考文献中查到。</Translate>
        </li>
        <li>
          <Translate id="home.promises.interactive">交互示例在你的浏览器里真实计算，无需服务器，离线也能用。</Translate>
        </li>
      </ul>
    </section>
  );
}

export default function Home() {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: '大模型训练，从数据到对齐' })}
      description={translate({
        id: 'home.meta.description',
        message: '一份双语、可交互的大语言模型训练指南：数据、预训练、微调、奖励模型、PPO/DPO/GRPO 与蒸馏。',
      })}
    >
      <Hero />
      <main>
        <PipelineFlow />
        <HowToUse />
        <Promises />
      </main>
    </Layout>
  );
}
