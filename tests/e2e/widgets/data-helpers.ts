/**
 * Helpers shared by the chapter 1 widget tests: open a page with a widget, type into a field
 * with real key presses, and read the message shown beside a field.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { axeOn, baseUrl, gotoHydrated, watchedPage } from '../browser';

export interface OpenWidget {
  page: Page;
  widget: Locator;
  problems: string[];
  close: () => Promise<void>;
}

export async function openWidget(
  browser: Browser,
  path: string,
  name: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<OpenWidget> {
  const { page, problems, close } = await watchedPage(browser, { colorScheme });
  await gotoHydrated(page, baseUrl() + path);
  const widget = page.locator(`[data-widget="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  return { page, widget, problems, close };
}

/**
 * Clears a text box with Ctrl+A, Backspace and types `text` key by key, `keyDelayMs`
 * apart (the chapter 1 tests were tuned with 5 ms, the step tests of later chapters with 0).
 */
export async function typeInto(page: Page, input: Locator, text: string, keyDelayMs = 5): Promise<void> {
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await input.pressSequentially(text, { delay: keyDelayMs });
}

/** The message the kit shows beside a field (the element its aria-describedby names). */
export async function messageOf(page: Page, input: Locator): Promise<string> {
  const id = await input.getAttribute('aria-describedby');
  if (!id) return '';
  return (await page.locator(`[id="${id}"]`).innerText()).trim();
}

/** Types each bad input and checks that the field says why, and the widget stays on the page. */
export async function expectBadInputMessages(
  page: Page,
  widget: Locator,
  input: Locator,
  cases: readonly (readonly [string, RegExp])[],
): Promise<string[]> {
  const seen: string[] = [];
  for (const [text, message] of cases) {
    await typeInto(page, input, text);
    const shown = await messageOf(page, input);
    if (!message.test(shown)) throw new Error(`typing "${text}": expected ${message}, got "${shown}"`);
    if ((await input.getAttribute('aria-invalid')) !== 'true') throw new Error(`"${text}" not marked invalid`);
    if ((await input.inputValue()) !== text) throw new Error(`the field did not keep "${text}"`);
    if (!(await widget.isVisible())) throw new Error('the widget disappeared');
    seen.push(shown);
  }
  return seen;
}

// The kit's messages (src/components/kit/messages.ts), Chinese locale.
export const BAD_NUMBER_CASES = [
  ['', /请输入一个数/],
  ['-', /这不是一个数/],
  ['abc', /这不是一个数/],
  ['1e309', /太大了/],
] as const;

/** Serious or critical axe violations inside the widget (the site-wide test checks pages in light mode). */
export async function widgetViolations(page: Page, name: string): Promise<string[]> {
  const result = await axeOn(page).include(`[data-widget="${name}"]`).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
