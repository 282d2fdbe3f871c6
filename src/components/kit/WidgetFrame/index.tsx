/**
 * The frame of every widget: a titled region with a "widget / code" switch, a reset
 * button and an error boundary, so one broken widget never takes the page down.
 * The root carries data-widget="<Name>" so tests and tools can find every widget.
 */
import React, { lazy, Suspense, useCallback, useId, useRef, useState, type ReactNode } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

const CodeView = lazy(() => import('../CodeView'));

interface WidgetFrameProps {
  /** Component name, e.g. "PipelineExplorer": goes into data-widget. */
  name: string;
  title: ReactNode;
  /** One sentence: what the reader can do here. */
  description?: ReactNode;
  /** src/lib files (relative to src/lib) the widget computes with, shown in the code tab. */
  libFiles?: readonly string[];
  /** Restores the widget's defaults; the frame also remounts the content. */
  onReset?: () => void;
  /**
   * 'quiz' for question sets that answer on a "check" button rather than on every input
   * (data-widget-kind="quiz"; the responsiveness test times check → verdict for them).
   */
  kind?: 'quiz';
  children: ReactNode;
}

type Tab = 'widget' | 'code';

export default function WidgetFrame({ name, title, description, libFiles, onReset, kind, children }: WidgetFrameProps) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('widget');
  const [generation, setGeneration] = useState(0);
  const tabs: Tab[] = libFiles && libFiles.length > 0 ? ['widget', 'code'] : ['widget'];
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ widget: null, code: null });

  const reset = useCallback(() => {
    onReset?.();
    setGeneration((g) => g + 1);
  }, [onReset]);

  const onTabKey = (e: React.KeyboardEvent) => {
    if (tabs.length < 2 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'widget' : e.key === 'End' ? 'code' : tab === 'widget' ? 'code' : 'widget';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className={styles.frame} data-widget={name} data-widget-kind={kind} aria-labelledby={`${id}-title`}>
      <header className={styles.header}>
        <h3 id={`${id}-title`} className={styles.title}>
          {title}
        </h3>
        <div className={styles.actions}>
          {tabs.length > 1 && (
            <div role="tablist" aria-label={translate({ id: 'kit.frame.views', message: '视图' })} onKeyDown={onTabKey}>
              {tabs.map((t) => (
                <button
                  key={t}
                  ref={(el) => {
                    tabRefs.current[t] = el;
                  }}
                  type="button"
                  role="tab"
                  id={`${id}-tab-${t}`}
                  aria-selected={tab === t}
                  aria-controls={`${id}-panel-${t}`}
                  tabIndex={tab === t ? 0 : -1}
                  className={clsx(styles.tab, tab === t && styles.tabActive)}
                  onClick={() => setTab(t)}
                >
                  {t === 'widget' ? (
                    <Translate id="kit.frame.tabWidget">交互</Translate>
                  ) : (
                    <Translate id="kit.frame.tabCode">代码</Translate>
                  )}
                </button>
              ))}
            </div>
          )}
          <button type="button" className={styles.reset} onClick={reset}>
            <Translate id="kit.frame.reset">重置</Translate>
          </button>
        </div>
      </header>
      {description && <p className={styles.description}>{description}</p>}
      <div
        role={tabs.length > 1 ? 'tabpanel' : undefined}
        id={`${id}-panel-widget`}
        aria-labelledby={tabs.length > 1 ? `${id}-tab-widget` : undefined}
        hidden={tab !== 'widget'}
      >
        <ErrorBoundary fallback={({ error, tryAgain }) => <WidgetCrashed error={error} tryAgain={tryAgain} />}>
          <React.Fragment key={generation}>{children}</React.Fragment>
        </ErrorBoundary>
      </div>
      {tab === 'code' && libFiles && (
        <div role="tabpanel" id={`${id}-panel-code`} aria-labelledby={`${id}-tab-code`}>
          <Suspense fallback={null}>
            <CodeView files={libFiles} />
          </Suspense>
        </div>
      )}
    </section>
  );
}

function WidgetCrashed({ error, tryAgain }: { error: Error; tryAgain: () => void }) {
  return (
    <div className={styles.crashed} role="alert" data-widget-crashed="">
      <p>
        <Translate id="kit.frame.crashed">这个交互组件出错了，页面的其余部分不受影响。</Translate>
      </p>
      <pre>{error.message}</pre>
      <button type="button" className={styles.reset} onClick={tryAgain}>
        <Translate id="kit.frame.tryAgain">重试</Translate>
      </button>
    </div>
  );
}
