/**
 * QualityFilter: the verdicts for the six sample pages are those of src/lib (documentStats +
 * applyQualityRules); lowering two Gopher thresholds by typing keeps the Chinese page, as
 * src/lib says; a bad threshold shows the kit's message beside it and the table stays.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyQualityRules, documentStats, type QualityThreshold } from '../../../src/lib';
import { SAMPLE_TEXTS } from '../../../src/components/data/QualityFilter/samples';
import { launch } from '../browser';
import { BAD_NUMBER_CASES, expectBadInputMessages, openWidget, typeInto, widgetViolations } from './data-helpers';

const failedIds = (id: keyof typeof SAMPLE_TEXTS, t: Record<string, QualityThreshold> = {}) =>
  applyQualityRules(documentStats(SAMPLE_TEXTS[id]), t)
    .filter((r) => !r.passed)
    .map((r) => r.id);

const verdict = (widget: Locator, id: string) =>
  widget.getByTestId('verdicts').locator(`tr[data-sample="${id}"]`).getByTestId('verdict').innerText();
const boundInput = (widget: Locator, rule: string, label: '≥' | '≤') =>
  widget.getByTestId('rules').locator(`tr[data-rule="${rule}"]`).getByRole('textbox', { name: label });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('QualityFilter', () => {
  it('removes every page but the English prose, the Chinese one by two English-only Gopher rules', async () => {
    const { widget, problems, close } = await openWidget(browser, '/docs/data/quality', 'QualityFilter');
    try {
      for (const id of Object.keys(SAMPLE_TEXTS) as (keyof typeof SAMPLE_TEXTS)[]) {
        expect(await verdict(widget, id)).toBe(failedIds(id).length ? '✗ 删除' : '✓ 保留');
      }
      expect(failedIds('chinese')).toEqual(['gopher-mean-word-length', 'gopher-stop-words']);
      const reasons = await widget
        .getByTestId('verdicts')
        .locator('tr[data-sample="chinese"]')
        .getByTestId('reasons')
        .innerText();
      expect(reasons).toBe('Gopher · 平均词长（字符） = 1; Gopher · 出现的英文停用词个数 = 0');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the Chinese page once the two thresholds are lowered by typing', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/quality', 'QualityFilter');
    try {
      await typeInto(page, boundInput(widget, 'gopher-mean-word-length', '≥'), '0.5');
      expect(await verdict(widget, 'chinese')).toBe('✗ 删除');
      const stop = boundInput(widget, 'gopher-stop-words', '≥');
      await stop.click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await stop.inputValue()).toBe('0');
      const t = { 'gopher-mean-word-length': { min: 0.5 }, 'gopher-stop-words': { min: 0 } };
      expect(failedIds('chinese', t)).toEqual([]);
      await expect.poll(() => verdict(widget, 'chinese')).toBe('✓ 保留');
      // The boilerplate still fails other rules.
      expect(await verdict(widget, 'boilerplate')).toBe(failedIds('boilerplate', t).length ? '✗ 删除' : '✓ 保留');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the value of the selected page and a message beside a bad threshold', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/quality', 'QualityFilter');
    try {
      await widget.getByRole('combobox', { name: '查看网页' }).selectOption('spam');
      const words = documentStats(SAMPLE_TEXTS.spam).words;
      expect(
        await widget.getByTestId('rules').locator('tr[data-rule="gopher-word-count"]').getByTestId('value').innerText(),
      ).toBe(`✗ ${words}`);
      const min = boundInput(widget, 'gopher-word-count', '≥');
      // Every prefix of "abc" is bad, so the verdicts stay those of the published thresholds.
      await expectBadInputMessages(page, widget, min, [['abc', /这不是一个数/]]);
      expect(await verdict(widget, 'prose')).toBe('✓ 保留');
      await expectBadInputMessages(page, widget, min, BAD_NUMBER_CASES);
      // The last good value typed was 1e30 (on the way to 1e309): every page is too short for it.
      expect(await verdict(widget, 'prose')).toBe('✗ 删除');
      await typeInto(page, min, '20');
      await expect.poll(() => verdict(widget, 'prose')).toBe('✓ 保留');
      await expect
        .poll(() => verdict(widget, 'spam'))
        .toBe(failedIds('spam', { 'gopher-word-count': { min: 20 } }).length ? '✗ 删除' : '✓ 保留');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English on the English page', async () => {
    const { widget, problems, close } = await openWidget(browser, '/en/docs/data/quality', 'QualityFilter');
    try {
      expect(await verdict(widget, 'prose')).toBe('✓ kept');
      expect(await verdict(widget, 'chinese')).toBe('✗ removed');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the src/lib source in the code tab, and reset restores the worked example', async () => {
    const { page, widget, problems, close } = await openWidget(browser, '/docs/data/quality', 'QualityFilter');
    try {
      await typeInto(page, boundInput(widget, 'gopher-stop-words', '≥'), '0');
      await widget.getByRole('tab', { name: '代码' }).click();
      await expect
        .poll(async () => (await widget.locator('pre').allInnerTexts()).join('\n'), { timeout: 15_000 })
        .toContain('export function applyQualityRules');
      await widget.getByRole('tab', { name: '交互' }).click();
      await widget.getByRole('button', { name: '重置' }).click();
      await expect.poll(() => boundInput(widget, 'gopher-stop-words', '≥').inputValue()).toEqual('2');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility violation in dark mode', async () => {
    const { page, problems, close } = await openWidget(browser, '/docs/data/quality', 'QualityFilter', 'dark');
    try {
      expect(await widgetViolations(page, 'QualityFilter')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
