/**
 * GaeCalculator: the chapter's worked example by default (advantages 0.25, 0.3, 0.2 read from the
 * last step back); the λ presets and new γ, rewards and values give what src/lib `gae` computes;
 * bad input shows a message beside the field and keeps the last good table.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gae } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/gae';
/** The table lists the last step first: columns δ, A, return in that order. */
function expected(r: number[], v: number[], gamma: number, lambda: number) {
  const out = gae(r, v, gamma, lambda);
  const deltas = gae(r, v, gamma, 0).advantages;
  const back = (xs: number[]) => [...xs].reverse().map((x) => formatNumber(x, 4));
  return { delta: back(deltas), advantage: back(out.advantages), ret: back(out.returns) };
}
const cells = (widget: Locator, id: string) => widget.getByTestId(id).allInnerTexts();

describe('GaeCalculator', () => {
  it('shows the worked example and follows the λ presets, γ and new rewards', async () => {
    await withWidget(browser, PAGE, 'GaeCalculator', async ({ page, widget }) => {
      expect(await cells(widget, 'advantage')).toEqual(['0.2', '0.3', '0.25']);
      expect(await cells(widget, 'return')).toEqual(['1', '0.9', '0.75']);
      expect(await cells(widget, 'delta')).toEqual(expected([0, 0, 1], [0.5, 0.6, 0.8], 1, 0.5).delta);

      await widget.getByRole('button', { name: 'λ = 0：一步 TD' }).click();
      await expect.poll(() => cells(widget, 'advantage')).toEqual(expected([0, 0, 1], [0.5, 0.6, 0.8], 1, 0).advantage);
      expect(await widget.getByTestId('lambda-note').innerText()).toContain('λ = 0');

      await widget.getByRole('button', { name: 'λ = 1：蒙特卡洛减基线' }).click();
      await expect.poll(() => cells(widget, 'advantage')).toEqual(['0.2', '0.4', '0.5']);

      await typeInto(page, textbox(widget, '折扣 γ'), '0.9');
      await expect
        .poll(() => cells(widget, 'advantage'))
        .toEqual(expected([0, 0, 1], [0.5, 0.6, 0.8], 0.9, 1).advantage);

      const r = [-0.02, 0.02, 1];
      await typeInto(page, textbox(widget, '每步奖励 r_t（逗号分隔）'), r.join(', '));
      await typeInto(page, textbox(widget, 'GAE 参数 λ'), '0.95');
      const e = expected(r, [0.5, 0.6, 0.8], 0.9, 0.95);
      await expect.poll(() => cells(widget, 'advantage')).toEqual(e.advantage);
      expect(await cells(widget, 'delta')).toEqual(e.delta);
      expect(await cells(widget, 'return')).toEqual(e.ret);
    });
  });

  it('explains bad input beside the field and keeps the last good table', async () => {
    await withWidget(browser, PAGE, 'GaeCalculator', async ({ page, widget }) => {
      const rewards = textbox(widget, '每步奖励 r_t（逗号分隔）');
      await expectBadInputs(page, rewards, ['', '-', '1e309', 'abc'], async () => {
        expect(await cells(widget, 'advantage')).toEqual(['0.2', '0.3', '0.25']);
      });
      await typeInto(page, rewards, '0, 1');
      const values = textbox(widget, '价值估计 V(s_t)（逗号分隔）');
      await expect.poll(() => fieldMessage(values)).toContain('length');
      expect(await cells(widget, 'advantage')).toEqual(['0.2', '0.3', '0.25']);
      const gamma = textbox(widget, '折扣 γ');
      await typeInto(page, gamma, '1.5');
      await expect.poll(() => fieldMessage(gamma)).not.toBe('');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'GaeCalculator', { 'Discount γ': '1' }, async ({ widget }) => {
      expect(await cells(widget, 'advantage')).toEqual(['0.2', '0.3', '0.25']);
      await expect.poll(() => widget.getByRole('button', { name: 'λ = 0: one-step TD' }).count()).toBe(1);
    });
  });
});
