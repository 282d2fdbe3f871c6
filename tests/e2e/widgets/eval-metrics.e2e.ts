/**
 * EvalMetrics: the chapter's worked example by default (Chinese on the Chinese page, English on the
 * English one); typing a new candidate, choosing a smoothing and typing new probabilities give what
 * src/lib returns; an empty sentence and bad probabilities show a message beside the field while
 * the last good result stays.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perplexityFromProbs, rougeL, sentenceBleu, type BleuSmoothing } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/evaluation/metrics';

function expected(reference: string, candidate: string, smoothing: BleuSmoothing = 'none') {
  const b = sentenceBleu(candidate, [reference], { smoothing });
  const r = rougeL(candidate, reference);
  return {
    matches: b.totals.map((t, i) => `${b.clippedMatches[i]} / ${t}`),
    bp: formatNumber(b.brevityPenalty, 4),
    bleu: formatNumber(b.score, 4),
    lcs: String(r.lcs),
    f: formatNumber(r.f, 4),
  };
}

describe('EvalMetrics', () => {
  it('shows the worked example and follows a new candidate, a smoothing and new probabilities', async () => {
    await withWidget(browser, PAGE, 'EvalMetrics', async ({ page, widget }) => {
      const want = expected('猫坐在垫子上', '猫在垫子上');
      expect(want.matches).toEqual(['5 / 5', '3 / 4', '2 / 3', '1 / 2']);
      for (let n = 1; n <= 4; n++) {
        expect(await widget.getByTestId(`bleu-matches-${n}`).innerText()).toBe(want.matches[n - 1]);
      }
      expect(await widget.getByTestId('bleu-bp').innerText()).toBe('0.8187');
      expect(await widget.getByTestId('bleu-score').innerText()).toBe('0.5789');
      expect(await widget.getByTestId('bleu-score').innerText()).toBe(want.bleu);
      expect(await widget.getByTestId('rouge-lcs').innerText()).toBe('5');
      expect(await widget.getByTestId('rouge-f').innerText()).toBe('0.9091');
      expect(await widget.getByTestId('perplexity').innerText()).toBe('4');

      const candidate = textbox(widget, '候选句（模型输出）');
      await typeInto(page, candidate, '垫子上坐着一只猫');
      const para = expected('猫坐在垫子上', '垫子上坐着一只猫');
      await expect.poll(() => widget.getByTestId('rouge-f').innerText()).toBe(para.f);
      expect(await widget.getByTestId('bleu-score').innerText()).toBe(para.bleu);
      expect(await widget.getByTestId('bleu-matches-4').innerText()).toBe(para.matches[3]);
      expect(await widget.getByTestId('rouge-lcs').innerText()).toBe(para.lcs);

      await widget.getByRole('combobox', { name: 'BLEU 平滑' }).selectOption('add1');
      const add1 = expected('猫坐在垫子上', '垫子上坐着一只猫', 'add1');
      expect(add1.bleu).not.toBe(para.bleu);
      await expect.poll(() => widget.getByTestId('bleu-score').innerText()).toBe(add1.bleu);

      const probs = textbox(widget, '每个实际词元的概率 p_t（逗号分隔）');
      await typeInto(page, probs, '0.9, 0.05, 0.6');
      const ppl = perplexityFromProbs([0.9, 0.05, 0.6]);
      await expect.poll(() => widget.getByTestId('perplexity').innerText()).toBe(formatNumber(ppl.perplexity, 4));
      expect(await widget.getByTestId('mean-nll').innerText()).toBe(formatNumber(ppl.meanNll, 4));
      expect(await widget.getByTestId('nll-2').innerText()).toBe(formatNumber(ppl.nlls[1], 4));
    });
  });

  it('explains bad input beside the field and keeps the last good result', async () => {
    await withWidget(browser, PAGE, 'EvalMetrics', async ({ page, widget }) => {
      const reference = textbox(widget, '参考句');
      await expectBadInputs(page, reference, ['', '   '], async () => {
        expect(await widget.getByTestId('bleu-score').innerText()).toBe('0.5789');
      });
      await typeInto(page, reference, '猫坐在垫子上');
      await expect.poll(() => fieldMessage(reference)).toBe('');

      const probs = textbox(widget, '每个实际词元的概率 p_t（逗号分隔）');
      // Inputs with no valid prefix: the result of the defaults stays.
      await expectBadInputs(page, probs, ['0', '2.5', 'abc', '', '-0.1', 'e9'], async () => {
        expect(await widget.getByTestId('perplexity').innerText()).toBe('4');
      });
      // Typing "1e309" key by key passes through "1", a valid list: that stays as the last good result.
      await typeInto(page, probs, '1e309');
      await expect.poll(() => fieldMessage(probs)).not.toBe('');
      expect(await widget.getByTestId('perplexity').innerText()).toBe(
        formatNumber(perplexityFromProbs([1]).perplexity, 4),
      );
      await typeInto(page, probs, '0.5, 0.5');
      await expect.poll(() => widget.getByTestId('perplexity').innerText()).toBe('2');
      expect(await fieldMessage(probs)).toBe('');
    });
  });

  it('speaks English on the English page, with the English worked example', async () => {
    await withWidget(browser, '/en' + PAGE, 'EvalMetrics', async ({ widget }) => {
      const want = expected('the cat sat on the red mat', 'the cat sat on the mat');
      expect(await textbox(widget, 'Candidate sentence (model output)').inputValue()).toBe('the cat sat on the mat');
      expect(await widget.getByTestId('bleu-score').innerText()).toBe('0.6732');
      expect(await widget.getByTestId('bleu-score').innerText()).toBe(want.bleu);
      expect(await widget.getByTestId('bleu-matches-2').innerText()).toBe('4 / 5');
      expect(await widget.getByTestId('bleu-bp').innerText()).toBe(want.bp);
      expect(await widget.getByTestId('rouge-f').innerText()).toBe('0.9231');
    });
  });
});
