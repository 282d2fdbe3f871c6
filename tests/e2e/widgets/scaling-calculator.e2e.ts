/**
 * ScalingCalculator: Llama 3.1 405B by default (3.8 × 10^25 FLOPs); presets and typed
 * values give the numbers src/lib computes; bad input shows a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinchillaOptimal, trainingDays, trainingFlops } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Num renders "3.79 × 10<sup>25</sup>", whose text is "3.79 × 1025". */
const numText = (x: number, digits: number) => formatNumber(x, digits).replace(' × 10^', ' × 10');

describe('ScalingCalculator', () => {
  it('reproduces Llama 3.1 405B and LLaMA-1 65B from their presets', async () => {
    await withWidget(browser, '/docs/pretraining/scaling', 'ScalingCalculator', async ({ widget }) => {
      const flops = widget.getByTestId('flops');
      expect(await flops.innerText()).toContain(numText(trainingFlops(405e9, 15.6e12), 3));
      expect(formatNumber(trainingFlops(405e9, 15.6e12), 2)).toBe('3.8 × 10^25');
      const days405 = trainingDays(trainingFlops(405e9, 15.6e12), { gpus: 16384, peakFlops: 989e12, mfu: 0.4 });
      expect(await widget.getByTestId('days').innerText()).toBe(formatNumber(days405, 3));
      await widget.getByLabel('预设（选中后填入下方）').selectOption('llama1');
      const days65 = trainingDays(trainingFlops(65e9, 1.4e12), { gpus: 2048, peakFlops: 312e12, mfu: 0.475 });
      await expect.poll(() => widget.getByTestId('days').innerText()).toBe(formatNumber(days65, 3));
      expect(Math.round(days65)).toBe(21);
      await widget.getByLabel('预设（选中后填入下方）').selectOption('chinchilla');
      await expect.poll(() => widget.getByTestId('optimal').innerText()).toContain('N ≈ 32.5B');
      // Its tokens per parameter: D / N of the fit's optimum, divided here by hand.
      const opt = chinchillaOptimal(trainingFlops(70e9, 1.4e12));
      expect(await widget.getByTestId('optimal').innerText()).toContain(
        `（每参数 ${formatNumber(opt.tokens / opt.params, 3)} 个词元）`,
      );
    });
  });

  it('follows typed values and explains bad input', async () => {
    await withWidget(browser, '/docs/pretraining/scaling', 'ScalingCalculator', async ({ page, widget }) => {
      const tokens = widget.getByLabel('训练词元数 D');
      await typeInto(page, tokens, '2e12');
      await expect
        .poll(() => widget.getByTestId('flops').innerText())
        .toContain(numText(trainingFlops(405e9, 2e12), 3));
      const gpus = widget.getByLabel('GPU 数量');
      await typeInto(page, gpus, '8192');
      const d = trainingDays(trainingFlops(405e9, 2e12), { gpus: 8192, peakFlops: 989e12, mfu: 0.4 });
      await expect.poll(() => widget.getByTestId('days').innerText()).toBe(formatNumber(d, 3));
      await expectBadInputs(page, tokens, ['', '-', '1e309', 'abc']);
      await typeInto(page, tokens, '-5');
      await expect.poll(() => fieldMessage(tokens)).toContain('tokens');
      const mfu = textbox(widget, 'MFU（0–1）');
      await typeInto(page, mfu, '1.5');
      await expect.poll(() => fieldMessage(mfu)).toContain('mfu');
      await typeInto(page, gpus, '0');
      await expect.poll(() => fieldMessage(gpus)).toContain('gpus');
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en/docs/pretraining/scaling', 'ScalingCalculator', async ({ widget }) => {
      expect(await widget.getByLabel('Training tokens D').inputValue()).toBe('15.6e12');
      expect(await widget.getByTestId('flops').innerText()).toContain('3.79 × 1025');
    });
  });
});
