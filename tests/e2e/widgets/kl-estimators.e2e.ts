/**
 * KlEstimators: the chapter's example by default (true KL ≈ 0.02527, 1000 samples, seed 1);
 * a new seed, N or reference gives the sample statistics and exact moments src/lib computes
 * (sampleKlEstimators with createRng(seed), klEstimatorMoments); bad input is explained.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, klEstimatorMoments, sampleKlEstimators } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/kl-estimators';
const POLICY = [0.5, 0.3, 0.2];

async function expectStats(widget: Locator, ref: number[], n: number, seed: number) {
  const s = sampleKlEstimators(POLICY, ref, n, createRng(seed));
  const m = klEstimatorMoments(POLICY, ref);
  await expect.poll(() => widget.getByTestId('mean-k1').innerText()).toBe(formatNumber(s.mean.k1, 4));
  for (const k of ['k1', 'k2', 'k3'] as const) {
    expect(await widget.getByTestId(`mean-${k}`).innerText()).toBe(formatNumber(s.mean[k], 4));
    expect(await widget.getByTestId(`std-${k}`).innerText()).toBe(formatNumber(s.std[k], 4));
    expect(await widget.getByTestId(`exact-mean-${k}`).innerText()).toBe(formatNumber(m.mean[k], 4));
    expect(await widget.getByTestId(`exact-std-${k}`).innerText()).toBe(formatNumber(m.std[k], 4));
  }
  expect(await widget.getByTestId('true-kl').innerText()).toBe(formatNumber(m.trueKl, 4));
  const first = await widget.getByTestId('sample-row').allInnerTexts();
  expect(first.length).toBe(Math.min(8, n));
  expect(first[0]).toContain(formatNumber(s.k1[0], 4));
}

describe('KlEstimators', () => {
  it('shows the worked example and follows a new seed, N and reference', async () => {
    await withWidget(browser, PAGE, 'KlEstimators', async ({ page, widget }) => {
      expect(await widget.getByTestId('true-kl').innerText()).toBe('0.02527');
      expect(await widget.getByTestId('exact-mean-k3').innerText()).toBe('0.02527');
      await expectStats(widget, [0.4, 0.4, 0.2], 1000, 1);
      await typeInto(page, textbox(widget, '随机种子'), '7');
      await expectStats(widget, [0.4, 0.4, 0.2], 1000, 7);
      await typeInto(page, textbox(widget, '样本数 N'), '5');
      await expectStats(widget, [0.4, 0.4, 0.2], 5, 7);
      await typeInto(page, textbox(widget, '参考模型 π_ref 的概率（逗号分隔）'), '0.05, 0.05, 0.9');
      await expectStats(widget, [0.05, 0.05, 0.9], 5, 7);
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'KlEstimators', async ({ page, widget }) => {
      const n = textbox(widget, '样本数 N');
      await expectBadInputs(page, n, ['', '-', '1e309', 'abc', '-3', '2.5'], async () => {
        expect(await widget.getByTestId('true-kl').innerText()).toBe('0.02527');
      });
      await typeInto(page, n, '1000');
      const ref = textbox(widget, '参考模型 π_ref 的概率（逗号分隔）');
      await typeInto(page, ref, '0.5, 0.5, 0');
      await expect.poll(() => fieldMessage(ref)).toContain('infinite');
      expect(await widget.getByTestId('true-kl').innerText()).toBe('0.02527');
      const policy = textbox(widget, '策略 π 的概率（逗号分隔）');
      await typeInto(page, ref, '0.4, 0.4, 0.2');
      await typeInto(page, policy, '0.5, 0.6, 0.2');
      await expect.poll(() => fieldMessage(policy)).toContain('sum to 1');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'KlEstimators', { 'Random seed': '1' }, async ({ widget }) => {
      expect(await widget.getByTestId('true-kl').innerText()).toBe('0.02527');
    });
  });
});
