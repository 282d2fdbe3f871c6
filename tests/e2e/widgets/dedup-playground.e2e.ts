/**
 * DedupPlayground: the default pair gives the Jaccard, MinHash estimate and LSH numbers of the
 * text (all from src/lib); keys and typing change them to what src/lib gives for the new input;
 * bad numbers show the kit's message beside the field and the last result stays.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  charShingles,
  jaccard,
  lshCandidateProbability,
  lshThreshold,
  minhashSignature,
  minhashSimilarity,
} from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { BAD_NUMBER_CASES, expectBadInputMessages, openWidget, typeInto, widgetViolations } from './data-helpers';

const ZH_A = '大语言模型的预训练数据主要来自网页、书籍和代码，清洗和去重是其中的关键步骤。';
const ZH_B = '大语言模型的预训练数据大多来自网页、书籍和代码，清洗和去重是其中的关键步骤。';

function expected(a: string, b: string, n: number, bands: number, rows: number) {
  const sa = charShingles(a, n);
  const sb = charShingles(b, n);
  const shared = [...sa].filter((s) => sb.has(s)).length;
  const j = jaccard(sa, sb);
  return {
    jaccard: `${shared} / ${sa.size + sb.size - shared} = ${formatNumber(j, 3)}`,
    minhash: formatNumber(minhashSimilarity(minhashSignature(sa, bands * rows), minhashSignature(sb, bands * rows)), 3),
    threshold: formatNumber(lshThreshold(bands, rows), 3),
    candidate: formatNumber(lshCandidateProbability(j, bands, rows), 3),
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('DedupPlayground', () => {
  it('opens on the worked example of the text: J = 32/40 = 0.8, FineWeb’s 14 × 8 bands', async () => {
    const { widget, problems, close } = await openWidget(browser, '/docs/data/dedup', 'DedupPlayground');
    try {
      const want = expected(ZH_A, ZH_B, 3, 14, 8);
      expect(want.jaccard).toBe('32 / 40 = 0.8');
      expect(await widget.getByTestId('jaccard').innerText()).toBe(want.jaccard);
      expect(await widget.getByTestId('minhash').innerText()).toBe(want.minhash);
      expect(await widget.getByTestId('threshold').innerText()).toBe('0.719');
      expect(await widget.getByTestId('candidate').innerText()).toBe(want.candidate);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows arrow keys on the rows and typed text to the values src/lib gives', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/dedup', 'DedupPlayground');
    try {
      const rows = widget.getByRole('textbox', { name: '每带行数 r' });
      await rows.click();
      await page.keyboard.press('ArrowUp');
      expect(await rows.inputValue()).toBe('9');
      let want = expected(ZH_A, ZH_B, 3, 14, 9);
      await expect.poll(() => widget.getByTestId('threshold').innerText()).toBe(want.threshold);
      expect(await widget.getByTestId('candidate').innerText()).toBe(want.candidate);
      expect(await widget.getByTestId('minhash').innerText()).toBe(want.minhash);

      const textB = widget.getByRole('textbox', { name: '文本 B' });
      await typeInto(page, textB, '清洗和去重是关键步骤');
      want = expected(ZH_A, '清洗和去重是关键步骤', 3, 14, 9);
      await expect.poll(() => widget.getByTestId('jaccard').innerText()).toBe(want.jaccard);
      expect(await widget.getByTestId('minhash').innerText()).toBe(want.minhash);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a message beside a bad number and keeps the last result', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/dedup', 'DedupPlayground');
    try {
      const bands = widget.getByRole('textbox', { name: '分带数 b' });
      await expectBadInputMessages(page, widget, bands, [['abc', /这不是一个数/]]);
      expect(await widget.getByTestId('threshold').innerText()).toBe('0.719');
      await expectBadInputMessages(page, widget, bands, [...BAD_NUMBER_CASES, ['0', /不能小于 1/], ['2.5', /整数/]]);
      expect(await widget.getByTestId('jaccard').innerText()).toBe('32 / 40 = 0.8');
      await typeInto(page, bands, '20');
      await expect.poll(() => widget.getByTestId('threshold').innerText()).toBe(formatNumber(lshThreshold(20, 8), 3));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page, with an English default pair', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en/docs/data/dedup', 'DedupPlayground');
    try {
      await expect(widget.getByRole('textbox', { name: 'Bands b' }).inputValue()).resolves.toBe('14');
      const want = expected(
        'Pretraining data for large language models comes mostly from web pages, books and code.',
        'Pretraining data for large language models comes mainly from web pages, books, and code.',
        3,
        14,
        8,
      );
      expect(want.jaccard).toBe('73 / 85 = 0.859');
      expect(await widget.getByTestId('jaccard').innerText()).toBe(want.jaccard);
      expect(await widget.getByTestId('minhash').innerText()).toBe(want.minhash);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the src/lib source in the code tab, and reset restores the worked example', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/dedup', 'DedupPlayground');
    try {
      await typeInto(page, widget.getByRole('textbox', { name: '分带数 b' }), '20');
      await widget.getByRole('tab', { name: '代码' }).click();
      await expect
        .poll(async () => (await widget.locator('pre').allInnerTexts()).join('\n'), { timeout: 15_000 })
        .toContain('export function lshCandidateProbability');
      await widget.getByRole('tab', { name: '交互' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      await expect.poll(() => widget.getByTestId('threshold').innerText()).toEqual('0.719');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility violation in dark mode', async () => {
    const { page, problems, close } = await openWidget(browser, '/docs/data/dedup', 'DedupPlayground', 'dark');
    try {
      expect(await widgetViolations(page, 'DedupPlayground')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
