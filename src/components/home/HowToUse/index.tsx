/**
 * "How to use this site" on the home page: what the widgets do (real computation, reset, the
 * code tab), search in both languages, the language switch, dark mode, the self-check questions
 * and the references. Plain text and links, no state.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Tip {
  id: string;
  icon: string;
  title: ReactNode;
  body: ReactNode;
}

const kbd = (k: string) => <kbd>{k}</kbd>;

export default function HowToUse() {
  const tips: Tip[] = [
    {
      id: 'widgets',
      icon: '⚙',
      title: <Translate id="home.howto.widgets.title">交互组件真的在计算</Translate>,
      body: (
        <>
          <Translate id="home.howto.widgets.body">
            改动输入框或滑块，结果由浏览器里经过测试的 src/lib
            函数当场算出；输入有误时旁边会提示，上一次的结果保留。“重置”恢复正文里的例子，“代码”标签页显示组件调用的源码。
          </Translate>{' '}
          <Link to="/docs/reward/bradley-terry#widget">
            <Translate id="home.howto.widgets.link">试试成对偏好损失</Translate>
          </Link>
        </>
      ),
    },
    {
      id: 'search',
      icon: '⌕',
      title: <Translate id="home.howto.search.title">中英文搜索</Translate>,
      body: (
        <Translate id="home.howto.search.body" values={{ ctrl: kbd('Ctrl'), cmd: kbd('⌘'), k: kbd('K') }}>
          {
            '导航栏右侧的搜索框（快捷键 {ctrl} + {k}，Mac 上 {cmd} + {k}）离线检索全站，中文和英文都能搜，例如“拒绝采样”或 “rejection sampling”。'
          }
        </Translate>
      ),
    },
    {
      id: 'language',
      icon: '文',
      title: <Translate id="home.howto.language.title">切换语言</Translate>,
      body: (
        <Translate id="home.howto.language.body">
          导航栏的语言菜单在简体中文和 English 之间切换，并停留在同一页；两种语言的小节标题锚点相同，链接可以互相替换。
        </Translate>
      ),
    },
    {
      id: 'dark',
      icon: '◐',
      title: <Translate id="home.howto.dark.title">深色模式</Translate>,
      body: (
        <Translate id="home.howto.dark.body">
          导航栏的明暗按钮在浅色、深色和跟随系统之间切换，网站会记住你的选择；图表和公式在两种模式下都清晰可读。
        </Translate>
      ),
    },
    {
      id: 'self-check',
      icon: '✓',
      title: <Translate id="home.howto.selfCheck.title">每章的自测题</Translate>,
      body: (
        <>
          <Translate id="home.howto.selfCheck.body">
            每章概览页的末尾有 3 到 6 道自测题：选择题可以只用键盘作答，数值题的答案由 src/lib
            算出；检查后会给出解释和讲解那一点的小节链接。
          </Translate>{' '}
          <Link to="/docs/overview#self-check">
            <Translate id="home.howto.selfCheck.link">做第 0 章的自测</Translate>
          </Link>
        </>
      ),
    },
    {
      id: 'glossary',
      icon: '📖',
      title: <Translate id="home.howto.glossary.title">术语随手查</Translate>,
      body: (
        <>
          <Translate id="home.howto.glossary.body">
            正文里带虚线下划线的术语，鼠标悬停、用 Tab
            键聚焦或在手机上轻点一下，就会显示一句话的定义；所有术语的中英文名称都收在术语表里。
          </Translate>{' '}
          <Link to="/docs/glossary">
            <Translate id="home.howto.glossary.link">打开术语表</Translate>
          </Link>
        </>
      ),
    },
    {
      id: 'references',
      icon: '❝',
      title: <Translate id="home.howto.references.title">每个数字都有出处</Translate>,
      body: (
        <>
          <Translate id="home.howto.references.body">
            正文里的上标脚注指向论文或技术报告；所有来源汇总在参考文献页。发现错误可以通过页脚的“报告错误”告诉我们。
          </Translate>{' '}
          <Link to="/docs/references">
            <Translate id="home.howto.references.link">查看参考文献</Translate>
          </Link>
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="howto-heading" className={clsx('container margin-vert--lg')} data-testid="how-to-use">
      <Heading as="h2" id="howto-heading">
        <Translate id="home.howto.heading">怎样使用本站</Translate>
      </Heading>
      <ul className={styles.tips}>
        {tips.map((t) => (
          <li key={t.id} className={styles.tip} data-testid={`howto-${t.id}`}>
            <Heading as="h3" className={styles.title}>
              <span aria-hidden="true" className={styles.icon}>
                {t.icon}
              </span>
              {t.title}
            </Heading>
            <p className={styles.body}>{t.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
