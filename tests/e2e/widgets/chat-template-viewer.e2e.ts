/**
 * ChatTemplateViewer: the default conversation's trained-token count is the one the text
 * gives; editing a turn, switching which turns are trained and truncating give what src/lib
 * computes; a bad max_length shows a message beside the field and keeps the page alive.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatTokens, truncateChat, type ChatMessage } from '../../../src/lib';
import { launch } from '../browser';
import { expectBadInputs, typeInto, withWidget } from './widget-steps';

const PATH = '/docs/sft/chat-template';
const ZH: ChatMessage[] = [
  { role: 'system', content: '你是一个简洁的助手。' },
  { role: 'user', content: '1 加 1 等于几？' },
  { role: 'assistant', content: '等于 2。' },
  { role: 'user', content: '再加 3 呢？' },
  { role: 'assistant', content: '等于 5。' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('ChatTemplateViewer', () => {
  it('shows the worked example and follows an edited reply, the loss setting and truncation', async () => {
    await withWidget(browser, PATH, 'ChatTemplateViewer', async ({ page, widget }) => {
      const trained = widget.getByTestId('trained');
      expect(await trained.innerText()).toBe(String(chatTokens(ZH).trained));
      expect(await trained.innerText()).toBe('12');
      expect(await widget.getByTestId('total').innerText()).toBe('62');
      expect(await widget.getByTestId('other').innerText()).toBe('42');

      const edited = ZH.map((m, i) => (i === 4 ? { ...m, content: 'It is 5, of course.' } : m));
      await typeInto(page, widget.getByLabel('第 5 轮的内容'), 'It is 5, of course.');
      await expect
        .poll(() => trained.innerText(), { timeout: 10_000 })
        .toBe(String(truncateChat(chatTokens(edited).tokens, 256).trained));

      await widget.getByRole('combobox', { name: '哪些轮次计入损失' }).selectOption('all');
      await expect
        .poll(() => trained.innerText(), { timeout: 10_000 })
        .toBe(String(truncateChat(chatTokens(edited, { trainOn: 'all' }).tokens, 256).trained));

      await widget.getByRole('combobox', { name: '哪些轮次计入损失' }).selectOption('assistant');
      await typeInto(page, widget.getByLabel('截断长度 max_length（词元）'), '50');
      const cut = truncateChat(chatTokens(edited).tokens, 50);
      await expect.poll(() => trained.innerText(), { timeout: 10_000 }).toBe(String(cut.trained));
      expect(await widget.getByTestId('total').innerText()).toBe('50');
    });
  });

  it('explains a bad max_length beside the field and keeps the last good result', async () => {
    await withWidget(browser, PATH, 'ChatTemplateViewer', async ({ page, widget }) => {
      const field = widget.getByLabel('截断长度 max_length（词元）');
      await expectBadInputs(page, field, ['', '-', '1e309', 'abc', '0', '2.5'], async () => {
        expect(await widget.getByTestId('trained').innerText()).not.toBe('');
      });
      await typeInto(page, field, '256');
      await expect.poll(() => widget.getByTestId('trained').innerText()).toBe('12');
    });
  });

  it('speaks English on the English page, with its own worked example', async () => {
    await withWidget(browser, '/en' + PATH, 'ChatTemplateViewer', async ({ widget }) => {
      expect(await widget.getByLabel('Content of turn 5').inputValue()).toBe('It is 5.');
      expect(await widget.getByTestId('trained').innerText()).toBe('14');
      expect(await widget.getByTestId('total').innerText()).toBe('63');
      expect(await widget.getByTestId('other').innerText()).toBe('43');
    });
  });
});
