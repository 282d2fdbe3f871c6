/**
 * BpeTrainer: opens on the Chinese example of the text (45 bytes → 30 tokens after 5 merges,
 * token 260 = 数据); arrow keys, typed text and the preset menu change the view to what src/lib
 * (bpeTrainSteps, bpeEncode) gives; bad numbers show a message beside the field.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpeEncode, bpeTrainSteps } from '../../../src/lib';
import { launch } from '../browser';
import { BAD_NUMBER_CASES, expectBadInputMessages, openWidget, typeInto, widgetViolations } from './data-helpers';

const ZH = '数据清洗，数据去重，数据配比。';

function summary(text: string, merges: number, step: number): string {
  const steps = bpeTrainSteps(text, merges);
  const k = Math.min(step, steps.length);
  const bytes = bpeEncode(text, []).length;
  const tokens = k === 0 ? bytes : steps[k - 1].tokenCountAfter;
  return `${Array.from(text).length} 个字符 = ${bytes} 个 UTF-8 字节；${k} 次合并之后是 ${tokens} 个词元。`;
}
const mergeRows = (widget: Locator) => widget.getByTestId('merges').locator('tbody tr');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('BpeTrainer', () => {
  it('opens on the Chinese example: 45 bytes, 30 tokens after 5 merges, token 260 = 数据', async () => {
    const { widget, problems, close } = await openWidget(browser, '/docs/data/tokenization', 'BpeTrainer');
    try {
      expect(summary(ZH, 10, 5)).toBe('15 个字符 = 45 个 UTF-8 字节；5 次合并之后是 30 个词元。');
      expect(await widget.getByTestId('summary').innerText()).toBe(summary(ZH, 10, 5));
      expect(await mergeRows(widget).count()).toBe(5);
      expect(await mergeRows(widget).first().locator('td').nth(3).innerText()).toBe('\\xe6\\x95');
      expect(await mergeRows(widget).last().locator('td').nth(3).innerText()).toBe('数据');
      expect(await widget.getByTestId('tokens').locator('li').count()).toBe(30);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('steps with the arrow keys and retrains on typed text', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/tokenization', 'BpeTrainer');
    try {
      const step = widget.getByRole('textbox', { name: '查看第几步' });
      await step.click();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await step.inputValue()).toBe('7');
      await expect.poll(() => widget.getByTestId('summary').innerText()).toBe(summary(ZH, 10, 7));
      expect(await mergeRows(widget).last().locator('td').nth(3).innerText()).toBe(bpeTrainSteps(ZH, 10)[6].label);

      await typeInto(page, widget.getByRole('textbox', { name: '训练文本' }), 'abababcab');
      await expect.poll(() => widget.getByTestId('summary').innerText()).toBe(summary('abababcab', 10, 7));
      expect(await widget.getByRole('combobox', { name: '示例文本' }).inputValue()).toBe('own');

      await widget.getByRole('combobox', { name: '示例文本' }).selectOption('minbpe');
      await expect.poll(() => widget.getByTestId('summary').innerText()).toBe(summary('aaabdaaabac', 10, 7));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a message beside a bad number of merges and keeps the last result', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/tokenization', 'BpeTrainer');
    try {
      const merges = widget.getByRole('textbox', { name: '合并次数' });
      await expectBadInputMessages(page, widget, merges, [['abc', /这不是一个数/]]);
      expect(await widget.getByTestId('summary').innerText()).toBe(summary(ZH, 10, 5));
      await expectBadInputMessages(page, widget, merges, [...BAD_NUMBER_CASES, ['201', /不能大于 200/]]);
      await typeInto(page, merges, '3');
      await expect.poll(() => widget.getByTestId('summary').innerText()).toBe(summary(ZH, 3, 3));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en/docs/data/tokenization', 'BpeTrainer');
    try {
      expect(await widget.getByTestId('summary').innerText()).toBe(
        '15 characters = 45 UTF-8 bytes; after 5 merges, 30 tokens.',
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the src/lib source in the code tab, and reset restores the worked example', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/tokenization', 'BpeTrainer');
    try {
      await typeInto(page, widget.getByRole('textbox', { name: '合并次数' }), '2');
      await widget.getByRole('tab', { name: '代码' }).click();
      await expect
        .poll(async () => (await widget.locator('pre').allInnerTexts()).join('\n'), { timeout: 15_000 })
        .toContain('export function bpeTrainSteps');
      await widget.getByRole('tab', { name: '交互' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      await expect.poll(() => widget.getByTestId('summary').innerText()).toEqual(summary(ZH, 10, 5));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility violation in dark mode', async () => {
    const { page, problems, close } = await openWidget(browser, '/docs/data/tokenization', 'BpeTrainer', 'dark');
    try {
      expect(await widgetViolations(page, 'BpeTrainer')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
