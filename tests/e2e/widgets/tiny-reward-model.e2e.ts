/**
 * TinyRewardModel: training in the browser gives the weights src/lib gives in Node for the same
 * labels and steps; flipping a label and retraining follows src/lib too; stop works; bad step
 * counts show a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonsToPairs, createLinearRm, linearRmAccuracy, trainLinearRm } from '../../../src/lib';
import { formatNumber, formatPercent } from '../../../src/components/kit/format';
import { HELD_OUT, TRAIN, TRAIN_OPTS } from '../../../src/components/reward/TinyRewardModel/comparisons';
import { launch } from '../browser';
import { expectBadInputs, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/reward/training';

function expected(steps: number, flips: boolean[]) {
  const s = createLinearRm(4);
  trainLinearRm(s, comparisonsToPairs(TRAIN, flips), { steps, ...TRAIN_OPTS });
  return {
    weights: s.w.map((x) => formatNumber(x, 3)),
    heldOut: formatPercent(linearRmAccuracy(s.w, comparisonsToPairs(HELD_OUT)), 3),
    heldOutRight: Math.round(linearRmAccuracy(s.w, comparisonsToPairs(HELD_OUT)) * HELD_OUT.length),
  };
}

describe('TinyRewardModel', () => {
  it('trains to the weights src/lib gives, then retrains after a flipped label', async () => {
    await withWidget(browser, PAGE, 'TinyRewardModel', async ({ widget }) => {
      const status = widget.getByTestId('train-status');
      // The held-out table's verdicts (its last column) agree with the held-out accuracy in the status line.
      const verdicts = () => widget.getByTestId('held-out').locator('tbody td:last-child').allInnerTexts();
      const ticks = async () => (await verdicts()).filter((t) => t.includes('✓')).length;
      const weights = () => widget.getByTestId('weights').locator('tbody td').allInnerTexts();
      await widget.getByRole('button', { name: '开始训练' }).click();
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('已训练 300 步');
      const want = expected(300, []);
      expect(await weights()).toEqual(want.weights);
      expect(await status.innerText()).toContain(`留出集准确率 ${want.heldOut}`);
      expect(want.heldOut).toBe('100 %');
      expect(await ticks()).toBe(want.heldOutRight);

      await widget.getByRole('checkbox', { name: '翻转第 1 对的标签' }).check();
      await expect.poll(() => status.innerText()).toContain('已训练 0 步');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('已训练 300 步');
      const flipped = expected(300, [true]);
      expect(await weights()).toEqual(flipped.weights);
      expect(await status.innerText()).toContain(`留出集准确率 ${flipped.heldOut}`);
      expect(flipped.heldOut).not.toBe(want.heldOut);
      expect(await ticks()).toBe(flipped.heldOutRight);
    });
  });

  it('stops when asked', async () => {
    await withWidget(browser, PAGE, 'TinyRewardModel', async ({ page, widget }) => {
      await typeInto(page, widget.getByLabel('训练步数'), '20000');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await widget.getByRole('button', { name: '停止' }).click();
      const text = await widget.getByTestId('train-status').innerText();
      const step = Number(/已训练 (\d+) 步/.exec(text)?.[1]);
      expect(step).toBeLessThan(20000);
    });
  });

  it('explains bad step counts beside the field', async () => {
    await withWidget(browser, PAGE, 'TinyRewardModel', async ({ page, widget }) => {
      const steps = widget.getByLabel('训练步数');
      await expectBadInputs(page, steps, ['', '-', '1e309', 'abc', '0', '-5', '2.5'], async () => {
        expect(await widget.getByRole('button', { name: '开始训练' }).isDisabled()).toBe(true);
      });
    });
  });
});
