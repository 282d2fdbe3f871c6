/**
 * SelfCheck: a choice question answered with the keyboard alone (Tab, Space, arrow keys) gets
 * "correct" or "incorrect" with its explanation in a polite live region and a link to the section
 * that teaches it; a numeric question accepts the value src/lib computes and rejects a wrong one;
 * bad numeric input shows the kit's message beside the field and gives no verdict. On every
 * chapter page that has a self-check, in both locales, every question renders and accepts its
 * answer from the data file (numeric answers from src/lib, imported here).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferenceProbability } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { docRoute, sectionHref } from '../../../src/components/SelfCheck/logic';
import reward from '../../../src/data/self-check/04-reward';
import type { ChoiceQuestion, NumericQuestion, SelfCheckChapter } from '../../../src/data/self-check/types';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const dataDir = join(__dirname, '../../../src/data/self-check');
const chapters: SelfCheckChapter[] = await Promise.all(
  readdirSync(dataDir)
    .filter((f) => /^\d\d-[\w-]+\.ts$/.test(f))
    .sort()
    .map(async (f) => ((await import(join(dataDir, f))) as { default: SelfCheckChapter }).default),
);

const shift = reward.questions.find((q) => q.id === 'bt-shift') as ChoiceQuestion;
const probability = reward.questions.find((q) => q.id === 'bt-probability') as NumericQuestion;

const UI = {
  zh: { correct: '✓ 正确。', incorrect: '✗ 不正确。', check: '检查', answer: '你的答案', pick: '请先选择一个答案。' },
  en: {
    correct: '✓ Correct.',
    incorrect: '✗ Not quite.',
    check: 'Check',
    answer: 'Your answer',
    pick: 'Pick an answer first.',
  },
} as const;

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const verdict = (q: Locator) => q.getByTestId('feedback').getByTestId('verdict');

async function keyboardChoice(page: Page, widget: Locator, lang: 'zh' | 'en', prefix: string) {
  const q = widget.getByTestId(`question-${shift.id}`);
  const radios = q.getByRole('radio');
  const live = q.getByTestId('feedback');
  expect(await live.getAttribute('aria-live')).toBe('polite');
  // Nothing picked yet: "check" asks for a choice.
  await q.getByRole('button', { name: UI[lang].check }).click();
  await expect.poll(() => live.innerText()).toBe(UI[lang].pick);
  // Tab into the group from the legend's side, Space picks, arrows move the choice.
  await radios.first().focus();
  await page.keyboard.press('Space');
  expect(await radios.nth(0).isChecked()).toBe(true);
  for (let i = 0; i < shift.correct; i++) await page.keyboard.press('ArrowDown');
  expect(await radios.nth(shift.correct).isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe(UI[lang].check);
  await page.keyboard.press('Space');
  await expect.poll(() => verdict(q).innerText()).toBe(UI[lang].correct);
  // The explanation is inside the polite live region, so it is announced.
  expect(await live.getByTestId('explanation').innerText()).toBe(shift.explanation[lang]);
  const link = live.getByTestId('review-link');
  expect(await link.getAttribute('href')).toBe(prefix + sectionHref(shift.link));
  expect(await link.innerText()).toContain(shift.link.label[lang]);
  // Back into the group (focus lands on the checked radio) and pick a wrong answer.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  expect(await radios.nth(shift.correct - 1).isChecked()).toBe(true);
  expect(await verdict(q).count()).toBe(0); // changing the answer clears the old verdict
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => verdict(q).innerText()).toBe(UI[lang].incorrect);
  expect(await live.getByTestId('right-answer').innerText()).toContain(shift.choices[shift.correct][lang]);
  expect(await live.getByTestId('explanation').innerText()).toBe(shift.explanation[lang]);
}

async function numeric(page: Page, widget: Locator, lang: 'zh' | 'en') {
  const q = widget.getByTestId(`question-${probability.id}`);
  const input = q.getByRole('textbox', { name: UI[lang].answer, exact: true });
  const check = q.getByRole('button', { name: UI[lang].check });
  const live = q.getByTestId('feedback');
  expect(await live.getAttribute('aria-live')).toBe('polite');
  const expected = preferenceProbability(2.0, 0.5);
  // The value src/lib computes, rounded to three decimals as the question asks.
  await typeInto(page, input, expected.toFixed(3));
  await check.click();
  await expect.poll(() => verdict(q).innerText()).toBe(UI[lang].correct);
  expect(await q.getByTestId('right-answer').innerText()).toContain(formatNumber(expected, 4));
  expect(await live.getByTestId('explanation').innerText()).toBe(probability.explanation[lang]);
  // A wrong value: σ(2.0) instead of σ(2.0 − 0.5).
  await typeInto(page, input, preferenceProbability(2.0, 0).toFixed(3));
  expect(await verdict(q).count()).toBe(0);
  await check.click();
  await expect.poll(() => verdict(q).innerText()).toBe(UI[lang].incorrect);
  expect(await q.getByTestId('right-answer').innerText()).toContain(formatNumber(expected, 4));
  // Bad input: a message beside the field, no verdict.
  await expectBadInputs(page, input, ['abc', '-', '1e309'], async () => {
    await check.click();
    expect(await verdict(q).count()).toBe(0);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
  });
  await typeInto(page, input, '');
  await check.click();
  await expect.poll(() => fieldMessage(input)).toBe(lang === 'zh' ? '请输入一个数。' : 'Enter a number.');
  expect(await verdict(q).count()).toBe(0);
}

describe('SelfCheck', () => {
  it('answers a choice question with the keyboard and announces the verdict and explanation (zh)', async () => {
    await withWidget(browser, '/docs/reward', 'SelfCheck', async ({ page, widget }) => {
      await keyboardChoice(page, widget, 'zh', '');
    });
  });

  it('accepts the src/lib value, rejects a wrong one and explains bad input (zh)', async () => {
    await withWidget(browser, '/docs/reward', 'SelfCheck', async ({ page, widget }) => {
      await numeric(page, widget, 'zh');
    });
  });

  it('does the same in English', async () => {
    await withWidget(browser, '/en/docs/reward', 'SelfCheck', async ({ page, widget }) => {
      await keyboardChoice(page, widget, 'en', '/en');
      await numeric(page, widget, 'en');
    });
  });

  it('leads to the section that teaches the point, and resets', async () => {
    await withWidget(browser, '/docs/reward', 'SelfCheck', async ({ page, widget }) => {
      const q = widget.getByTestId(`question-${shift.id}`);
      await q.getByRole('radio').nth(shift.correct).check();
      await q.getByRole('button', { name: '检查' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      expect(await verdict(widget.getByTestId(`question-${shift.id}`)).count()).toBe(0);
      expect(await widget.getByTestId(`question-${shift.id}`).getByRole('radio').nth(shift.correct).isChecked()).toBe(
        false,
      );
      const again = widget.getByTestId(`question-${shift.id}`);
      await again.getByRole('radio').nth(shift.correct).check();
      await again.getByRole('button', { name: '检查' }).click();
      await again.getByTestId('review-link').click();
      await page.waitForURL((u) => u.pathname === docRoute(shift.link.doc) && u.hash === `#${shift.link.anchor}`);
      await expect.poll(() => page.locator(`#${shift.link.anchor}`).isVisible()).toBe(true);
    });
  });

  describe.each(chapters.flatMap((c) => (['zh', 'en'] as const).map((lang) => [c.chapter, lang, c] as const)))(
    '%s (%s)',
    (_name, lang, chapter) => {
      it('renders every question and accepts each answer from the data file', async () => {
        const path = (lang === 'en' ? '/en' : '') + docRoute(`${chapter.chapter}/index`);
        await withWidget(browser, path, 'SelfCheck', async ({ page, widget }) => {
          expect(await widget.locator('fieldset').count()).toBe(chapter.questions.length);
          for (const question of chapter.questions) {
            const q = widget.getByTestId(`question-${question.id}`);
            expect(await q.locator('legend').innerText()).toContain(question.prompt[lang].replace(/`/g, ''));
            if (question.kind === 'choice') {
              await q.getByRole('radio').nth(question.correct).check();
            } else {
              const answer = question.answer();
              await typeInto(page, q.getByRole('textbox'), String(Number(answer.toPrecision(8))));
            }
            await q.getByRole('button', { name: UI[lang].check }).click();
            await expect.poll(() => verdict(q).innerText()).toBe(UI[lang].correct);
          }
        });
      });
    },
  );
});
