import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkKatexStyles from './plugins/remark-katex-styles';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import rehypeFailOnKatexError from './plugins/rehype-fail-on-katex-error';
import rehypeFootnoteSeparators from './plugins/rehype-footnote-separators';
import { GENERATED_STATIC_DIR, prepareKatexAssets } from './plugins/katex-assets';
import splitChunksPlugin from './plugins/split-chunks';
import lazyPrismPlugin from './plugins/lazy-prism';
import wholeHtmlPlugin from './plugins/whole-html';
import stagedClientEntryPlugin from './plugins/staged-client-entry';
import { SSR_TEMPLATE } from './plugins/ssr-template';
import sourcePatchesPlugin from './plugins/source-patches';
import { searchZhDictionary } from './plugins/search-zh-dictionary';
import { prepareLibSources } from './plugins/lib-sources';
import offlinePlugin from './plugins/offline';
import translationFreshnessPlugin from './plugins/translation-freshness';
import docsIndexPlugin from './plugins/docs-index';

// Where the site is published; GitHub Pages sets these in .github/workflows/deploy.yml.
const siteUrl = process.env.SITE_URL ?? 'https://llm-training-guide.github.io';
const baseUrl = process.env.BASE_URL ?? '/';
const repoUrl = process.env.REPO_URL ?? 'https://github.com/llm-training-guide/llm-training-guide';

// Algolia DocSearch only when all three variables are set at build time; the
// default is the local, offline search index (works without any outside request).
const algolia =
  process.env.ALGOLIA_APP_ID && process.env.ALGOLIA_API_KEY && process.env.ALGOLIA_INDEX_NAME
    ? {
        appId: process.env.ALGOLIA_APP_ID,
        apiKey: process.env.ALGOLIA_API_KEY,
        indexName: process.env.ALGOLIA_INDEX_NAME,
        contextualSearch: true,
      }
    : undefined;

// Docusaurus loads the config once per locale; the site title is not part of the
// translation files, so it follows the locale here.
const isEnglish = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';

// GFM footnotes carry our citations; their heading follows the locale.
const remarkRehypeOptions = isEnglish
  ? { footnoteLabel: 'Notes and sources', footnoteBackLabel: 'Back to the text' }
  : { footnoteLabel: '注释与出处', footnoteBackLabel: '回到正文' };

// KaTeX CSS and fonts from node_modules/katex, served by the site (see plugins/katex-assets.ts).
const katexCssPath = prepareKatexAssets(__dirname);
// src/lib sources for the widgets' code tabs (see plugins/lib-sources.ts).
prepareLibSources(__dirname);

const config: Config = {
  // Entry scripts run after the first paint (see plugins/ssr-template.ts).
  ssrTemplate: SSR_TEMPLATE,
  title: isEnglish ? 'LLM Training, Explained' : 'LLM 训练图解',
  tagline: isEnglish
    ? 'From raw data to alignment, every formula computed in your browser'
    : '从数据到对齐，每个公式都在浏览器里算给你看',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  // Docusaurus Faster (Rspack + SWC) and the other v4 defaults.
  future: { v4: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    remarkRehypeOptions,
    // Explicit heading ids `## Title {#id}`, the same in both locales (v4 turns this off by default).
    mdx1Compat: { comments: false, admonitions: false, headingIds: true },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  // The generated folder holds the KaTeX assets copied at config load.
  staticDirectories: ['static', GENERATED_STATIC_DIR],

  customFields: { katexCssPath },

  // No prefetching of every link in view (the service worker caches the site; hover and
  // touch still preload); wide formulas and tables become keyboard-scrollable.
  clientModules: ['./src/client/no-viewport-prefetch.ts', './src/client/scrollable-regions.ts'],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repoUrl}/edit/main/`,
          // The English pages are edited under i18n/en, not docs/.
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          remarkPlugins: [remarkMath, remarkKatexStyles, remarkGlossaryTerms],
          rehypePlugins: [rehypeKatex, rehypeFailOnKatexError, rehypeFootnoteSeparators],
        },
        // No blog: the site is a guide, and the template's blog pulls avatars from outside.
        blog: false,
        pages: {
          remarkPlugins: [remarkMath, remarkKatexStyles, remarkGlossaryTerms],
          rehypePlugins: [rehypeKatex, rehypeFailOnKatexError, rehypeFootnoteSeparators],
        },
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: 'date', changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    ...(algolia
      ? []
      : [
          [
            '@easyops-cn/docusaurus-search-local',
            {
              // Builds a lunr index of both locales at build time; Chinese is segmented with jieba.
              hashed: true,
              language: ['en', 'zh'],
              // The glossary's Chinese terms as whole words (plugins/search-zh-dictionary.ts).
              zhUserDict: searchZhDictionary(),
              indexBlog: false,
              docsRouteBasePath: '/docs',
              // The index hash also covers the English docs, so a change there busts the cache.
              docsDir: ['docs', 'i18n/en/docusaurus-plugin-content-docs'],
              // Formulas stay out: their text comes out flattened ("exp(N1t=1∑Nℓt)" for the
              // perplexity formula) and made result snippets unreadable; the prose around a
              // formula names what it computes. Glossary tooltips repeat each term's
              // definition on every page that uses it.
              ignoreCssSelectors: ['.katex', '.term-tooltip'],
              highlightSearchTermsOnTargetPage: false,
              searchResultLimits: 8,
              explicitSearchResultPath: true,
            },
          ] as [string, Record<string, unknown>],
        ]),
  ],

  plugins: [
    splitChunksPlugin,
    lazyPrismPlugin,
    // Pages' HTML is written whole: no Suspense boundary is left for a script to fill in.
    wholeHtmlPlugin,
    // main.js runs its modules in seven tasks instead of one long one.
    stagedClientEntryPlugin,
    // Exact edits to installed packages: no ICU collator during hydration, a translated search box name.
    sourcePatchesPlugin,
    // docs-index: page titles, headings and footnote citations for the glossary and the references page.
    docsIndexPlugin,
    // Installable, and readable offline in both locales (service worker written after the build).
    [
      offlinePlugin,
      { rootBaseUrl: baseUrl, shortName: isEnglish ? 'LLM Training' : 'LLM 训练图解', themeColor: '#1d5fbf' },
    ],
    // Flags English pages whose Chinese source changed since they were translated.
    translationFreshnessPlugin,
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{ name: 'keywords', content: 'LLM, 大模型训练, pretraining, SFT, RLHF, PPO, DPO, GRPO, distillation' }],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'LLM 训练图解',
      // The title next to the logo names the site, so the image is decorative (empty alt).
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: '教程' },
        { type: 'localeDropdown', position: 'right' },
        { href: repoUrl, label: 'GitHub', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '教程',
          items: [
            { label: '训练全景', to: '/docs/overview' },
            { label: '术语表', to: '/docs/glossary' },
            { label: '参考文献', to: '/docs/references' },
          ],
        },
        {
          title: '参与',
          items: [
            { label: 'GitHub', href: repoUrl },
            { label: '报告错误', href: `${repoUrl}/issues/new?template=content-error.yml` },
          ],
        },
      ],
      copyright: `内容采用 CC BY-SA 4.0 许可，代码采用 MIT 许可。`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'json', 'python'],
    },
    mermaid: {
      theme: { light: 'neutral', dark: 'dark' },
    },
    ...(algolia ? { algolia } : {}),
  } satisfies Preset.ThemeConfig,
};

export default config;
