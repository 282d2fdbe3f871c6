/**
 * PackingVisualizer: opens on the example of the text (lengths 7, 2, 12, 4, 3, seq_len 8) with
 * the statistics of src/lib's packingStats for both modes; keys and typed lengths change them to
 * what src/lib gives; bad input shows a message beside the field.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packingStats } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { BAD_NUMBER_CASES, expectBadInputMessages, openWidget, typeInto, widgetViolations } from './data-helpers';

async function shown(widget: Locator, mode: 'truncate' | 'pack') {
  const panel = widget.getByTestId(`panel-${mode}`);
  const text = (id: string) => panel.getByTestId(id).innerText();
  return {
    blocks: await text('blocks'),
    kept: await text('kept'),
    eos: await text('eos'),
    padding: await text('padding'),
    dropped: await text('dropped'),
  };
}
function expected(lengths: number[], seqLen: number, mode: 'truncate' | 'pack') {
  const s = packingStats(
    lengths.map((n, i) => new Array<number>(n).fill(i + 1)),
    seqLen,
    mode,
  );
  return {
    blocks: String(s.blocks),
    kept: String(s.realTokens),
    eos: String(s.eosTokens),
    padding: `${s.paddingTokens} (${formatNumber(s.paddingPercent, 3)} %)`,
    dropped: `${s.droppedTokens} (${formatNumber(s.droppedPercent, 3)} %)`,
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('PackingVisualizer', () => {
  it('opens on the example: truncation pads 40 %, packing pads nothing', async () => {
    const { widget, problems, close } = await openWidget(browser, '/docs/data/packing', 'PackingVisualizer');
    try {
      const lengths = [7, 2, 12, 4, 3];
      expect(await shown(widget, 'truncate')).toEqual(expected(lengths, 8, 'truncate'));
      expect(await shown(widget, 'pack')).toEqual(expected(lengths, 8, 'pack'));
      expect(expected(lengths, 8, 'truncate')).toMatchObject({
        blocks: '5',
        padding: '16 (40 %)',
        dropped: '4 (14.3 %)',
      });
      expect(expected(lengths, 8, 'pack')).toMatchObject({ blocks: '4', padding: '0 (0 %)', dropped: '0 (0 %)' });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows the arrow keys on seq_len and typed lengths', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/packing', 'PackingVisualizer');
    try {
      const seqLen = widget.getByRole('textbox', { name: '块长 seq_len' });
      await seqLen.click();
      await page.keyboard.press('ArrowUp');
      expect(await seqLen.inputValue()).toBe('9');
      await expect.poll(() => shown(widget, 'pack')).toEqual(expected([7, 2, 12, 4, 3], 9, 'pack'));
      expect(await shown(widget, 'truncate')).toEqual(expected([7, 2, 12, 4, 3], 9, 'truncate'));

      await typeInto(page, widget.getByRole('textbox', { name: '文档长度（词元）' }), '20, 1, 1');
      await expect.poll(() => shown(widget, 'truncate')).toEqual(expected([20, 1, 1], 9, 'truncate'));
      expect(await shown(widget, 'pack')).toEqual(expected([20, 1, 1], 9, 'pack'));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a message beside bad lengths or a bad seq_len and keeps the last result', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/packing', 'PackingVisualizer');
    try {
      const before = await shown(widget, 'truncate');
      const seqLen = widget.getByRole('textbox', { name: '块长 seq_len' });
      await expectBadInputMessages(page, widget, seqLen, [...BAD_NUMBER_CASES, ['0', /不能小于 1/]]);
      await typeInto(page, seqLen, '8');
      await expect.poll(() => shown(widget, 'truncate')).toEqual(before);
      const lengths = widget.getByRole('textbox', { name: '文档长度（词元）' });
      await expectBadInputMessages(page, widget, lengths, [['abc', /第 1 项：这不是一个数/]]);
      expect(await shown(widget, 'truncate')).toEqual(before);
      await expectBadInputMessages(page, widget, lengths, [
        ['', /至少一个数/],
        ['3, abc', /第 2 项：这不是一个数/],
        ['3, 1.5', /第 2 项：这里需要一个整数/],
      ]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en/docs/data/packing', 'PackingVisualizer');
    try {
      expect(await widget.getByRole('textbox', { name: 'Block length seq_len' }).inputValue()).toBe('8');
      expect(await widget.getByRole('heading', { name: 'Concatenate and pack' }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the src/lib source in the code tab, and reset restores the worked example', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/packing', 'PackingVisualizer');
    try {
      await typeInto(page, widget.getByRole('textbox', { name: '块长 seq_len' }), '4');
      await widget.getByRole('tab', { name: '代码' }).click();
      await expect
        .poll(async () => (await widget.locator('pre').allInnerTexts()).join('\n'), { timeout: 15_000 })
        .toContain('export function packingStats');
      // Prism arrives in its own chunk (src/theme/CodeBlock): the code ends up highlighted.
      await expect.poll(() => widget.locator('pre .token.keyword').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await widget.getByRole('tab', { name: '交互' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      await expect.poll(() => shown(widget, 'pack')).toEqual(expected([7, 2, 12, 4, 3], 8, 'pack'));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility violation in dark mode', async () => {
    const { page, problems, close } = await openWidget(browser, '/docs/data/packing', 'PackingVisualizer', 'dark');
    try {
      expect(await widgetViolations(page, 'PackingVisualizer')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
