/** Shared set-up of the chapter 2 widget tests: open a page and find one widget on it. */
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, gotoHydrated, watchedPage } from '../browser';

export async function openWidget(
  browser: Browser,
  path: string,
  name: string,
): Promise<{ page: Page; widget: Locator; problems: string[]; close: () => Promise<void> }> {
  const { page, problems, close } = await watchedPage(browser);
  await gotoHydrated(page, baseUrl() + path);
  const widget = page.locator(`[data-widget="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  return { page, widget, problems, close };
}

/** Replaces the text of a labelled input with real key presses. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** The text of the message shown beside a field (kit FieldShell: the element `${id}-error`). */
export async function fieldMessage(field: Locator): Promise<string> {
  const id = await field.getAttribute('id');
  return field.page().locator(`[id="${id}-error"]`).innerText();
}
