/**
 * PreferenceLoss: the chapter's example by default; typing new rewards or pressing a Llama 2
 * margin preset gives the probability, loss and gradient src/lib computes; bad input shows a
 * message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bradleyTerryGradient, bradleyTerryLoss, preferenceProbability } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/reward/bradley-terry';
const shown = (c: number, r: number, m: number) => ({
  p: formatNumber(preferenceProbability(c, r), 4),
  loss: formatNumber(bradleyTerryLoss([c], [r], [m]), 4),
  grad: `${formatNumber(bradleyTerryGradient(c, r, m).dChosen, 4)}, ${formatNumber(bradleyTerryGradient(c, r, m).dRejected, 4)}`,
});

describe('PreferenceLoss', () => {
  it('shows the worked example and follows new rewards and a margin preset', async () => {
    await withWidget(browser, PAGE, 'PreferenceLoss', async ({ page, widget }) => {
      expect(await widget.getByTestId('gap').innerText()).toBe(formatNumber(1.5 - 0.3, 4));
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
      expect(await widget.getByTestId('loss').innerText()).toBe(shown(1.5, 0.3, 0).loss);
      expect(await widget.getByTestId('gradient').innerText()).toBe(shown(1.5, 0.3, 0).grad);
      await typeInto(page, textbox(widget, '被拒回答的奖励 r_r'), '2');
      await expect.poll(() => widget.getByTestId('probability').innerText()).toBe(shown(1.5, 2, 0).p);
      expect(await widget.getByTestId('loss').innerText()).toBe(shown(1.5, 2, 0).loss);
      expect(await widget.getByTestId('gap').innerText()).toBe(formatNumber(1.5 - 2, 4));
      await typeInto(page, textbox(widget, '被拒回答的奖励 r_r'), '0.3');
      await widget.getByRole('button', { name: '明显更好 = 3' }).click();
      await expect.poll(() => widget.getByTestId('loss').innerText()).toBe(shown(1.5, 0.3, 3).loss);
      expect(await widget.getByTestId('gradient').innerText()).toBe(shown(1.5, 0.3, 3).grad);
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'PreferenceLoss', async ({ page, widget }) => {
      const chosen = textbox(widget, '被选回答的奖励 r_c');
      // The gap is part of the kept result too, not a dash beside the kept numbers.
      await expectBadInputs(page, chosen, [''], async () => {
        expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
        expect(await widget.getByTestId('gap').innerText()).toBe(formatNumber(1.5 - 0.3, 4));
      });
      // Typed key by key, "1e309" passes through r_c = 1, the last good value after it.
      await expectBadInputs(page, chosen, ['-', '1e309', 'abc'], async () => {
        expect(await widget.getByTestId('probability').innerText()).not.toBe('—');
        expect(await widget.getByTestId('gap').innerText()).not.toBe('—');
      });
      const margin = textbox(widget, '间隔 m');
      await typeInto(page, margin, '-1');
      await expect.poll(() => fieldMessage(margin)).not.toBe('');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'PreferenceLoss', { 'Margin m': '0' }, async ({ widget }) => {
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
    });
  });
});
