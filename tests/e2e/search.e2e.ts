/**
 * The local search index finds Chinese and English terms, in each locale, and a
 * result leads to the page that explains the term.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { baseUrl, gotoHydrated, launch, MAIN_JS, waitForHydration, watchedPage, type WatchedPage } from './browser';

// [locale prefix, query, title of the page that must be among the results, its path]
const CASES: [string, string, string, string][] = [
  ['', '拒绝采样', '两种范式', '/docs/overview/paradigms'],
  ['', '继续预训练', '预训练、后训练与继续训练', '/docs/overview/training-phases'],
  ['', '自监督', '学习范式', '/docs/overview/learning-paradigms'],
  ['', '逐个阶段', '训练全景', '/docs/overview'],
  ['', 'InstructGPT', '规模', '/docs/overview/scale'],
  ['/en', 'rejection sampling', 'Two paradigms', '/en/docs/overview/paradigms'],
  ['/en', 'self-supervised', 'Learning paradigms', '/en/docs/overview/learning-paradigms'],
  ['/en', 'InstructGPT', 'Scale', '/en/docs/overview/scale'],
  ['/en', 'Chinchilla', 'Compute and scaling laws', '/en/docs/pretraining/scaling'],
  ['', '核采样', '目标、采样与困惑度', '/docs/pretraining/objective'],
  ['', 'FlashAttention', '模型结构与注意力', '/docs/pretraining/architecture'],
  ['', '旋转位置编码', '位置编码：RoPE 与 ALiBi', '/docs/pretraining/positions'],
  ['', '损失尖峰', '优化与学习率', '/docs/pretraining/optimization'],
  ['', 'ZeRO', '分布式训练与 ZeRO', '/docs/pretraining/distributed'],
  ['', '位置插值', '长上下文与继续预训练', '/docs/pretraining/long-context'],
  ['/en', 'nucleus sampling', 'Objective, sampling and perplexity', '/en/docs/pretraining/objective'],
  ['/en', 'grouped-query', 'Architecture and attention', '/en/docs/pretraining/architecture'],
  ['/en', 'WSD', 'Optimisation and learning rate', '/en/docs/pretraining/optimization'],
  ['/en', 'pipeline parallelism', 'Distributed training and ZeRO', '/en/docs/pretraining/distributed'],
  ['/en', 'continued pretraining', 'Long context and continued pretraining', '/en/docs/pretraining/long-context'],
  ['', '近似去重', '清洗与去重', '/docs/data/dedup'],
  // A two-character term: jieba splits it unless the glossary's terms are in its dictionary.
  ['', '去重', '清洗与去重', '/docs/data/dedup'],
  ['', '采样权重', '数据配比', '/docs/data/mixing'],
  ['', '字节级', '分词', '/docs/data/tokenization'],
  ['', '填充', '截断与打包', '/docs/data/packing'],
  ['/en', 'MinHash', 'Cleaning and deduplication', '/en/docs/data/dedup'],
  ['/en', 'Gopher', 'Quality filtering', '/en/docs/data/quality'],
  ['/en', 'Self-Instruct', 'Synthetic data', '/en/docs/data/synthetic'],
  ['/en', 'packing', 'Truncation and packing', '/en/docs/data/packing'],
  ['', '成对损失', 'Bradley–Terry 模型与成对损失', '/docs/reward/bradley-terry'],
  ['', '过程奖励模型', '结果奖励、过程奖励与可验证奖励', '/docs/reward/process-and-verifiable'],
  ['', '奖励投机', '奖励投机、过度优化与 best-of-n', '/docs/reward/best-of-n'],
  ['/en', 'RewardBench', 'Architecture, training and evaluation', '/en/docs/reward/training'],
  ['/en', 'pairwise loss', 'The Bradley–Terry model and the pairwise loss', '/en/docs/reward/bradley-terry'],
  ['/en', 'reward hacking', 'Reward hacking, over-optimisation and best-of-n', '/en/docs/reward/best-of-n'],
  ['', '损失掩码', '聊天模板与损失掩码', '/docs/sft/chat-template'],
  ['', '浅层对齐', 'SFT 数据', '/docs/sft/data'],
  ['', '低秩', 'LoRA：低秩适配', '/docs/sft/lora'],
  ['', 'QLoRA', '参数高效微调与显存', '/docs/sft/peft'],
  ['/en', 'ChatML', 'Chat templates and loss masking', '/en/docs/sft/chat-template'],
  ['/en', 'LIMA', 'SFT data', '/en/docs/sft/data'],
  ['/en', 'low-rank', 'LoRA: low-rank adaptation', '/en/docs/sft/lora'],
  ['/en', 'Prefix Tuning', 'Parameter-efficient fine-tuning and memory', '/en/docs/sft/peft'],
  ['', '广义优势估计', '广义优势估计（GAE）', '/docs/alignment/gae'],
  ['', '近端策略优化', 'PPO 的裁剪目标', '/docs/alignment/ppo-objective'],
  ['', '控制变量', 'KL 散度的三个估计量', '/docs/alignment/kl-estimators'],
  ['', '价值头', 'RLHF 与 PPO', '/docs/alignment/rlhf-ppo'],
  ['', '拒绝采样微调', '拒绝采样微调与多轮后训练', '/docs/alignment/rejection-sampling'],
  ['/en', 'generalized advantage estimation', 'Generalized advantage estimation (GAE)', '/en/docs/alignment/gae'],
  ['/en', 'clipped surrogate', "PPO's clipped objective", '/en/docs/alignment/ppo-objective'],
  ['/en', 'control variate', 'Three estimators of the KL divergence', '/en/docs/alignment/kl-estimators'],
  ['/en', 'value head', 'RLHF with PPO', '/en/docs/alignment/rlhf-ppo'],
  ['', '困惑度', '自动指标：困惑度、BLEU 与 ROUGE-L', '/docs/evaluation/metrics'],
  ['', '数据污染', '基准测试与数据污染', '/docs/evaluation/benchmarks'],
  ['', 'BLEU', '自动指标：困惑度、BLEU 与 ROUGE-L', '/docs/evaluation/metrics'],
  ['/en', 'perplexity', 'Automatic metrics: perplexity, BLEU and ROUGE-L', '/en/docs/evaluation/metrics'],
  ['/en', 'contamination', 'Benchmarks and data contamination', '/en/docs/evaluation/benchmarks'],
  ['/en', 'BLEU', 'Automatic metrics: perplexity, BLEU and ROUGE-L', '/en/docs/evaluation/metrics'],
  ['', '术语表', '术语表', '/docs/glossary'],
  ['/en', 'Glossary', 'Glossary', '/en/docs/glossary'],
  ['', '直接偏好优化', 'DPO：直接偏好优化', '/docs/alignment/dpo'],
  ['', '组相对策略优化', 'GRPO：组相对策略优化', '/docs/alignment/grpo'],
  ['', 'KTO', 'KTO：基于前景理论的对齐', '/docs/alignment/kto'],
  ['/en', 'DPO', 'DPO: Direct Preference Optimization', '/en/docs/alignment/dpo'],
  ['/en', 'GRPO', 'GRPO: Group Relative Policy Optimization', '/en/docs/alignment/grpo'],
  ['/en', 'KTO', 'KTO: alignment from prospect theory', '/en/docs/alignment/kto'],
  ['', '知识蒸馏', '知识蒸馏与压缩', '/docs/distillation'],
  ['', '温度', '软标签、温度与暗知识', '/docs/distillation/soft-labels'],
  ['', '反向 KL', 'KL 的方向：正向、反向与 on-policy', '/docs/distillation/kl-direction'],
  ['/en', 'knowledge distillation', 'Distillation and compression', '/en/docs/distillation'],
  ['/en', 'temperature', 'Soft labels, temperature and dark knowledge', '/en/docs/distillation/soft-labels'],
  ['/en', 'reverse KL', 'Forward KL, reverse KL, on-policy', '/en/docs/distillation/kl-direction'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * One reader per locale: a page that stays open while that locale's cases run one after
 * another, each searching from wherever the previous result led (the search box is on
 * every page, and its index is loaded once, as for a reader who searches again).
 */
