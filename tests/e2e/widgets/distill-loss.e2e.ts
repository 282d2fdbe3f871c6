/**
 * DistillLoss: the default reproduces the worked example of the Hinton-loss section; a new
 * temperature, weight, label and β give the terms src/lib (distillationTerms, generalizedJsd)
 * gives; bad input shows a message and keeps the page alive; the English page works.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distillationTerms, generalizedJsd } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

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

/**
 * The message of `field` is its own: the field is marked invalid and described by `${id}-error`,
 * which sits in the same field, under the box, and above the next row of fields (`below`).
 */
async function expectMessageBeside(widget: Locator, field: Locator, below: Locator) {
  const id = await field.getAttribute('id');
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.getAttribute('aria-describedby')).toBe(`${id}-error`);
  const message = widget.locator(`[data-field]:has([id="${id}"]) [id="${id}-error"]`);
  expect(await message.count()).toBe(1);
  const [box, msg, next] = await Promise.all([field.boundingBox(), message.boundingBox(), below.boundingBox()]);
  if (!box || !msg || !next) throw new Error('the label field, its message or the next field is not laid out');
  expect(msg.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  expect(msg.x).toBeLessThan(box.x + box.width);
  expect(msg.x + msg.width).toBeGreaterThan(box.x);
  expect(msg.y + msg.height).toBeLessThanOrEqual(next.y);
}

describe('DistillLoss', () => {
  it('shows the worked example and follows T, α, the label and β', async () => {
    await withWidget(browser, PAGE, 'DistillLoss', async ({ page, widget }) => {
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

      await typeInto(page, textbox(widget, '温度 T'), '5');
      const want5 = terms(S, T_LOGITS, 0, 0.5, 5);
      await expect.poll(() => widget.getByTestId('soft-kl').innerText()).toBe(want5.softKl);
      expect(await widget.getByTestId('soft-kl-scaled').innerText()).toBe(want5.softKlScaled);
      expect(await widget.getByTestId('total').innerText()).toBe(want5.total);

      await typeInto(page, textbox(widget, '软目标的权重 α'), '0.8');
      await typeInto(page, textbox(widget, '正确标签（类别序号，从 0 开始）'), '2');
      const wantA = terms(S, T_LOGITS, 2, 0.8, 5);
      await expect.poll(() => widget.getByTestId('total').innerText()).toBe(wantA.total);
      expect(await widget.getByTestId('hard-ce').innerText()).toBe(wantA.hardCe);
      expect(await widget.getByTestId('weighted-soft').innerText()).toBe(wantA.weightedSoft);
      expect(await widget.getByTestId('weighted-hard').innerText()).toBe(wantA.weightedHard);

      await typeInto(page, textbox(widget, 'β'), '0.2');
      await expect.poll(() => widget.getByTestId('jsd').innerText()).toBe(jsd(S, T_LOGITS, 0.2, 5));
    });
  });

  it('explains bad input and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'DistillLoss', async ({ page, widget }) => {
      const total = terms(S, T_LOGITS, 0, 0.5, 2).total;
      const alpha = textbox(widget, '软目标的权重 α');
      // None of these passes through a valid value while it is typed, so the default result stays.
      await expectBadInputs(page, alpha, ['', '-', 'abc', '-x'], async () => {
        expect(await widget.getByTestId('total').innerText()).toBe(total);
      });
      // "1.5" and "1e309" pass through α = 1 on the way: the last good result is the one at α = 1.
      const atOne = terms(S, T_LOGITS, 0, 1, 2).total;
      await expectBadInputs(page, alpha, ['1.5', '1e309'], async () => {
        expect(await widget.getByTestId('total').innerText()).toBe(atOne);
      });
      await typeInto(page, alpha, '0.5');
      const label = textbox(widget, '正确标签（类别序号，从 0 开始）');
      await typeInto(page, label, '3');
      // The lib's message about the label stands beside the label field, not under all the fields.
      await expect.poll(() => fieldMessage(label)).toContain('labels[0]');
      await expectMessageBeside(widget, label, textbox(widget, '软目标的权重 α'));
      expect(await widget.getByRole('alert').count()).toBe(0);
      expect(await widget.getByTestId('total').innerText()).toBe(total);
      await typeInto(page, label, '0');
      await expect.poll(() => fieldMessage(label)).toBe('');
      expect(await label.getAttribute('aria-invalid')).toBeNull();
      const student = textbox(widget, 'student 的 logit');
      await typeInto(page, student, '1, 2');
      await expect.poll(() => widget.getByRole('alert').innerText()).toContain('columns');
      expect(await widget.getByTestId('total').innerText()).toBe(total);
      await typeInto(page, student, '1, 0, -1');
      await expect.poll(() => widget.getByRole('alert').count()).toBe(0);
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'DistillLoss', { 'Temperature T': '2' }, async ({ widget }) => {
      expect(await widget.getByTestId('total').innerText()).toBe(terms(S, T_LOGITS, 0, 0.5, 2).total);
    });
  });
});
