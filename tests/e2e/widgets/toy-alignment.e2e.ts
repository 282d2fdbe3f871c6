/**
 * ToyAlignment: training in the browser gives, for each method, the policy src/lib gives in Node
 * for the same seed, rewards, β, learning rate and steps; π* follows β; stop works; bad input
 * shows a message beside the field and disables training.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRng,
  createToyPolicy,
  optimalToyPolicy,
  toyAlignmentStep,
  toyMetrics,
  type ToyMethod,
} from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import {
  DEFAULT_BETA,
  DEFAULT_LR,
  DEFAULT_REWARDS,
  METHODS,
  REF_LOGITS,
  SEED_OFFSET,
} from '../../../src/components/alignment/ToyAlignment/setup';
import { launch } from '../browser';
import { fieldMessage, textbox, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const PAGE = '/docs/alignment/comparison';

function expected(m: ToyMethod, steps: number, seed: number, rewards = DEFAULT_REWARDS) {
  const s = createToyPolicy(REF_LOGITS);
  const rng = createRng(seed + SEED_OFFSET[m]);
  for (let i = 0; i < steps; i++) toyAlignmentStep(s, m, { rewards, beta: DEFAULT_BETA, lr: DEFAULT_LR }, rng);
  const r = toyMetrics(s, rewards);
  return {
    probs: r.probs.map((p) => formatNumber(p, 3)),
    reward: formatNumber(r.expectedReward, 3),
    kl: formatNumber(r.klToRef, 3),
  };
}

describe('ToyAlignment', () => {
  it('trains the three methods to the policies src/lib gives for the same seed', async () => {
    await withWidget(browser, PAGE, 'ToyAlignment', async ({ page, widget }) => {
      await typeInto(page, textbox(widget, '训练步数'), '40');
      await typeInto(page, textbox(widget, '随机种子'), '7');
      await widget.getByRole('button', { name: '开始训练' }).click();
      const status = widget.getByTestId('train-status');
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('已训练 40 步');
      for (const m of METHODS) {
        const want = expected(m, 40, 7);
        expect(await widget.getByTestId(`prob-${m}`).allInnerTexts()).toEqual(want.probs);
        expect(await widget.getByTestId(`reward-${m}`).innerText()).toBe(want.reward);
        expect(await widget.getByTestId(`kl-${m}`).innerText()).toBe(want.kl);
      }
      expect(await widget.getByTestId('prob-optimal').allInnerTexts()).toEqual(
        optimalToyPolicy(REF_LOGITS, DEFAULT_REWARDS, DEFAULT_BETA).map((p) => formatNumber(p, 3)),
      );
    });
  });

  it('shows π* for a new β, stops when asked, and explains bad input', async () => {
    await withWidget(browser, PAGE, 'ToyAlignment', async ({ page, widget }) => {
      await typeInto(page, textbox(widget, 'KL 系数 β'), '0.2');
      await expect
        .poll(() => widget.getByTestId('prob-optimal').allInnerTexts())
        .toEqual(optimalToyPolicy(REF_LOGITS, DEFAULT_REWARDS, 0.2).map((p) => formatNumber(p, 3)));

      await typeInto(page, textbox(widget, '训练步数'), '2000');
      await widget.getByRole('button', { name: '开始训练' }).click();
      await widget.getByRole('button', { name: '停止' }).click();
      await expect.poll(() => widget.innerText()).toContain('已停止');

      const rewards = textbox(widget, '奖励表 R（四个回答，逗号分隔）');
      await typeInto(page, rewards, '1, 2');
      await expect.poll(() => fieldMessage(rewards)).not.toBe('');
      expect(await widget.getByRole('button', { name: '开始训练' }).isDisabled()).toBe(true);
      await typeInto(page, rewards, '1, 0.5, 0, -1');
      for (const [name, bad] of [
        ['学习率（Adam）', 'abc'],
        ['随机种子', '-1'],
        ['训练步数', '1e309'],
      ] as const) {
        const field = widget.getByRole('textbox', { name, exact: true });
        await typeInto(page, field, bad);
        await expect.poll(() => fieldMessage(field)).not.toBe('');
      }
      expect(await widget.getByRole('button', { name: '开始训练' }).isDisabled()).toBe(true);
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en' + PAGE, 'ToyAlignment', async ({ widget }) => {
      expect(await widget.getByTestId('train-status').innerText()).toContain('Trained 0 steps');
      expect(await textbox(widget, 'KL coefficient β').inputValue()).toBe('0.5');
    });
  });
});
