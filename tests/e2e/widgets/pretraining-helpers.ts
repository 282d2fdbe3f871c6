/** Shared set-up of the chapter 2 widget tests: open a page and find one widget on it. */
import type { Locator, Page } from 'playwright-core';

// One way to open a widget's page for every widget test (it waits for hydration).
export { openWidget } from './data-helpers';

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
