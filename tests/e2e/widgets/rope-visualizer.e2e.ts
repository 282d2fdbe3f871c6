/**
 * RopeVisualizer: equal distances give equal scores (what ropeScore gives); changing a
 * position breaks the equality; bad vectors show a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ropeScore } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const q = [1, 0.5, 0, 1];
const k = [0.5, 1, 1, 0];
const shown = (x: number) => formatNumber(x, 6).replace('-', '−');

describe('RopeVisualizer', () => {
  it('shows equal scores at equal distances and follows a changed position', async () => {
    await withWidget(browser, '/docs/pretraining/positions', 'RopeVisualizer', async ({ page, widget }) => {
      const s1 = widget.getByTestId('score-1');
      const s2 = widget.getByTestId('score-2');
      expect(await s1.innerText()).toBe(shown(ropeScore(q, k, 5, 2)));
      expect(await s2.innerText()).toBe(await s1.innerText());
      const m2 = widget.getByLabel('第二组：q 的位置 m′');
      await typeInto(page, m2, '106');
      await expect.poll(() => s2.innerText()).toBe(shown(ropeScore(q, k, 106, 102)));
      expect(await s2.innerText()).not.toBe(await s1.innerText());
      await m2.press('ArrowDown');
      await expect.poll(() => s2.innerText()).toBe(await s1.innerText());
    });
  });

  it('explains bad input beside the field', async () => {
    await withWidget(browser, '/docs/pretraining/positions', 'RopeVisualizer', async ({ page, widget }) => {
      const qField = widget.getByLabel('查询 q（偶数个数）');
      await expectBadInputs(page, qField, ['', '1, -', '1e309, 1', 'abc']);
      await typeInto(page, qField, '1, 2, 3');
      await expect.poll(() => fieldMessage(qField)).toContain('must be even');
      const baseField = widget.getByLabel('底数 base');
      await typeInto(page, qField, '1, 0.5, 0, 1');
      await typeInto(page, baseField, '-10');
      await expect.poll(() => fieldMessage(baseField)).toContain('base');
      expect(await widget.getByTestId('score-1').innerText()).toBe(shown(ropeScore(q, k, 5, 2)));
    });
  });
});
