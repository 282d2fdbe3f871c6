/**
 * DistillLoss: the default reproduces the worked example of the Hinton-loss section; a new
 * temperature, weight, label and β give the terms src/lib (distillationTerms, generalizedJsd)
 * gives; bad input shows a message and keeps the page alive; the English page works.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distillationTerms, generalizedJsd } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { fieldMessage, openWidget, typeInto } from './pretraining-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/distillation/hinton-loss';
const S = [1, 0, -1];
const T_LOGITS = [3, 1, 0];

function terms(s: number[], t: number[], y: number, alpha: number, T: number) {
  const m = distillationTerms([s], [t], [y], { temperature: T, alpha }).mean;
  return {
    softKl: formatNumber(m.softKl, 4),
    softKlScaled: formatNumber(m.softKlScaled, 4),
    hardCe: formatNumber(m.hardCe, 4),
    weightedSoft: formatNumber(m.weightedSoft, 4),
    weightedHard: formatNumber(m.weightedHard, 4),
    total: formatNumber(m.total, 4),
  };
}
const jsd = (s: number[], t: number[], beta: number, T: number) =>
  formatNumber(generalizedJsd([s], [t], { beta, temperature: T }), 4);

describe('DistillLoss', () => {
  it('shows the worked example and follows T, α, the label and β', async () => {
    const { page, widget, problems, close } = await openWidget(browser, PAGE, 'DistillLoss');
    try {
      // By hand: CE = log(1 + e^-1 + e^-2) ≈ 0.4076.
      expect(await widget.getByTestId('hard-ce').innerText()).toBe('0.4076');
      const want = terms(S, T_LOGITS, 0, 0.5, 2);
      expect(await widget.getByTestId('soft-kl').innerText()).toBe(want.softKl);
      expect(await widget.getByTestId('soft-kl-scaled').innerText()).toBe(want.softKlScaled);
      expect(await widget.getByTestId('total').innerText()).toBe(want.total);
      expect(await widget.getByTestId('jsd').innerText()).toBe(jsd(S, T_LOGITS, 0.5, 2));
      // β = 0 is the forward KL, the same number as the soft KL at this temperature.
      expect(await widget.getByTestId('jsd-forward').innerText()).toBe(want.softKl);
      expect(await widget.getByTestId('jsd-reverse').innerText()).toBe(jsd(S, T_LOGITS, 1, 2));

      await typeInto(page, widget.getByRole('textbox', { name: '温度 T', exact: true }), '5');
      const want5 = terms(S, T_LOGITS, 0, 0.5, 5);
      await expect.poll(() => widget.getByTestId('soft-kl').innerText()).toBe(want5.softKl);
      expect(await widget.getByTestId('soft-kl-scaled').innerText()).toBe(want5.softKlScaled);
      expect(await widget.getByTestId('total').innerText()).toBe(want5.total);

      await typeInto(page, widget.getByRole('textbox', { name: '软目标的权重 α', exact: true }), '0.8');
      await typeInto(page, widget.getByRole('textbox', { name: '正确标签（类别序号，从 0 开始）', exact: true }), '2');
      const wantA = terms(S, T_LOGITS, 2, 0.8, 5);
      await expect.poll(() => widget.getByTestId('total').innerText()).toBe(wantA.total);
      expect(await widget.getByTestId('hard-ce').innerText()).toBe(wantA.hardCe);
      expect(await widget.getByTestId('weighted-soft').innerText()).toBe(wantA.weightedSoft);
      expect(await widget.getByTestId('weighted-hard').innerText()).toBe(wantA.weightedHard);

      await typeInto(page, widget.getByRole('textbox', { name: 'β', exact: true }), '0.2');
      await expect.poll(() => widget.getByTestId('jsd').innerText()).toBe(jsd(S, T_LOGITS, 0.2, 5));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains bad input and keeps the last good result', async () => {
    const { page, widget, problems, close } = await openWidget(browser, PAGE, 'DistillLoss');
    try {
      const total = terms(S, T_LOGITS, 0, 0.5, 2).total;
      const alpha = widget.getByRole('textbox', { name: '软目标的权重 α', exact: true });
      // None of these passes through a valid value while it is typed, so the default result stays.
      for (const bad of ['', '-', 'abc', '-x']) {
        await typeInto(page, alpha, bad);
        await expect.poll(() => fieldMessage(alpha)).not.toBe('');
        expect(await widget.getByTestId('total').innerText()).toBe(total);
      }
      // "1.5" and "1e309" pass through α = 1 on the way: the last good result is the one at α = 1.
      const atOne = terms(S, T_LOGITS, 0, 1, 2).total;
      for (const bad of ['1.5', '1e309']) {
        await typeInto(page, alpha, bad);
        await expect.poll(() => fieldMessage(alpha)).not.toBe('');
        expect(await widget.getByTestId('total').innerText()).toBe(atOne);
      }
      await typeInto(page, alpha, '0.5');
      const label = widget.getByRole('textbox', { name: '正确标签（类别序号，从 0 开始）', exact: true });
      await typeInto(page, label, '3');
      await expect.poll(() => widget.getByRole('alert').innerText()).toContain('labels[0]');
      expect(await widget.getByTestId('total').innerText()).toBe(total);
      await typeInto(page, label, '0');
      const student = widget.getByRole('textbox', { name: 'student 的 logit', exact: true });
      await typeInto(page, student, '1, 2');
      await expect.poll(() => widget.getByRole('alert').innerText()).toContain('columns');
      expect(await widget.getByTestId('total').innerText()).toBe(total);
      await typeInto(page, student, '1, 0, -1');
      await expect.poll(() => widget.getByRole('alert').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en' + PAGE, 'DistillLoss');
    try {
      expect(await widget.getByRole('textbox', { name: 'Temperature T', exact: true }).inputValue()).toBe('2');
      expect(await widget.getByTestId('total').innerText()).toBe(terms(S, T_LOGITS, 0, 0.5, 2).total);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
