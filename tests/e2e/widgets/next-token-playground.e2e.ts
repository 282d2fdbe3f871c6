/**
 * NextTokenPlayground: training in the browser gives the same model as src/lib in Node
 * (same seed, same steps), so the distribution and the seeded sample shown match what the
 * library computes; stop works; bad input shows a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  charLmNextLogits,
  createCharLm,
  createRng,
  nextTokenDistribution,
  sampleFromProbs,
  trainCharLm,
} from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { CORPORA, type CorpusId } from '../../../src/components/pretraining/NextTokenPlayground/corpora';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function expected(
  corpus: CorpusId,
  steps: number,
  prompt: string,
  opts: { temperature: number; topK: number; topP: number },
  seed: number,
) {
  const m = createCharLm(CORPORA[corpus].text, {}, createRng(42));
  for (let i = 0; i < steps; i++) trainCharLm(m, 1, { learningRate: 0.01, batchSize: 32 });
  const d = nextTokenDistribution(charLmNextLogits(m, prompt), opts);
  const best = d.probs.map((p, i) => [i, p] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return {
    char: m.vocab[best[0]],
    p: formatNumber(best[1], 3),
    sampled: m.vocab[sampleFromProbs(d.afterTopP, createRng(seed))],
  };
}

describe('NextTokenPlayground', () => {
  it('trains in the browser to the model src/lib gives, then samples with the seed', async () => {
    await withWidget(browser, '/docs/pretraining/objective', 'NextTokenPlayground', async ({ page, widget }) => {
      await typeInto(page, widget.getByLabel('训练步数'), '100');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await expect
        .poll(() => widget.getByTestId('train-status').innerText(), { timeout: 60_000 })
        .toContain('已训练 100 步');
      const want = expected('zh', 100, '损失就', { temperature: 1, topK: 5, topP: 0.9 }, 1);
      const first = widget.getByTestId('distribution').locator('tbody tr').first();
      await expect.poll(() => first.locator('th').innerText()).toBe(want.char);
      expect(await first.locator('td').first().innerText()).toBe(want.p);
      expect(await widget.getByTestId('sampled').innerText()).toBe(want.sampled);
      await typeInto(page, textbox(widget, '温度 T'), '0.5');
      await typeInto(page, widget.getByLabel('采样种子'), '7');
      const want2 = expected('zh', 100, '损失就', { temperature: 0.5, topK: 5, topP: 0.9 }, 7);
      await expect.poll(() => first.locator('td').first().innerText()).toBe(want2.p);
      expect(await widget.getByTestId('sampled').innerText()).toBe(want2.sampled);
      // The loss curve has one point per 10 steps, listed in its data table.
      expect(await widget.locator('figure table tbody tr').count()).toBe(10);
    });
  });

  it('stops when asked', async () => {
    await withWidget(browser, '/docs/pretraining/objective', 'NextTokenPlayground', async ({ widget }) => {
      await widget.getByLabel('训练步数').fill('5000');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await widget.getByRole('button', { name: '停止' }).click();
      await expect.poll(() => widget.getByRole('status').filter({ hasText: '已停止' }).count()).toBe(1);
    });
  });

  it('explains bad input beside the field', async () => {
    await withWidget(browser, '/docs/pretraining/objective', 'NextTokenPlayground', async ({ page, widget }) => {
      const steps = widget.getByLabel('训练步数');
      await expectBadInputs(page, steps, ['', '-', '1e309', 'abc', '-3']);
      const t = textbox(widget, '温度 T');
      await typeInto(page, t, '0');
      await expect.poll(() => fieldMessage(t)).toContain('temperature');
      await typeInto(page, t, '1');
      const prompt = widget.getByLabel('提示词');
      await typeInto(page, prompt, 'xyz');
      await expect.poll(() => fieldMessage(prompt)).toContain('vocabulary');
      expect(await widget.getByTestId('sampled').innerText()).not.toBe('');
    });
  });

  it('starts on the English corpus on the English page', async () => {
    await withWidget(browser, '/en/docs/pretraining/objective', 'NextTokenPlayground', async ({ widget }) => {
      expect(await widget.getByLabel('Prompt').inputValue()).toBe('the ');
      expect(await widget.getByLabel('Corpus').inputValue()).toBe('en');
    });
  });
});
