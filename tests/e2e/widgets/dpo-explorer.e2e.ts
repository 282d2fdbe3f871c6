/**
 * DpoExplorer: the DPO section's worked example by default; typing a new β or choosing another
 * loss type gives the margin, loss, implicit rewards and gradient weight src/lib computes; bad
 * input shows a message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpoGradientWeight, dpoLoss, type DpoLossType } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/dpo';
const PAIR = [[-12.1], [-14.3], [-12.9], [-13.8]] as const;

function shown(beta: number, type: DpoLossType = 'sigmoid', labelSmoothing = 0) {
  const r = dpoLoss([...PAIR[0]], [...PAIR[1]], [...PAIR[2]], [...PAIR[3]], { beta, type, labelSmoothing });
  return {
    h: formatNumber(r.h[0], 4),
    loss: formatNumber(r.losses[0], 4),
    rewards: `${formatNumber(r.chosenRewards[0], 4)}, ${formatNumber(r.rejectedRewards[0], 4)}`,
    weight: formatNumber(dpoGradientWeight(r.h[0], beta), 4),
  };
}

describe('DpoExplorer', () => {
  it('shows the worked example and follows a new β, loss type and label smoothing', async () => {
    await withWidget(browser, PAGE, 'DpoExplorer', async ({ page, widget }) => {
      expect(await widget.getByTestId('h').innerText()).toBe('1.3');
      expect(await widget.getByTestId('loss').innerText()).toBe('0.6303');
      expect(await widget.getByTestId('rewards').innerText()).toBe('0.08, −0.05');
      expect(await widget.getByTestId('weight').innerText()).toBe('0.4675');
      expect(await widget.getByTestId('weight').innerText()).toBe(shown(0.1).weight);

      await typeInto(page, textbox(widget, 'β'), '1');
      await expect.poll(() => widget.getByTestId('loss').innerText()).toBe(shown(1).loss);
      expect(await widget.getByTestId('weight').innerText()).toBe(shown(1).weight);
      expect(await widget.getByTestId('rewards').innerText()).toBe(shown(1).rewards);

      await widget.getByRole('combobox', { name: '损失类型' }).selectOption('ipo');
      await expect.poll(() => widget.getByTestId('loss').innerText()).toBe(shown(1, 'ipo').loss);

      await widget.getByRole('combobox', { name: '损失类型' }).selectOption('robust');
      await typeInto(page, textbox(widget, '标签平滑 ε'), '0.2');
      await expect.poll(() => widget.getByTestId('loss').innerText()).toBe(shown(1, 'robust', 0.2).loss);
      const table = await widget.getByTestId('variants').locator('tbody td').allInnerTexts();
      expect(table).toEqual((['sigmoid', 'ipo', 'hinge', 'robust'] as const).map((t) => shown(1, t, 0.2).loss));
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'DpoExplorer', async ({ page, widget }) => {
      const beta = textbox(widget, 'β');
      await expectBadInputs(page, beta, ['', '-', '1e309', 'abc', '0'], async () => {
        // The last good result stays (typing "1e309" passes through the valid β = 1 on the way).
        expect([shown(0.1).loss, shown(1).loss]).toContain(await widget.getByTestId('loss').innerText());
      });
      const logp = textbox(widget, '策略：log π(被选)');
      await typeInto(page, logp, '5');
      await expect.poll(() => fieldMessage(logp)).not.toBe('');
      const eps = textbox(widget, '标签平滑 ε');
      await typeInto(page, eps, '0.7');
      await expect.poll(() => fieldMessage(eps)).not.toBe('');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'DpoExplorer', { 'Policy: log π(chosen)': '-12.1' }, async ({ widget }) => {
      expect(await widget.getByTestId('loss').innerText()).toBe('0.6303');
    });
  });
});
