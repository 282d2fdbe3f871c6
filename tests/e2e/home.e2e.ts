/**
 * The home page leads a new reader through the pipeline: chapter 0 first, then the stages in
 * order, each a link to its chapter once src/data/chapters.ts gives it a path (the others are
 * shown as "in progress", not linked); a "how to use this site" block explains the widgets,
 * search, the language switch, dark mode, the self-check questions and the references, and its
 * links lead where they say. Both locales.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../src/data/chapters';
import { baseUrl, gotoHydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const FLOW = ['data', 'pretraining', 'sft', 'reward', 'alignment', 'distillation'];

const TEXT = {
  zh: {
    prefix: '',
    pipeline: '训练流水线',
    howto: '怎样使用本站',
    soon: '撰写中',
    dataOutput: '产出：词元序列',
    widgets: ['重置', '代码', 'src/lib'],
    search: ['Ctrl', 'K', '拒绝采样', 'rejection sampling'],
    language: ['English'],
    dark: ['深色', '记住'],
    selfCheck: ['3 到 6 道'],
  },
  en: {
    prefix: '/en',
    pipeline: 'The training pipeline',
    howto: 'How to use this site',
    soon: 'In progress',
    dataOutput: 'Produces: token sequences',
    widgets: ['Reset', 'Code', 'src/lib'],
    search: ['Ctrl', 'K', 'rejection sampling', 'Chinese'],
    language: ['Simplified Chinese', 'English'],
    dark: ['dark', 'remembers'],
    selfCheck: ['3 to 6 questions'],
  },
} as const;

async function openHome(lang: 'zh' | 'en'): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { page, problems, close } = await watchedPage(browser);
  await gotoHydrated(page, `${baseUrl()}${TEXT[lang].prefix}/`);
  return { page, problems, close };
}

describe.each(['zh', 'en'] as const)('home page (%s)', (lang) => {
  const t = TEXT[lang];

  it('shows the stages in pipeline order, each linked to its chapter when it has a path', async () => {
    const { page, problems, close } = await openHome(lang);
    try {
      const section = page.getByRole('region', { name: t.pipeline });
      const order = await section
        .getByTestId('pipeline-flow')
        .locator(':scope > li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid')));
      expect(order).toEqual(FLOW.map((id) => `stage-${id}`));
      expect(await section.getByTestId('stage-data').innerText()).toContain(t.dataOutput);
      for (const c of CHAPTERS) {
        if (c.path) {
          const link = section.getByTestId(`chapter-link-${c.id}`);
          expect(await link.getAttribute('href'), c.id).toBe(t.prefix + c.path);
          expect(await link.innerText()).toContain(String(c.number));
        } else {
          expect(await section.getByTestId(`chapter-link-${c.id}`).count(), c.id).toBe(0);
          expect(await section.getByTestId(`chapter-pending-${c.id}`).innerText()).toContain(t.soon);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('leads from each stage card to its chapter page', async () => {
    const { page, problems, close } = await openHome(lang);
    try {
      for (const c of CHAPTERS.filter((x) => x.path)) {
        await gotoHydrated(page, `${baseUrl()}${t.prefix}/`);
        await page.getByTestId(`chapter-link-${c.id}`).click();
        await page.waitForURL((u) => u.pathname === t.prefix + c.path);
        // The chapter's own page: its sidebar marks it as the current page, and it has a title.
        await expect.poll(() => page.locator('article h1').first().innerText()).not.toBe('');
        expect(await page.locator('.menu__link--active').first().getAttribute('href')).toBe(t.prefix + c.path);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains how to use the site, with links that work', async () => {
    const { page, problems, close } = await openHome(lang);
    try {
      const howto = page.getByRole('region', { name: t.howto });
      expect(await howto.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(6);
      const text = async (id: string) => howto.getByTestId(`howto-${id}`).innerText();
      for (const word of t.widgets) expect(await text('widgets')).toContain(word);
      for (const word of t.search) expect(await text('search')).toContain(word);
      for (const word of t.language) expect(await text('language')).toContain(word);
      for (const word of t.dark) expect(await text('dark')).toContain(word);
      for (const word of t.selfCheck) expect(await text('self-check')).toContain(word);
      // The widget example leads to a real widget, the self-check link to a self-check section.
      await howto.getByTestId('howto-widgets').getByRole('link').click();
      await page.waitForURL((u) => u.pathname === `${t.prefix}/docs/reward/bradley-terry` && u.hash === '#widget');
      await expect.poll(() => page.locator('[data-widget="PreferenceLoss"]').count()).toBe(1);
      await page.goBack({ waitUntil: 'networkidle' });
      await page.getByRole('region', { name: t.howto }).getByTestId('howto-self-check').getByRole('link').click();
      await page.waitForURL((u) => u.pathname === `${t.prefix}/docs/overview` && u.hash === '#self-check');
      await expect.poll(() => page.locator('#self-check').isVisible()).toBe(true);
      await expect.poll(() => page.locator('[data-widget="SelfCheck"] fieldset').count()).toBeGreaterThanOrEqual(3);
      await page.goBack({ waitUntil: 'networkidle' });
      await page.getByRole('region', { name: t.howto }).getByTestId('howto-references').getByRole('link').click();
      await page.waitForURL((u) => u.pathname === `${t.prefix}/docs/references`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
