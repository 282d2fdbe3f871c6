/**
 * KlDirection: training in the browser gives the μ, σ and loss src/lib (createKlFit, klFitSteps)
 * gives in Node for the same start, steps, learning rate and β; stop works; bad input shows a
 * message beside the field and disables training; the English page works.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKlFit, klFitSteps, type KlFitObjective } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { KL_DIRECTION_TEACHER } from '../../../src/components/distillation/KlDirection/teacher';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/distillation/kl-direction';
const OBJECTIVES: KlFitObjective[] = ['forward', 'reverse', 'jsd'];

function expected(o: KlFitObjective, steps: number, lr: number, beta: number, mu = 1.5, sigma = 0.8) {
  const state = createKlFit({ teacher: KL_DIRECTION_TEACHER.map((c) => ({ ...c })), init: { mu, sigma } });
  const c = klFitSteps(state, steps, { objective: o, beta, lr });
  return { mu: formatNumber(c.mu, 3), sigma: formatNumber(c.sigma, 3), loss: formatNumber(c.loss, 4) };
}

describe('KlDirection', () => {
  it('fits the three objectives as src/lib does, then again with another β and step count', async () => {
    await withWidget(browser, PAGE, 'KlDirection', async ({ page, widget }) => {
      const status = widget.getByTestId('fit-status');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('已训练 400 步');
      for (const o of OBJECTIVES) {
        const want = expected(o, 400, 0.2, 0.5);
        expect(await widget.getByTestId(`mu-${o}`).innerText()).toBe(want.mu);
        expect(await widget.getByTestId(`sigma-${o}`).innerText()).toBe(want.sigma);
        expect(await widget.getByTestId(`loss-${o}`).innerText()).toBe(want.loss);
      }
      // Mode covering vs mode seeking, as in the text: forward between the peaks, reverse on one.
      expect(Math.abs(Number(expected('forward', 400, 0.2, 0.5).mu.replace('−', '-')))).toBeLessThan(0.1);
      expect(Number(expected('reverse', 400, 0.2, 0.5).mu)).toBeGreaterThan(2.4);

      await typeInto(page, textbox(widget, '广义 JSD 的 β'), '0.9');
      await typeInto(page, textbox(widget, '训练步数'), '150');
      await typeInto(page, textbox(widget, '学习率'), '0.3');
      await expect.poll(() => status.innerText()).toContain('已训练 0 步');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('已训练 150 步');
      for (const o of OBJECTIVES) {
        const want = expected(o, 150, 0.3, 0.9);
        expect(await widget.getByTestId(`mu-${o}`).innerText()).toBe(want.mu);
        expect(await widget.getByTestId(`sigma-${o}`).innerText()).toBe(want.sigma);
        expect(await widget.getByTestId(`loss-${o}`).innerText()).toBe(want.loss);
      }
    });
  });

  it('stops when asked', async () => {
    await withWidget(browser, PAGE, 'KlDirection', async ({ page, widget }) => {
      await typeInto(page, textbox(widget, '训练步数'), '100000');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await widget.getByRole('button', { name: '停止' }).click();
      const text = await widget.getByTestId('fit-status').innerText();
      const step = Number(/已训练 (\d+) 步/.exec(text)?.[1]);
      expect(step).toBeLessThan(100000);
    });
  });

  it('explains bad input beside the field and disables training', async () => {
    await withWidget(browser, PAGE, 'KlDirection', async ({ page, widget }) => {
      const steps = textbox(widget, '训练步数');
      await expectBadInputs(page, steps, ['', '-', '1e309', 'abc', '0', '-5', '2.5'], async () => {
        expect(await widget.getByRole('button', { name: '开始训练' }).isDisabled()).toBe(true);
      });
      await typeInto(page, steps, '400');
      const lr = textbox(widget, '学习率');
      await typeInto(page, lr, '0');
      await expect.poll(() => fieldMessage(lr)).not.toBe('');
      expect(await widget.getByRole('button', { name: '开始训练' }).isDisabled()).toBe(true);
      expect(await widget.getByTestId('mu-forward').innerText()).toBe('1.5');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'KlDirection', { 'Training steps': '400' }, async ({ widget }) => {
      expect(await widget.getByTestId('fit-status').innerText()).toContain('Trained 0 steps');
      expect(await widget.getByTestId('mu-reverse').innerText()).toBe('1.5');
    });
  });
});
