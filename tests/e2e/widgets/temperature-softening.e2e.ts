/**
 * TemperatureSoftening: the default reproduces the worked example of the soft-labels section;
 * a temperature preset, new logits and another true class give what src/lib (darkKnowledge)
 * gives; bad input shows a message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { darkKnowledge } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/distillation/soft-labels';
const DEFAULT = [7, 3.5, 2.5, -1, -2];
const NAMES = ['猫', '狗', '老虎', '汽车', '香蕉'];

function shown(logits: number[], target: number, T: number) {
  const { points, wrongRanking, topWrongIndex } = darkKnowledge(logits, target, [T]);
  const p = points[0];
  return {
    correct: formatNumber(p.correctProb, 4),
    wrongMass: formatNumber(p.wrongMass, 4),
    entropy: formatNumber(p.entropy, 4),
    ratio: `${NAMES[topWrongIndex]}: ${formatNumber(p.ratio, 4)}`,
    ranking: wrongRanking.map((k) => NAMES[k]).join(' > '),
  };
}

describe('TemperatureSoftening', () => {
  it('shows the worked example and follows a preset, new logits and another true class', async () => {
    await withWidget(browser, PAGE, 'TemperatureSoftening', async ({ page, widget }) => {
      // By hand: at T = 2 the true class has e^3.5 / (e^3.5 + e^1.75 + e^1.25 + e^-0.5 + e^-1) ≈ 0.7642.
      expect(await widget.getByTestId('correct-prob').innerText()).toBe('0.7642');
      const want2 = shown(DEFAULT, 0, 2);
      expect(await widget.getByTestId('wrong-mass').innerText()).toBe(want2.wrongMass);
      expect(await widget.getByTestId('entropy').innerText()).toBe(want2.entropy);
      expect(await widget.getByTestId('ratio').innerText()).toBe(want2.ratio);
      expect(await widget.getByTestId('ranking').innerText()).toContain('狗 > 老虎 > 汽车 > 香蕉');

      await widget.getByRole('button', { name: 'T = 5', exact: true }).click();
      const want5 = shown(DEFAULT, 0, 5);
      await expect.poll(() => widget.getByTestId('correct-prob').innerText()).toBe(want5.correct);
      expect(await widget.getByTestId('entropy').innerText()).toBe(want5.entropy);
      expect(await widget.getByTestId('ratio').innerText()).toBe(want5.ratio);

      const logits = widget.getByRole('textbox', { name: /teacher 的 logit/ });
      await typeInto(page, logits, '1, 4, 2, 0.5, 3');
      const want = shown([1, 4, 2, 0.5, 3], 0, 5);
      await expect.poll(() => widget.getByTestId('correct-prob').innerText()).toBe(want.correct);
      expect(await widget.getByTestId('ranking').innerText()).toContain(want.ranking);

      await widget.getByRole('combobox', { name: '正确类别' }).selectOption({ label: '狗' });
      const wantDog = shown([1, 4, 2, 0.5, 3], 1, 5);
      await expect.poll(() => widget.getByTestId('correct-prob').innerText()).toBe(wantDog.correct);
      expect(await widget.getByTestId('wrong-mass').innerText()).toBe(wantDog.wrongMass);
      expect(await widget.getByTestId('ranking').innerText()).toContain(wantDog.ranking);
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'TemperatureSoftening', async ({ page, widget }) => {
      const temperature = textbox(widget, '温度 T');
      // None of these passes through a valid value while it is typed, so the default result stays.
      await expectBadInputs(page, temperature, ['', '-', 'abc', '0', '-2'], async () => {
        expect(await widget.getByTestId('correct-prob').innerText()).toBe('0.7642');
      });
      // "1e309" passes through 1 and 1e3 on the way: the last good result is the one at T = 1000.
      await typeInto(page, temperature, '1e309');
      await expect.poll(() => fieldMessage(temperature)).not.toBe('');
      const want1000 = darkKnowledge(DEFAULT, 0, [1000]).points[0].correctProb;
      expect(await widget.getByTestId('correct-prob').innerText()).toBe(formatNumber(want1000, 4));
      await typeInto(page, temperature, '2');
      const logits = widget.getByRole('textbox', { name: /teacher 的 logit/ });
      await expectBadInputs(page, logits, ['1, 2', '1, x, 2, 3, 4', ''], async () => {
        expect(await widget.getByTestId('correct-prob').innerText()).toBe('0.7642');
      });
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'TemperatureSoftening', { 'Temperature T': '2' }, async ({ widget }) => {
      expect(await widget.getByTestId('correct-prob').innerText()).toBe('0.7642');
      expect(await widget.getByTestId('ranking').innerText()).toContain('dog > tiger > car > banana');
    });
  });
});
