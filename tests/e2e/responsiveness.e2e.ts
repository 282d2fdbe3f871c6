/**
 * Widgets answer at once and never freeze the page (issue #11), on every widget of the
 * build (pages from build/sitemap.xml, widgets from [data-widget]; no list to maintain):
 * - closed-form widgets (no kit RunnerControls, marked data-runner): the time from an
 *   input event on one of its controls to the last DOM change of its output, measured in
 *   the page with performance.now() and a MutationObserver, over 20 changes alternating
 *   two valid values: median ≤ 16 ms (one frame);
 * - widgets with an in-browser training loop: while a run goes, no long task
 *   (PerformanceObserver 'longtask') over 100 ms;
 * - question sets (WidgetFrame kind="quiz", e.g. SelfCheck): from a click on "check" to
 *   the verdict, same budget.
 * Pages run one at a time so the timings do not compete for the two cores.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';
import { widgetPages } from './widget-pages';

const MEDIAN_BUDGET_MS = 16;
const LONG_TASK_BUDGET_MS = 100;
const CHANGES = 20;
const RUN_LIMIT_MS = 20_000;

const pages = widgetPages('build/sitemap.xml');

let browser: Browser;
const measured: string[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Probe {
  /** Index among the widget's controls (see CONTROLS), and the two values to alternate. */
  index: number;
  values: [string, string];
}

/** The widget's own controls (the frame's header with tabs and reset is left out). */
const CONTROLS = '[data-kind], input[type="text"], textarea, select, button:not([disabled])';

/**
 * Finds a control of the widget and two values it accepts that change the output: a number
 * field nudged from its value, a select's other option, a text field with one more
 * character, or else two of the widget's buttons. Runs in the page.
 */
