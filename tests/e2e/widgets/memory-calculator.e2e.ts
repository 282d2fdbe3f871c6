/**
 * MemoryCalculator: the ZeRO paper's example by default; typing a new parameter count or
 * GPU count gives the per-GPU bytes src/lib computes; bad input shows a message beside
 * the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelStateBytes } from '../../../src/lib';
import { formatBytes } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('MemoryCalculator', () => {
  it('shows the ZeRO paper example and follows a new GPU count and stage', async () => {
    await withWidget(browser, '/docs/pretraining/distributed', 'MemoryCalculator', async ({ page, widget }) => {
      const total = widget.getByTestId('total');
      expect(await total.innerText()).toBe(
        formatBytes(modelStateBytes({ params: 7.5e9, zeroStage: 3, dataParallel: 64 })),
      );
      expect(await total.innerText()).toBe('1.88 GB');
      const dp = widget.getByLabel('数据并行 GPU 数 N_d');
      await typeInto(page, dp, '8');
      await expect
        .poll(() => total.innerText())
        .toBe(formatBytes(modelStateBytes({ params: 7.5e9, zeroStage: 3, dataParallel: 8 })));
      await widget.getByRole('combobox', { name: 'ZeRO 阶段', exact: true }).selectOption('1');
      await expect
        .poll(() => total.innerText())
        .toBe(formatBytes(modelStateBytes({ params: 7.5e9, zeroStage: 1, dataParallel: 8 })));
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, '/docs/pretraining/distributed', 'MemoryCalculator', async ({ page, widget }) => {
      const params = widget.getByLabel('参数量 Ψ');
      const dp = widget.getByLabel('数据并行 GPU 数 N_d');
      await expectBadInputs(page, params, ['', '-', '1e309', 'abc'], async () => {
        // Typing '1e309' passes through the valid '1e30': the last good result stays shown.
        expect(await widget.getByTestId('total').innerText()).not.toBe('—');
      });
      await typeInto(page, params, '7.5e9');
      await typeInto(page, dp, '-4');
      await expect.poll(() => fieldMessage(dp)).toContain('dataParallel');
      await typeInto(page, dp, '2.5');
      await expect.poll(() => fieldMessage(dp)).toContain('dataParallel');
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en/docs/pretraining/distributed', 'MemoryCalculator', async ({ widget }) => {
      expect(await widget.getByLabel('Data-parallel GPUs N_d').inputValue()).toBe('64');
      expect(await widget.getByTestId('total').innerText()).toBe('1.88 GB');
    });
  });
});
