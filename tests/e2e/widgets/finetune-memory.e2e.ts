/**
 * FinetuneMemory: Llama-2-7B with rank-8 LoRA on q, v by default (107.8 GB / 13.54 GB /
 * 3.54 GB, as the text says); new counts give what src/lib computes; bad input shows a
 * message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finetuneMemory, type FinetuneMethod } from '../../../src/lib';
import { formatBytes } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

const PATH = '/docs/sft/peft';
const total = (params: number, method: FinetuneMethod, trainableParams: number) =>
  formatBytes(finetuneMemory({ params, method, trainableParams }).total);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('FinetuneMemory', () => {
  it('shows the worked example and follows new parameter counts', async () => {
    await withWidget(browser, PATH, 'FinetuneMemory', async ({ page, widget }) => {
      const t = (m: FinetuneMethod) => widget.getByTestId(`total-${m}`).innerText();
      expect(await t('full')).toBe(total(6738415616, 'full', 4194304));
      expect(await t('lora')).toBe(total(6738415616, 'lora', 4194304));
      expect(await t('qlora')).toBe(total(6738415616, 'qlora', 4194304));
      expect(await t('lora')).toBe('13.5 GB');
      await typeInto(page, widget.getByLabel('适配器参数量 Φ'), '39976960');
      await expect.poll(() => t('lora')).toBe(total(6738415616, 'lora', 39976960));
      await typeInto(page, widget.getByLabel('模型参数量 Ψ'), '68976648192');
      await expect.poll(() => t('qlora')).toBe(total(68976648192, 'qlora', 39976960));
      expect(await t('full')).toBe(total(68976648192, 'full', 39976960));
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PATH, 'FinetuneMemory', async ({ page, widget }) => {
      const params = widget.getByLabel('模型参数量 Ψ');
      await expectBadInputs(page, params, ['', '-', '1e309', 'abc'], async () => {
        expect(await widget.getByTestId('total-full').innerText()).not.toBe('');
      });
      await typeInto(page, params, '6738415616');
      const adapters = widget.getByLabel('适配器参数量 Φ');
      await typeInto(page, adapters, '-5');
      await expect.poll(() => fieldMessage(adapters)).toContain('trainableParams');
      await typeInto(page, adapters, '2.5');
      await expect.poll(() => fieldMessage(adapters)).toContain('trainableParams');
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en' + PATH, 'FinetuneMemory', async ({ widget }) => {
      expect(await widget.getByLabel('Adapter parameters Φ').inputValue()).toBe('4194304');
      expect(await widget.getByTestId('total-qlora').innerText()).toBe(total(6738415616, 'qlora', 4194304));
    });
  });
});
