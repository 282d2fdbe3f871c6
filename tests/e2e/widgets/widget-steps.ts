/**
 * Steps that every widget test repeats, each with the assertions it always made: open the page
 * and find the widget (then check that the page reported no problems), type bad input and check
 * that the field explains it, and open the English page and check the translated labels.
 * The primitives: fieldMessage in pretraining-helpers.ts, openWidget and typeInto in data-helpers.ts.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fieldMessage, openWidget, typeInto } from './pretraining-helpers';

export { fieldMessage, openWidget, typeInto };

export type OpenedWidget = Awaited<ReturnType<typeof openWidget>>;

/**
 * Opens `path`, finds the widget called `name` and runs `body` on it; then asserts that the page
 * reported no problems (console errors, uncaught exceptions, failed requests) and closes it.
 */
export async function withWidget(
  browser: Browser,
  path: string,
  name: string,
  body: (opened: OpenedWidget) => Promise<void>,
): Promise<void> {
  const opened = await openWidget(browser, path, name);
  try {
    await body(opened);
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }
}

/** The text box labelled exactly `name` inside the widget. */
export function textbox(widget: Locator, name: string): Locator {
  return widget.getByRole('textbox', { name, exact: true });
}

/**
 * Types each of `texts` into `field` with real key presses and asserts that a message appears
 * beside the field; after each one, `check` asserts what must still hold (e.g. the last good
 * result is still shown).
 */
export async function expectBadInputs(
  page: Page,
  field: Locator,
  texts: readonly string[],
  check?: () => Promise<void>,
): Promise<void> {
  for (const text of texts) {
    await typeInto(page, field, text, 0);
    await expect.poll(() => fieldMessage(field)).not.toBe('');
    await check?.();
  }
}

/**
 * Opens the English twin of `path` (`/en` + path) and asserts that the text boxes with these
 * English labels show these default values, then runs `body`; no problems, as withWidget.
 */
export async function withEnglishWidget(
  browser: Browser,
  path: string,
  name: string,
  defaults: Readonly<Record<string, string>>,
  body?: (opened: OpenedWidget) => Promise<void>,
): Promise<void> {
  await withWidget(browser, '/en' + path, name, async (opened) => {
    for (const [label, value] of Object.entries(defaults)) {
      expect(await textbox(opened.widget, label).inputValue()).toBe(value);
    }
    await body?.(opened);
  });
}