const readers = new Map<string, WatchedPage>();
async function readerFor(prefix: string): Promise<WatchedPage> {
  let reader = readers.get(prefix);
  if (!reader) {
    reader = await watchedPage(browser);
    await gotoHydrated(reader.page, `${baseUrl()}${prefix}/`);
    readers.set(prefix, reader);
  }
  return reader;
}
afterAll(async () => {
  for (const r of readers.values()) await r.close();
});

describe.each(['', '/en'])('search in locale "%s"', (locale) => {
  // [query, title, path]: the test name's placeholders take the first two.
  const cases = CASES.filter(([prefix]) => prefix === locale).map(([, ...rest]) => rest);
  it.for(cases)('finds "%s" on "%s" and leads there', async ([query, title, path], { expect }) => {
    const { page, problems } = await readerFor(locale);
    const input = page.locator('input.navbar__search-input').first();
    await input.click();
    await input.fill('');
    await input.pressSequentially(query, { delay: 20 });
    // Each suggestion is a role="option" with a breadcrumb: … › page title › section.
    const options = page.locator('[role="listbox"] [role="option"]');
    // Wait for this query's results, not the previous one's (the list updates as one types).
    await expect.poll(() => input.inputValue()).toBe(query);
    await options.first().waitFor({ timeout: 15_000 });
    // The poll's value is the whole list, so a failure shows what was offered instead.
    // A suggestion for the page: its breadcrumb starts with the title or has it after a ›.
    const leadsToTitle = new RegExp(`(^|› )${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    // The list is redrawn as results for the whole query replace those for a prefix; a click
    // during a redraw can miss (seen once in CI: no navigation). So the list must also be
    // the same in two reads in a row (the poll reads every 50 ms) before the click.
    let previous = '';
    await expect
      .poll(
        async () => {
          const list = await options.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
          const now = JSON.stringify(list);
          const settled = now === previous;
          previous = now;
          return { list, settled };
        },
        { timeout: 10_000 },
      )
      .toSatisfy(
        ({ list, settled }: { list: string[]; settled: boolean }) => settled && list.some((c) => leadsToTitle.test(c)),
      );
    // Click the suggestion by its text, not its position (the locator is resolved again when clicking).
    await options.filter({ hasText: leadsToTitle }).first().click();
    // The poll's value is the path, so a failure shows where the click led instead.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
    await expect.poll(() => page.locator('article h1').first().innerText()).toBe(title);
    expect(problems, `after searching "${query}"`).toEqual([]);
  });
});

// The search box's code loads when a reader reaches for it (src/theme/SearchBar); whatever
// is typed before it has loaded, and the focus, must carry over to the real search box.
describe('search box loaded on demand', () => {
  /** "MinHash" was typed into the stand-in: the real box has it, the focus and its results. */
  async function expectHandedOver(page: Page, expect: ExpectStatic): Promise<void> {
    const input = page.locator('input.navbar__search-input').first();
    await expect.poll(() => input.inputValue()).toBe('MinHash');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const options = page.locator('[role="listbox"] [role="option"]');
    await options.first().waitFor({ timeout: 15_000 });
    const crumbs = await options.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(
      crumbs.some((c) => c.includes('清洗与去重')),
      crumbs.join('\n'),
    ).toBe(true);
    // The real box is named in the page's language, like the stand-in was (the plugin says "Search").
    expect(await page.getByRole('combobox', { name: '搜索', exact: true }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Search', exact: true }).count()).toBe(0);
  }

  const openers: [string, (page: Page) => Promise<void>][] = [
    ['the keyboard shortcut', (page) => page.keyboard.press('Control+k')],
    ['keyboard focus', (page) => page.locator('input.navbar__search-input').first().focus()],
  ];
  it.for(openers)('keeps what is typed at once after %s', async ([, open], { expect }) => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}/docs/data`);
      await open(page);
      // No delay between keys: the first ones land before the search code has arrived.
      await page.keyboard.type('MinHash');
      await expectHandedOver(page, expect);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
  // A reader can focus the box and type before the page has hydrated (the navbar hydrates
  // at low priority). Holding main.js back makes that happen every time.
  it('keeps what was typed into the box before the page hydrated', async ({ expect }) => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(MAIN_JS, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${baseUrl()}/docs/data`, { waitUntil: 'commit' });
      const input = page.locator('input.navbar__search-input').first();
      await input.focus();
      await page.keyboard.type('MinHash');
      release();
      await waitForHydration(page);
      await expectHandedOver(page, expect);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('search page', () => {
  it.for([
    ['/search', '搜索', 'MinHash', '清洗与去重'],
    ['/en/search', 'Search', 'MinHash', 'Cleaning and deduplication'],
  ])(
    '%s names its box "%s" and lists results for a query in the address',
    async ([path, label, query, title], { expect }) => {
      const { page, problems, close } = await watchedPage(browser);
      try {
        // Named in the page's language already in the server HTML (plugins/source-patches.ts),
        // which a screen reader meets before the page hydrates.
        // (The build minifies HTML: attributes may come unquoted and in any order.)
        const html = await (await page.request.get(`${baseUrl()}${path}`)).text();
        const served = html.match(/<input[^>]*>/g)?.find((tag) => /\sname="?q[\s"/>]/.test(tag));
        expect(served).toMatch(new RegExp(`\\saria-label="?${label}[\\s"/>]`));
        await gotoHydrated(page, `${baseUrl()}${path}?q=${query}`);
        const box = page.getByRole('searchbox', { name: label, exact: true });
        await expect.poll(() => box.count()).toBe(1);
        expect(await box.inputValue()).toBe(query);
        await expect
          .poll(() => page.locator('.main-wrapper article').allInnerTexts(), { timeout: 15_000 })
          .toEqual(expect.arrayContaining([expect.stringContaining(title)]));
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('shows no formula text in result snippets (KaTeX flattens it into a jumble)', async ({ expect }) => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      // The perplexity formula, PPL = exp(1/N Σ ℓ_t), was indexed as "PPL=exp(N1t=1∑Nℓt)".
      await gotoHydrated(page, `${baseUrl()}/en/search?q=perplexity`);
      const results = page.locator('.main-wrapper article');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(10);
      const texts = await results.allInnerTexts();
      expect(texts.filter((t) => /[∑ℓ]/.test(t))).toEqual([]);
      // The prose around the formula is still found.
      expect(texts.some((t) => t.includes('Cross-entropy and perplexity'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finds a two-character Chinese term whole: 去重 ranks its own page first', async ({ expect }) => {
    // jieba cut 去重 into 去 (a stop word) and 重 until the glossary's terms became search words
    // (plugins/search-zh-dictionary.ts); the query then matched 重 anywhere (重要, 权重…).
    const { page, problems, close } = await watchedPage(browser);
    try {
      await gotoHydrated(page, `${baseUrl()}/search?q=${encodeURIComponent('去重')}`);
      const titles = page.locator('.main-wrapper article h2');
      await expect.poll(() => titles.first().innerText(), { timeout: 15_000 }).toBe('清洗与去重');
      expect(await page.locator('.main-wrapper article mark').allInnerTexts()).toContain('去重');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