async function findProbe(widget: Locator): Promise<Probe | null> {
  return widget.evaluate(async (root, selector) => {
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const controls = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(
      (el) => el.getClientRects().length > 0 && !root.querySelector('header')?.contains(el),
    );
    const setValue = (el: HTMLElement, value: string) => {
      if (el instanceof HTMLButtonElement) {
        el.click();
        return;
      }
      const proto =
        el instanceof HTMLSelectElement
          ? HTMLSelectElement
          : el instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement
            : HTMLInputElement;
      Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (el instanceof HTMLSelectElement) el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const outputText = () => (root as HTMLElement).innerText;
    const valid = () => !controls.some((c) => c.getAttribute('aria-invalid') === 'true');
    const buttons = controls.filter((c) => c instanceof HTMLButtonElement);
    const order = [
      ...controls.filter((c) => c.dataset.kind === 'number'),
      ...controls.filter((c) => c instanceof HTMLSelectElement),
      ...controls.filter((c) => c.dataset.kind === 'number-list' || c.dataset.kind === 'text'),
    ];
    for (const el of order) {
      const index = controls.indexOf(el);
      const original = (el as HTMLInputElement).value;
      let candidates: string[];
      if (el instanceof HTMLSelectElement) {
        candidates = Array.from(el.options)
          .map((o) => o.value)
          .filter((v) => v !== original);
      } else if (el.dataset.kind === 'number') {
        const v = Number(original);
        candidates = [v + 1, v - 1, v * 2, v / 2, v + 0.1, v - 0.1].map((x) => String(Number(x.toPrecision(10))));
      } else if (el.dataset.kind === 'number-list') {
        candidates = [original.replace(/(\d)(\D*)$/, (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`)];
      } else {
        candidates = [original + 'a', original.slice(0, -1)];
      }
      const before = outputText();
      for (const c of candidates) {
        setValue(el, c);
        await settle();
        const ok = valid() && outputText() !== before;
        setValue(el, original);
        await settle();
        if (ok) return { index, values: [original, c] as [string, string] };
      }
    }
    // No field: two of its buttons that show different outputs (e.g. two stages).
    const after = (b: HTMLButtonElement) => {
      b.click();
      return settle().then(outputText);
    };
    const base = outputText();
    for (let i = 0; i < buttons.length; i++) {
      const textI = await after(buttons[i] as HTMLButtonElement);
      if (textI === base) continue;
      for (let j = 0; j < buttons.length; j++) {
        if (j === i) continue;
        const textJ = await after(buttons[j] as HTMLButtonElement);
        if (textJ !== textI)
          return { index: controls.indexOf(buttons[j]), values: [String(j), String(i)] as [string, string] };
      }
    }
    return null;
  }, CONTROLS);
}

/** Milliseconds from each input event to the last change of the widget outside the control's own field. */
async function timeChanges(widget: Locator, probe: Probe): Promise<number[]> {
  return widget.evaluate(
    async (root, { selector, probe, changes }) => {
      const controls = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(
        (el) => el.getClientRects().length > 0 && !root.querySelector('header')?.contains(el),
      );
      const el = controls[probe.index];
      const buttons = controls.filter((c) => c instanceof HTMLButtonElement);
      const own = el.closest('[data-field]') ?? el;
      const apply = (which: 0 | 1) => {
        if (el instanceof HTMLButtonElement) {
          buttons[Number(probe.values[which])].click();
          return;
        }
        const proto =
          el instanceof HTMLSelectElement
            ? HTMLSelectElement
            : el instanceof HTMLTextAreaElement
              ? HTMLTextAreaElement
              : HTMLInputElement;
        Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(el, probe.values[which]);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        if (el instanceof HTMLSelectElement) el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const times: number[] = [];
      for (let i = 0; i < changes; i++) {
        let last = -1;
        const observer = new MutationObserver((records) => {
          if (records.some((r) => !own.contains(r.target))) last = performance.now();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        const t0 = performance.now();
        apply(i % 2 === 0 ? 1 : 0);
        // Let every render, effect and follow-up update land before closing the window.
        await new Promise((r) => setTimeout(r, 60));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        observer.disconnect();
        times.push(last < 0 ? Number.POSITIVE_INFINITY : last - t0);
      }
      return times;
    },
    { selector: CONTROLS, probe, changes: CHANGES },
  );
}

/** Milliseconds from a click on a choice question's check button to the last change of its feedback. */
async function timeQuizChecks(widget: Locator): Promise<number[]> {
  return widget.evaluate(async (root, changes) => {
    const question = root.querySelector('fieldset[data-kind="choice"]');
    const radios = question ? Array.from(question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) : [];
    const check = question?.querySelector<HTMLButtonElement>('button');
    if (!question || radios.length < 2 || !check) return [Number.POSITIVE_INFINITY];
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times: number[] = [];
    for (let i = 0; i < changes; i++) {
      radios[i % 2].click(); // clears the previous verdict
      await settle();
      let last = -1;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(question, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      check.click();
      await new Promise((r) => setTimeout(r, 60));
      await settle();
      observer.disconnect();
      times.push(last < 0 ? Number.POSITIVE_INFINITY : last - t0);
    }
    return times;
  }, CHANGES);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('widget responsiveness', () => {
  it('finds widgets in the build', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.for(pages.map((p) => [p.path, p.widgets] as const))('%s: %s respond within a frame', async ([path, names]) => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, baseUrl() + path);
      const widgets = page.locator('[data-widget]');
      expect(await widgets.count()).toBe(names.length);
      for (let w = 0; w < names.length; w++) {
        const widget = widgets.nth(w);
        const name = names[w];
        await widget.scrollIntoViewIfNeeded();
        const runner = widget.locator('[data-runner]');
        if ((await runner.count()) > 0) {
          const longTasks = await widget.evaluate(async (root, limit) => {
            const tasks: number[] = [];
            const observer = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) tasks.push(Math.round(e.duration));
            });
            observer.observe({ type: 'longtask' });
            const start = root.querySelector<HTMLButtonElement>('[data-runner] button.button--primary');
            if (!start) throw new Error('no start button');
            start.click();
            const t0 = performance.now();
            // Running while the stop (secondary) button shows; stop it at the time limit.
            await new Promise((r) => setTimeout(r, 50));
            while (root.querySelector('[data-runner] button.button--secondary') && performance.now() - t0 < limit) {
              await new Promise((r) => setTimeout(r, 50));
            }
            root.querySelector<HTMLButtonElement>('[data-runner] button.button--secondary')?.click();
            await new Promise((r) => setTimeout(r, 100));
            observer.disconnect();
            return { tasks, ms: Math.round(performance.now() - t0) };
          }, RUN_LIMIT_MS);
          measured.push(`${name}: run of ${longTasks.ms} ms, long tasks ${JSON.stringify(longTasks.tasks)}`);
          expect(
            longTasks.tasks.filter((d) => d > LONG_TASK_BUDGET_MS),
            `${name}: long tasks over ${LONG_TASK_BUDGET_MS} ms while training`,
          ).toEqual([]);
        } else if ((await widget.getAttribute('data-widget-kind')) === 'quiz') {
          // A question set answers on its "check" button: time check → verdict, alternating two choices.
          const times = await timeQuizChecks(widget);
          measured.push(
            `${name}: check → verdict median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
          );
          expect(Math.max(...times), `${name}: every check showed a verdict`).toBeLessThan(Infinity);
          expect(median(times), `${name}: median ms from check to verdict`).toBeLessThanOrEqual(MEDIAN_BUDGET_MS);
        } else {
          const probe = await findProbe(widget);
          expect(probe, `${name}: a control with two valid values that change the output`).not.toBeNull();
          const times = await timeChanges(widget, probe!);
          measured.push(`${name}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
          expect(Math.max(...times), `${name}: every change updated the output`).toBeLessThan(Infinity);
          expect(median(times), `${name}: median ms from input to output`).toBeLessThanOrEqual(MEDIAN_BUDGET_MS);
        }
      }
      expect(problems, `problems on ${path}`).toEqual([]);
    } finally {
      await close();
    }
  });

  it('measured every widget', () => {
    console.log(measured.join('\n'));
    expect(measured.length).toBe(pages.reduce((n, p) => n + p.widgets.length, 0));
  });
});
