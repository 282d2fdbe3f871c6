/** Shared steps of the widget tests from chapter 2 on: a field's message; opening and typing come from data-helpers. */
import type { Locator } from 'playwright-core';

// One way to open a widget's page and to type into a field, for every widget test.
export { openWidget, typeInto } from './data-helpers';

/** The text of the message shown beside a field (kit FieldShell: the element `${id}-error`). */
export async function fieldMessage(field: Locator): Promise<string> {
  const id = await field.getAttribute('id');
  return field.page().locator(`[id="${id}-error"]`).innerText();
}
