/**
 * Fuzzing every widget: for each page of the build that carries widgets (zh-Hans, plus the
 * English page with the most widgets; both locales share the components), each widget's
 * text inputs, number inputs and selects get hostile values: empty, "-", 1e309, NaN,
 * letters, 5 000 characters, HTML markup, negative and fractional counts. Asserts:
 * - no uncaught page error, no console error, no dialog (alert) ever opens;
 * - numeric fields (kit data-kind="number" / "number-list") reject what is not a number,
 *   and on every field of the widget the message beside it (`${id}-error`, else the
 *   aria-describedby element) is visible and non-empty exactly when aria-invalid="true"
 *   (values a field accepts, e.g. -3 for a logit or free text, need not error);
 * - the typed markup is never parsed into an element (no img[src="x"] anywhere);
 * - afterwards the widget still works: with the original values typed back no field is
 *   invalid, and its reset button brings back exactly the initial text and field values.
 * Pages and widgets are discovered from build/sitemap.xml and [data-widget], never listed.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';
import { pagesToExercise } from './widget-pages';

const LONG = '9'.repeat(5000);
const MARKUP = '<img src=x onerror=alert(1)>';
/**
 * [value, typed with real key presses (false: fill), must a numeric field reject it].
 * Key presses also walk a field through every prefix of the value ("1", "1e", "1e3"…).
 * They are used for the first text field and the first numeric field of each widget. A
 * widget's other fields are the same kit components: they get each whole value as one
 * input event, all values set and checked in one call into the page, which keeps the run
 * within npm test's time budget (a typed field takes about 2 s, one set in the page a
 * quarter of that). The markup is typed key by key only into text fields.
 */
// '-' before '': clearing a field that starts empty (a self-check answer) is no edit at all.
const HOSTILE: [string, boolean | 'text', boolean][] = [
  ['-', true, true],
  ['', true, true],
  ['1e309', true, true],
  ['NaN', true, true],
  ['abc', true, true],
  [LONG, false, true],
  [MARKUP, 'text', true],
  ['-3', true, false],
  ['2.5', true, false],
];
const FIELDS = 'input[type="text"], input:not([type]), input[type="number"], textarea, select';

const pages = pagesToExercise();

let browser: Browser;
let widgetsSeen = 0;
let fieldsSeen = 0;
let numericSeen = 0;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface FieldState {
  label: string;
  invalid: boolean;
  message: string;
  messageVisible: boolean;
}

type Snapshot = { fields: FieldState[]; injected: number; crashed: boolean };

/**
 * In the page, in one call: sets field #index of the widget to each of `values` in turn, as
 * one input event (the native value setter, then "input", as pasting would), and after the
 * next two frames takes a snapshot: every field's validity and message, any injected <img>,
 * whether the widget crashed. With no values, one snapshot of the widget as it is.
 */
async function setAndInspect(widget: Locator, index: number, values: string[]): Promise<Snapshot[]> {
  return widget.evaluate(
    async (root, { selector, index, values }) => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const snapshot = () => ({
        fields: Array.from(root.querySelectorAll<HTMLElement>(selector)).map((el) => {
          const byId = el.id ? document.getElementById(`${el.id}-error`) : null;
          const described = (el.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .map((id: string) => (id ? document.getElementById(id) : null))
            .find((m: HTMLElement | null) => m !== null);
          const msg = byId ?? described ?? null;
          const label = (el as HTMLInputElement).labels?.[0]?.innerText ?? el.getAttribute('aria-label') ?? el.id;
          return {
            label,
            invalid: el.getAttribute('aria-invalid') === 'true',
            message: msg?.textContent?.trim() ?? '',
            messageVisible: !!msg && msg.getClientRects().length > 0 && getComputedStyle(msg).visibility !== 'hidden',
          };
        }),
        injected: document.querySelectorAll('img[src="x"]').length,
        crashed: root.querySelector('[data-widget-crashed]') !== null,
      });
      if (values.length === 0) {
        await frames();
        return [snapshot()];
      }
      const field = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)[index];
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!;
      const snapshots = [];
      for (const value of values) {
        setter.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await frames();
        snapshots.push(snapshot());
      }
      return snapshots;
    },
    { selector: FIELDS, index, values },
  );
}

const inspect = async (widget: Locator): Promise<Snapshot> => (await setAndInspect(widget, -1, []))[0];

async function typeValue(page: Page, field: Locator, value: string, keys: boolean): Promise<void> {
  if (!keys) {
    await field.fill(value);
    return;
  }
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (value) await page.keyboard.type(value);
}

