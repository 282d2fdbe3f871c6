/**
 * The docs of both locales as the unit tests see them: files, their routes (as
 * Docusaurus builds them: number prefixes dropped, `index` → folder) and their
 * parsed headings and citations (plugins/docs-index/parse.ts, the build's own rules).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDoc, type ParsedDoc } from '../../plugins/docs-index/parse';

export const root = resolve(__dirname, '../..');
export const LOCALES = {
  zh: join(root, 'docs'),
  en: join(root, 'i18n/en/docusaurus-plugin-content-docs/current'),
} as const;
export type Locale = keyof typeof LOCALES;

export interface DocFile {
  locale: Locale;
  /** Path relative to the locale's docs folder, e.g. `04-reward/bradley-terry.mdx`. */
  rel: string;
  /** Route without locale, e.g. `/docs/reward/bradley-terry`. */
  route: string;
  text: string;
  parsed: ParsedDoc;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.mdx?$/.test(name) && !name.startsWith('_') ? [p] : [];
  });
}

/** `04-reward/index.mdx` → `/docs/reward`; `04-reward/loss.mdx` → `/docs/reward/loss`. */
export function routeOf(rel: string): string {
  const parts = rel
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((p) => p.replace(/^\d+-/, ''));
  if (parts[parts.length - 1] === 'index') parts.pop();
  return `/docs/${parts.join('/')}`;
}

export function loadDocs(locale: Locale): DocFile[] {
  const dir = LOCALES[locale];
  return walk(dir)
    .sort()
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const rel = relative(dir, file);
      return { locale, rel, route: routeOf(rel), text, parsed: parseDoc(text) };
    });
}

/** The body without front matter and fenced code blocks. */
export function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/```[\s\S]*?```/g, '');
}
