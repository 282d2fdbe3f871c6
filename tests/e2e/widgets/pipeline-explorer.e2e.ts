/**
 * PipelineExplorer: clicks and keys move between stages and the panel shows that
 * stage; the pretraining compute is the number src/lib gives; the code tab shows
 * the library source; reset restores the default stage; English labels in /en.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFlops } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { openWidget } from './data-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const open = (path: string) => openWidget(browser, path, 'PipelineExplorer');

const stageTabs = (widget: Locator) => widget.getByRole('tablist', { name: /训练阶段|Training stages/ });
const selectedName = (widget: Locator) => stageTabs(widget).locator('[role="tab"][aria-selected="true"]').innerText();
const panelName = (widget: Locator) => widget.getByTestId('stage-name').innerText();

describe('PipelineExplorer', () => {
  it('opens on pretraining and shows the 6ND compute computed by trainingFlops', async () => {
    const { widget, problems, close } = await open('/docs/overview');
    try {
      expect(await panelName(widget)).toBe('预训练');
      // Num renders "3.8 × 10<sup>25</sup>"; its text is "3.8 × 1025".
      const [mantissa, exponent] = formatNumber(trainingFlops(405e9, 15.6e12), 2).split(' × 10^');
      expect(mantissa).toBe('3.8');
      const compute = widget.locator('dd').filter({ hasText: 'FLOPs' });
      expect(await compute.innerText()).toContain(`${mantissa} × 10${exponent}`);
      expect(await compute.locator('sup').innerText()).toBe(exponent);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the clicked stage, with four models in memory for RL', async () => {
    const { widget, close } = await open('/docs/overview');
    try {
      await stageTabs(widget)
        .getByRole('tab', { name: /数据准备/ })
        .click();
      expect(await panelName(widget)).toBe('数据准备');
      expect(await widget.getByTestId('model-count').innerText()).toContain('0');
      await stageTabs(widget)
        .getByRole('tab', { name: /强化学习/ })
        .click();
      expect(await panelName(widget)).toBe('强化学习 / 偏好优化');
      expect(await widget.getByTestId('model-count').innerText()).toContain('4');
    } finally {
      await close();
    }
  });

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    const { page, widget, close } = await open('/docs/overview');
    try {
      await stageTabs(widget).locator('[role="tab"][aria-selected="true"]').focus();
      await page.keyboard.press('ArrowRight');
      expect(await selectedName(widget)).toContain('有监督微调');
      expect(await panelName(widget)).toBe('有监督微调（SFT）');
      await page.keyboard.press('End');
      expect(await panelName(widget)).toBe('蒸馏与部署');
      await page.keyboard.press('ArrowRight');
      expect(await panelName(widget)).toBe('数据准备');
      await page.keyboard.press('ArrowLeft');
      expect(await panelName(widget)).toBe('蒸馏与部署');
      await page.keyboard.press('Home');
      expect(await panelName(widget)).toBe('数据准备');
      // Focus follows the selection, so the reader can keep pressing keys.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    } finally {
      await close();
    }
  });

  it('shows the src/lib source in the code tab and resets to pretraining', async () => {
    const { widget, problems, close } = await open('/docs/overview');
    try {
      await stageTabs(widget)
        .getByRole('tab', { name: /数据准备/ })
        .click();
      await widget.getByRole('tab', { name: '代码' }).click();
      await expect.poll(() => widget.locator('pre').first().innerText()).toContain('export function trainingFlops');
      await widget.getByRole('tab', { name: '交互' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      expect(await panelName(widget)).toBe('预训练');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await open('/en/docs/overview');
    try {
      expect(await panelName(widget)).toBe('Pretraining');
      await stageTabs(widget)
        .getByRole('tab', { name: /Reward model/ })
        .click();
      expect(await panelName(widget)).toBe('Reward model (RM)');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
