/**
 * LoraExplorer: Llama-2-7B with rank-8 LoRA on q, v by default (4 194 304 parameters, as the
 * text says); a new rank or target set and a new α give what src/lib computes; a bad rank
 * or α shows a message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LORA_DEMO, LORA_TARGET_SETS, MODEL_PRESETS, loraMerge, loraTrainableParams } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

const PATH = '/docs/sft/lora';
const trainable = (preset: keyof typeof MODEL_PRESETS, set: keyof typeof LORA_TARGET_SETS, r: number) =>
  loraTrainableParams({ ...MODEL_PRESETS[preset], targets: LORA_TARGET_SETS[set] }, r).trainable.toLocaleString(
    'en-US',
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('LoraExplorer', () => {
  it('shows the worked example and follows the rank, the layers, the model and α', async () => {
    await withWidget(browser, PATH, 'LoraExplorer', async ({ page, widget }) => {
      const count = widget.getByTestId('trainable');
      expect(await count.innerText()).toBe('4,194,304');
      expect(await widget.getByTestId('fraction').innerText()).toBe('0.0622 %');
      await typeInto(page, widget.getByLabel('秩 r'), '16');
      await expect.poll(() => count.innerText()).toBe(trainable('llama-2-7b', 'qv', 16));
      await widget.getByRole('combobox', { name: '加适配器的层' }).selectOption('all');
      await expect.poll(() => count.innerText()).toBe(trainable('llama-2-7b', 'all', 16));
      await widget.getByRole('combobox', { name: '模型' }).selectOption('llama-3-8b');
      await expect.poll(() => count.innerText()).toBe(trainable('llama-3-8b', 'all', 16));

      const merged = widget.getByTestId('merged');
      expect(await merged.locator('tr').first().locator('td').allInnerTexts()).toEqual(
        [0.7, -0.2, 0.3, 0].map((x) => formatNumber(x, 3)),
      );
      await typeInto(page, widget.getByLabel('α（lora_alpha）'), '8');
      const want = loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, 8);
      await expect.poll(() => widget.getByTestId('scale').innerText()).toBe(formatNumber(want.scale, 4));
      expect(await merged.locator('tr').first().locator('td').allInnerTexts()).toEqual(
        want.merged[0].map((x) => formatNumber(x, 3)),
      );
    });
  });

  it('explains a bad rank or α beside the field and keeps the last good result', async () => {
    await withWidget(browser, PATH, 'LoraExplorer', async ({ page, widget }) => {
      const rank = widget.getByLabel('秩 r');
      await expectBadInputs(page, rank, ['', '-', '1e309', 'abc', '-8', '0', '2.5'], async () => {
        expect(await widget.getByTestId('trainable').innerText()).not.toBe('');
      });
      const alpha = widget.getByLabel('α（lora_alpha）');
      await typeInto(page, alpha, '0');
      await expect.poll(() => fieldMessage(alpha)).toContain('alpha');
      expect(await widget.getByTestId('merged').isVisible()).toBe(true);
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en' + PATH, 'LoraExplorer', async ({ widget }) => {
      expect(await widget.getByLabel('Rank r').inputValue()).toBe('8');
      expect(await widget.getByTestId('trainable').innerText()).toBe('4,194,304');
    });
  });
});
