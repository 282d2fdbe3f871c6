/**
 * BestOfN: the chapter's example by default; a new n or seed gives the draw, expected reward
 * and KL src/lib computes; bad lists and n show a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestOfNExactKl, bestOfNExpectedReward, bestOfNKl, createRng, sampleBestOfN } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/reward/best-of-n';
const P = [0.4, 0.3, 0.2, 0.08, 0.02];
const R = [0, 1, 2, 3, 4];

describe('BestOfN', () => {
  it('shows the worked example and follows a new n and seed', async () => {
    await withWidget(browser, PAGE, 'BestOfN', async ({ page, widget }) => {
      expect(await widget.getByTestId('expected-reward').innerText()).toBe(
        formatNumber(bestOfNExpectedReward(P, R, 4), 4),
      );
      expect(await widget.getByTestId('samples').innerText()).toBe('1, 1, 1, 2');
      expect(await widget.getByTestId('bound').innerText()).toBe(formatNumber(bestOfNKl(4), 4));
      await typeInto(page, textbox(widget, '样本数 n'), '16');
      await typeInto(page, widget.getByLabel('随机种子'), '7');
      await expect
        .poll(() => widget.getByTestId('expected-reward').innerText())
        .toBe(formatNumber(bestOfNExpectedReward(P, R, 16), 4));
      expect(await widget.getByTestId('kl').innerText()).toBe(formatNumber(bestOfNExactKl(P, R, 16), 4));
      expect(await widget.getByTestId('bound').innerText()).toBe(formatNumber(bestOfNKl(16), 4));
      const draw = sampleBestOfN(P, R, 16, createRng(7));
      await expect
        .poll(() => widget.getByTestId('samples').innerText())
        .toBe(draw.samples.map((s) => s + 1).join(', '));
      expect(await widget.getByTestId('chosen-reward').innerText()).toBe(formatNumber(draw.reward, 4));
      expect(await widget.locator('figure table tbody tr').count()).toBe(7);
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'BestOfN', async ({ page, widget }) => {
      const n = textbox(widget, '样本数 n');
      await expectBadInputs(page, n, ['', '-', '1e309', 'abc', '0', '-3'], async () => {
        expect(await widget.getByTestId('expected-reward').innerText()).not.toBe('');
      });
      await typeInto(page, n, '4');
      const probs = widget.getByLabel('基础策略的概率 p（逗号分隔，和为 1）');
      await typeInto(page, probs, '0.5, 0.6, 0, 0, 0');
      await expect.poll(() => fieldMessage(probs)).toContain('probs must sum to 1');
      await typeInto(page, probs, '0.5, 0.5');
      await expect.poll(() => fieldMessage(probs)).toContain('length');
    });
  });
});
