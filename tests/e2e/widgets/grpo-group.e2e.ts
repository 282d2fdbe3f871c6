/**
 * GrpoGroup: the GRPO section's example by default (rule-scored answers [1, 0, 0, 1] next to a
 * second group [1, 1, 1, 0]); editing the answers or typing rewards gives the advantages src/lib
 * computes under each scaling; a group of identical rewards gets zero advantages and a sentence
 * saying why; bad input shows a message beside the field.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grpoAdvantages, verifyFinalAnswers } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import {
  DEFAULT_ANSWERS_EN,
  DEFAULT_ANSWERS_ZH,
  DEFAULT_OTHER_GROUP,
} from '../../../src/components/alignment/GrpoGroup/answers';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/grpo';

/** Expected cells of every row: reward, then advantages under group, batch, none. */
function rows(first: number[], second: number[]): string[][] {
  const batch = [...first, ...second];
  const adv = (['group', 'batch', 'none'] as const).map((scale) => grpoAdvantages(batch, first.length, { scale }));
  return batch.map((r, i) => [formatNumber(r, 4), ...adv.map((a) => formatNumber(a[i], 4))]);
}

async function shownRows(widget: Locator): Promise<string[][]> {
  const trs = widget.getByTestId('advantages').locator('tbody tr');
  const n = await trs.count();
  const out: string[][] = [];
  for (let i = 0; i < n; i++) out.push(await trs.nth(i).locator('td').allInnerTexts());
  return out;
}

describe('GrpoGroup', () => {
  it('scores the default answers with the rule and shows the advantages of src/lib', async () => {
    await withWidget(browser, PAGE, 'GrpoGroup', async ({ page, widget }) => {
      const firstRewards = verifyFinalAnswers(DEFAULT_ANSWERS_ZH, 42);
      expect(firstRewards).toEqual([1, 0, 0, 1]);
      expect(await shownRows(widget)).toEqual(rows(firstRewards, DEFAULT_OTHER_GROUP));
      expect((await shownRows(widget))[0][1]).toBe('0.8659');

      const answers = textbox(widget, '第一组：G 个回答（每行一个）');
      await typeInto(page, answers, '答案是 42\n42\n\\boxed{42}\n6 × 7 = 42');
      await expect.poll(() => shownRows(widget)).toEqual(rows([1, 1, 1, 1], DEFAULT_OTHER_GROUP));
      await expect.poll(() => widget.getByTestId('signal').innerText()).toContain('不提供任何学习信号');

      await typeInto(page, answers, '答案是 42\n答案是 40\n42');
      const other = textbox(widget, '第二组（另一个提示词）的奖励');
      await expect.poll(() => fieldMessage(other)).toContain('G = 3');
      await typeInto(page, other, '0, 0.5, 1');
      await expect.poll(() => shownRows(widget)).toEqual(rows([1, 0, 1], [0, 0.5, 1]));
      expect(await widget.getByTestId('signal').innerText()).toBe('');
    });
  });

  it('takes typed rewards and explains bad input beside the field', async () => {
    await withWidget(browser, PAGE, 'GrpoGroup', async ({ page, widget }) => {
      await widget.getByRole('combobox', { name: '奖励来源' }).selectOption('manual');
      const manual = textbox(widget, '第一组：G 个奖励（逗号分隔）');
      await typeInto(page, manual, '0.2, 0.5, 0.9, 0.1');
      await expect.poll(() => shownRows(widget)).toEqual(rows([0.2, 0.5, 0.9, 0.1], DEFAULT_OTHER_GROUP));
      await expectBadInputs(page, manual, ['', 'abc', '1', '1, 1e309'], async () => {
        expect(await shownRows(widget)).toEqual(rows([0.2, 0.5, 0.9, 0.1], DEFAULT_OTHER_GROUP));
      });
      await widget.getByRole('combobox', { name: '奖励来源' }).selectOption('rule');
      const target = textbox(widget, '目标答案');
      await typeInto(page, target, '-');
      await expect.poll(() => fieldMessage(target)).not.toBe('');
      await typeInto(page, target, '41');
      await expect.poll(() => shownRows(widget)).toEqual(rows([0, 1, 0, 0], DEFAULT_OTHER_GROUP));
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en' + PAGE, 'GrpoGroup', async ({ widget }) => {
      expect(await widget.getByTestId('advantages').locator('tbody th').nth(1).innerText()).toBe(DEFAULT_ANSWERS_EN[1]);
      expect(await shownRows(widget)).toEqual(rows(verifyFinalAnswers(DEFAULT_ANSWERS_EN, 42), DEFAULT_OTHER_GROUP));
    });
  });
});
