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
import { fieldMessage, openWidget, typeInto } from './pretraining-helpers';

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
    const { page, widget, problems, close } = await openWidget(browser, PAGE, 'PreferenceLoss');
    try {
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
      expect(await widget.getByTestId('loss').innerText()).toBe(shown(1.5, 0.3, 0).loss);
      expect(await widget.getByTestId('gradient').innerText()).toBe(shown(1.5, 0.3, 0).grad);
      await typeInto(page, widget.getByRole('textbox', { name: '被拒回答的奖励 r_r', exact: true }), '2');
      await expect.poll(() => widget.getByTestId('probability').innerText()).toBe(shown(1.5, 2, 0).p);
      expect(await widget.getByTestId('loss').innerText()).toBe(shown(1.5, 2, 0).loss);
      await typeInto(page, widget.getByRole('textbox', { name: '被拒回答的奖励 r_r', exact: true }), '0.3');
      await widget.getByRole('button', { name: '明显更好 = 3' }).click();
      await expect.poll(() => widget.getByTestId('loss').innerText()).toBe(shown(1.5, 0.3, 3).loss);
      expect(await widget.getByTestId('gradient').innerText()).toBe(shown(1.5, 0.3, 3).grad);
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    const { page, widget, problems, close } = await openWidget(browser, PAGE, 'PreferenceLoss');
    try {
      const chosen = widget.getByRole('textbox', { name: '被选回答的奖励 r_c', exact: true });
      for (const bad of ['', '-', '1e309', 'abc']) {
        await typeInto(page, chosen, bad);
        await expect.poll(() => fieldMessage(chosen)).not.toBe('');
        expect(await widget.getByTestId('probability').innerText()).not.toBe('');
      }
      const margin = widget.getByRole('textbox', { name: '间隔 m', exact: true });
      await typeInto(page, margin, '-1');
      await expect.poll(() => fieldMessage(margin)).not.toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en' + PAGE, 'PreferenceLoss');
    try {
      expect(await widget.getByRole('textbox', { name: 'Margin m', exact: true }).inputValue()).toBe('0');
      expect(await widget.getByTestId('probability').innerText()).toBe('0.7685');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