const widgetText = (widget: Locator) => widget.evaluate((el) => (el as HTMLElement).innerText);
const fieldValues = (widget: Locator) =>
  widget.evaluate(
    (el, selector) => Array.from(el.querySelectorAll<HTMLInputElement>(selector)).map((f) => f.value),
    FIELDS,
  );

async function fuzzWidget(page: Page, widget: Locator, name: string, expect: ExpectStatic): Promise<void> {
  await widget.scrollIntoViewIfNeeded();
  const initialText = await widgetText(widget);
  const initialValues = await fieldValues(widget);
  const fields = widget.locator(FIELDS);
  const count = await fields.count();
  const typed = { numeric: false, text: false };
  const consistent = (state: Snapshot, what: string) => {
    expect(state.crashed, `${name} crashed after ${what}`).toBe(false);
    expect(state.injected, `${name}: markup parsed into an element after ${what}`).toBe(0);
    for (const f of state.fields) {
      expect(f.message !== '', `${name} «${f.label}» after ${what}: message present exactly when invalid`).toBe(
        f.invalid,
      );
      if (f.invalid) expect(f.messageVisible, `${name} «${f.label}» message visible after ${what}`).toBe(true);
    }
  };

  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    // All a field's facts in one call into the page (five calls took a quarter of its time).
    const { usable, original, tag, kind, options } = await field.evaluate((el) => ({
      usable:
        el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.matches(':disabled'),
      original: (el as HTMLInputElement).value,
      tag: el.tagName,
      kind: el.getAttribute('data-kind'),
      options: Array.from(el.querySelectorAll('option'), (o) => o.value),
    }));
    if (!usable) continue;
    fieldsSeen += 1;
    if (tag === 'SELECT') {
      for (const option of options) {
        await field.selectOption(option);
        consistent(await inspect(widget), `choosing option ${option} in select #${i}`);
      }
      await field.selectOption(original);
      continue;
    }
    const numeric = kind === 'number' || kind === 'number-list';
    if (numeric) numericSeen += 1;
    const withKeys = !typed[numeric ? 'numeric' : 'text'];
    typed[numeric ? 'numeric' : 'text'] = true;
    // The widget's other fields get every value in one call (see HOSTILE).
    const setInPage = withKeys
      ? []
      : await setAndInspect(
          widget,
          i,
          HOSTILE.map(([value]) => value),
        );
    for (const [n, [value, keys, reject]] of HOSTILE.entries()) {
      const what = `typing ${JSON.stringify(value.length > 40 ? value.slice(0, 12) + '…' : value)} into field #${i}`;
      let state = setInPage[n];
      if (!state) {
        await typeValue(page, field, value, keys === 'text' ? !numeric : keys);
        state = await inspect(widget);
      }
      consistent(state, what);
      if (numeric && reject) {
        expect(state.fields[i].invalid, `${name} «${state.fields[i].label}» rejects after ${what}`).toBe(true);
      }
    }
    await field.fill(original);
    const after = await inspect(widget);
    consistent(after, `restoring field #${i}`);
    // A field that starts empty (an answer still to be given) may keep asking for a number.
    if (original !== '') {
      expect(after.fields[i].invalid, `${name} «${after.fields[i].label}» accepts its original value again`).toBe(
        false,
      );
    }
  }

  await widget.locator('header button:not([role="tab"])').last().click();
  await expect.poll(() => widgetText(widget), { timeout: 5000 }).toBe(initialText);
  expect(await fieldValues(widget), `${name}: reset restores every field`).toEqual(initialValues);
  consistent(await inspect(widget), 'reset');
}

describe('fuzzing every widget', () => {
  it('finds widgets in the build', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.some((p) => p.path.startsWith('/en/'))).toBe(true);
  });

  it.concurrent.for(pages.map((p) => [p.path, p.widgets] as const))(
    '%s: every field of %s survives hostile input',
    async ([path, names], { expect }) => {
      // A dialog (e.g. an alert from injected markup) is one of the page's problems (./browser.ts).
      const { page, problems, close } = await watchedPage(browser);
      try {
        await gotoHydrated(page, baseUrl() + path);
        const widgets = page.locator('[data-widget]');
        expect(await widgets.count(), `widgets on ${path}`).toBe(names.length);
        for (let w = 0; w < names.length; w++) {
          await fuzzWidget(page, widgets.nth(w), `${names[w]} on ${path}`, expect);
          widgetsSeen += 1;
        }
        expect(problems, `problems on ${path}`).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('fuzzed every widget and some fields', () => {
    expect(widgetsSeen).toBe(pages.reduce((n, p) => n + p.widgets.length, 0));
    expect(fieldsSeen).toBeGreaterThan(widgetsSeen);
    expect(numericSeen, 'numeric fields (kit data-kind) seen').toBeGreaterThan(0);
  });
});
