/**
 * LrScheduleChart: LLaMA-1 65B's cosine schedule by default; the rate read at a step is
 * what learningRate gives for the typed settings; bad input shows a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learningRate } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const shown = (x: number) => formatNumber(x, 4).replace(' × 10^', ' × 10').replace('-', '−');
const base = { peak: 1.5e-4, warmupSteps: 2000, totalSteps: 350000, minRatio: 0.1 };

describe('LrScheduleChart', () => {
  it('reads the rate at a step for the chosen schedule', async () => {
    await withWidget(browser, '/docs/pretraining/optimization', 'LrScheduleChart', async ({ page, widget }) => {
      const at = widget.getByTestId('lr-at-step');
      expect(await at.innerText()).toBe(shown(learningRate(175000, { ...base, schedule: 'cosine' })));
      await typeInto(page, widget.getByLabel('查看第几步'), '1000');
      await expect.poll(() => at.innerText()).toBe(shown(learningRate(1000, { ...base, schedule: 'cosine' })));
      await widget.getByLabel('调度').selectOption('wsd');
      await typeInto(page, widget.getByLabel('查看第几步'), '340000');
      await expect
        .poll(() => at.innerText())
        .toBe(shown(learningRate(340000, { ...base, schedule: 'wsd', decaySteps: 35000 })));
    });
  });

  it('explains bad input beside the field', async () => {
    await withWidget(browser, '/docs/pretraining/optimization', 'LrScheduleChart', async ({ page, widget }) => {
      const warmup = widget.getByLabel('预热步数');
      await expectBadInputs(page, warmup, ['', '-', '1e309', 'abc']);
      await typeInto(page, warmup, '400000');
      await expect.poll(() => fieldMessage(warmup)).toContain('warmupSteps');
      await typeInto(page, warmup, '-5');
      await expect.poll(() => fieldMessage(warmup)).toContain('warmupSteps');
      expect(await widget.getByTestId('lr-at-step').innerText()).not.toBe('—');
    });
  });
});
