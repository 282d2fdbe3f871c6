/**
 * Start/stop button and progress bar for a useChunkedRunner run. The progress bar
 * is labelled and its percentage is also given as text for screen readers.
 */
import React, { useId, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { ChunkedRunner } from '../useChunkedRunner';
import { libErrorMessage } from '../messages';
import styles from './styles.module.css';

interface RunnerControlsProps {
  runner: ChunkedRunner;
  onStart: () => void;
  startLabel?: ReactNode;
  /** Disable start (e.g. while an input is invalid). */
  disabled?: boolean;
}

export default function RunnerControls({ runner, onStart, startLabel, disabled }: RunnerControlsProps) {
  const id = useId();
  const pct = runner.total > 0 ? Math.round((100 * runner.done) / runner.total) : 0;
  return (
    // data-runner marks widgets with an in-browser loop (the responsiveness test looks for it).
    <div className={styles.controls} data-runner="">
      {runner.running ? (
        <button type="button" className="button button--secondary button--sm" onClick={runner.stop}>
          <Translate id="kit.runner.stop">停止</Translate>
        </button>
      ) : (
        <button type="button" className="button button--primary button--sm" onClick={onStart} disabled={disabled}>
          {startLabel ?? <Translate id="kit.runner.start">开始训练</Translate>}
        </button>
      )}
      <label htmlFor={`${id}-progress`} className={styles.label}>
        <Translate id="kit.runner.progress">进度</Translate>
      </label>
      <progress
        id={`${id}-progress`}
        className={styles.progress}
        max={100}
        value={pct}
        aria-valuetext={translate(
          { id: 'kit.runner.progressText', message: '{done} / {total} 步' },
          { done: String(runner.done), total: String(runner.total) },
        )}
      />
      <span className={styles.status} role="status" aria-live="polite">
        {runner.error
          ? libErrorMessage(new RangeError(runner.error))
          : runner.stopped
            ? translate(
                { id: 'kit.runner.stoppedAt', message: '已停止：{done} / {total} 步' },
                { done: String(runner.done), total: String(runner.total) },
              )
            : runner.total > 0
              ? translate(
                  { id: 'kit.runner.progressText', message: '{done} / {total} 步' },
                  { done: String(runner.done), total: String(runner.total) },
                )
              : ''}
      </span>
    </div>
  );
}
