/**
 * PpoClipExplorer: the chapter's four tokens by default (loss ≈ 0.02466, clip fraction 50 %);
 * a new ε or new log-probabilities give what src/lib (ppoClipLoss, ppoClipObjective) computes,
 * the flat regions are shaded on both charts, and bad input is explained beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ppoClipLoss, ppoClipObjective } from '../../../src/lib';
import { formatNumber, formatPercent } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withEnglishWidget, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/ppo-objective';
const OLD = [-1, -1, -1, -1];
const ADV = [1, 1, -1, -1];
const shown = (lp: number[], eps: number) => {
  const r = ppoClipLoss(lp, OLD, ADV, eps);
  return { loss: formatNumber(r.loss, 4), clip: formatPercent(r.clipFraction, 3) };
};

describe('PpoClipExplorer', () => {
  it('shows the worked example, shades the flat regions and follows ε and new log-probabilities', async () => {
    await withWidget(browser, PAGE, 'PpoClipExplorer', async ({ page, widget }) => {
      const lp = [-0.5, -1.5, -0.9, -1.5];
      expect(await widget.getByTestId('ppo-loss').innerText()).toBe(shown(lp, 0.2).loss);
      expect(await widget.getByTestId('clip-fraction').innerText()).toBe('50 %');
      expect(await widget.locator('[data-band]').count()).toBe(2);
      // The first chart's data table (A = +1): the row at ρ = 1.6 lies in the flat region.
      const row = widget.locator('figure').first().locator('tbody tr').nth(8);
      const p = ppoClipObjective(1.6, 1, 0.2);
      expect(await row.textContent()).toBe(
        formatNumber(1.6, 3) + formatNumber(p.objective, 4) + formatNumber(p.slope, 4),
      );

      await typeInto(page, textbox(widget, '裁剪范围 ε'), '0.3');
      await expect.poll(() => widget.getByTestId('ppo-loss').innerText()).toBe(shown(lp, 0.3).loss);
      expect(await widget.getByTestId('clip-fraction').innerText()).toBe(shown(lp, 0.3).clip);
      const q = ppoClipObjective(1.6, 1, 0.3);
      await expect
        .poll(() => row.textContent())
        .toBe(formatNumber(1.6, 3) + formatNumber(q.objective, 4) + formatNumber(q.slope, 4));

      const lp2 = [-0.5, -0.8, -0.9, -1.5];
      await typeInto(page, textbox(widget, '新策略的对数概率 log π_θ'), lp2.join(', '));
      await expect.poll(() => widget.getByTestId('ppo-loss').innerText()).toBe(shown(lp2, 0.3).loss);
      expect(await widget.getByTestId('clip-fraction').innerText()).toBe(shown(lp2, 0.3).clip);
      expect(await widget.getByTestId('token-row').count()).toBe(4);
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'PpoClipExplorer', async ({ page, widget }) => {
      const good = shown([-0.5, -1.5, -0.9, -1.5], 0.2).loss;
      const eps = textbox(widget, '裁剪范围 ε');
      await expectBadInputs(page, eps, ['', '-', '1e309', 'abc', '0'], async () => {
        expect(await widget.getByTestId('ppo-loss').innerText()).toBe(good);
      });
      await typeInto(page, eps, '0.2');
      const adv = textbox(widget, '每个词元的优势 A_t');
      await typeInto(page, adv, '1, 1');
      await expect.poll(() => fieldMessage(adv)).toContain('length');
      expect(await widget.getByTestId('ppo-loss').innerText()).toBe(good);
      const lp = textbox(widget, '新策略的对数概率 log π_θ');
      await typeInto(page, lp, '0.5, -1, -1, -1');
      await expect.poll(() => fieldMessage(lp)).not.toBe('');
    });
  });

  it('speaks English on the English page', async () => {
    await withEnglishWidget(browser, PAGE, 'PpoClipExplorer', { 'Clip range ε': '0.2' }, async ({ widget }) => {
      expect(await widget.getByTestId('clip-fraction').innerText()).toBe('50 %');
      expect(await widget.locator('[data-band="zero gradient"]').count()).toBe(2);
    });
  });
});
