/**
 * The self-check questions (src/data/self-check/<NN-stage>.ts, rendered by
 * src/components/SelfCheck): every file of the folder is found and checked, so a new chapter
 * only adds its data file and its "## 自测 {#self-check}" section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAccepted } from '../../src/components/SelfCheck/logic';
import * as lib from '../../src/lib';
import type { Localized, SelfCheckChapter, SelfCheckQuestion } from '../../src/data/self-check/types';

const root = resolve(__dirname, '../..');
const dataDir = join(root, 'src/data/self-check');
const zhDir = join(root, 'docs');
const enDir = join(root, 'i18n/en/docusaurus-plugin-content-docs/current');
const LIB_FUNCTIONS = Object.entries(lib)
  .filter(([, v]) => typeof v === 'function')
  .map(([k]) => k);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const files = readdirSync(dataDir)
  .filter((f) => /^\d\d-[\w-]+\.ts$/.test(f))
  .sort();
const chapters: [string, SelfCheckChapter, string][] = await Promise.all(
  files.map(
    async (f) =>
      [
        f,
        ((await import(join(dataDir, f))) as { default: SelfCheckChapter }).default,
        readFileSync(join(dataDir, f), 'utf8'),
      ] as [string, SelfCheckChapter, string],
  ),
);
const questions: [string, SelfCheckQuestion][] = chapters.flatMap(([f, c]) =>
  c.questions.map((q) => [`${f} ${q.id}`, q] as [string, SelfCheckQuestion]),
);

/** Heading texts by explicit id, fenced code removed, light Markdown stripped. */
function headings(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Map(
    [...text.matchAll(/^#{2,4} (.*?)\s*\{#([\w-]+)\}\s*$/gm)].map((m) => [m[2], m[1].replace(/[`*$]/g, '').trim()]),
  );
}

function expectBothLocales(text: Localized, what: string, zhMustBeChinese = true) {
  expect(text.zh?.trim(), `${what} (zh)`).toBeTruthy();
  expect(text.en?.trim(), `${what} (en)`).toBeTruthy();
  if (zhMustBeChinese) expect(CJK.test(text.zh), `${what}: zh has Chinese`).toBe(true);
  expect(CJK.test(text.en), `${what}: en has no Chinese: ${text.en}`).toBe(false);
}

describe('self-check data files', () => {
  it('exist for chapters 0 to 4 at least', () => {
    expect(files).toEqual(
      expect.arrayContaining(['00-overview.ts', '01-data.ts', '02-pretraining.ts', '03-sft.ts', '04-reward.ts']),
    );
  });

  it.each(chapters)('%s names its chapter, which exists in both locales', (file, c) => {
    expect(c.chapter).toBe(file.replace(/\.ts$/, ''));
    expect(existsSync(join(zhDir, c.chapter, 'index.mdx'))).toBe(true);
    expect(existsSync(join(enDir, c.chapter, 'index.mdx'))).toBe(true);
  });

  it.each(chapters)('%s has 3 to 6 questions with unique ids', (_f, c) => {
    expect(c.questions.length).toBeGreaterThanOrEqual(3);
    expect(c.questions.length).toBeLessThanOrEqual(6);
    const ids = c.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(chapters)('%s lists src/lib files that exist, and numeric answers import src/lib', (_f, c, source) => {
    for (const lib of c.libFiles ?? []) expect(existsSync(join(root, 'src/lib', lib)), lib).toBe(true);
    if (c.questions.some((q) => q.kind === 'numeric')) expect(source).toMatch(/from '\.\.\/\.\.\/lib'/);
  });

  it.each(chapters)('%s is rendered in a self-check section of its chapter page, in both locales', (file, c) => {
    for (const dir of [zhDir, enDir]) {
      const page = readFileSync(join(dir, c.chapter, 'index.mdx'), 'utf8');
      expect(page).toContain(`from '@site/src/data/self-check/${file.replace(/\.ts$/, '')}'`);
      expect(page).toMatch(/^## .*\{#self-check\}\s*$/m);
      expect(page).toMatch(/<SelfCheck data=\{\w+\} \/>/);
    }
  });
});

describe.each(questions)('question %s', (_name, q) => {
  it('has a prompt and an explanation in both locales', () => {
    expectBothLocales(q.prompt, 'prompt');
    expectBothLocales(q.explanation, 'explanation');
  });

  it('links to a heading that exists in both locales, labelled with its text', () => {
    const zh = join(zhDir, `${q.link.doc}.mdx`);
    const en = join(enDir, `${q.link.doc}.mdx`);
    expect(existsSync(zh), zh).toBe(true);
    expect(existsSync(en), en).toBe(true);
    expect(headings(zh).get(q.link.anchor), `#${q.link.anchor} in ${q.link.doc} (zh)`).toBe(q.link.label.zh);
    expect(headings(en).get(q.link.anchor), `#${q.link.anchor} in ${q.link.doc} (en)`).toBe(q.link.label.en);
  });

  if (q.kind === 'choice') {
    it('has two or more distinct choices in both locales and a valid correct index', () => {
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      q.choices.forEach((c, i) => expectBothLocales(c, `choice ${i}`, false));
      expect(new Set(q.choices.map((c) => c.zh)).size).toBe(q.choices.length);
      expect(new Set(q.choices.map((c) => c.en)).size).toBe(q.choices.length);
      expect(Number.isInteger(q.correct)).toBe(true);
      expect(q.correct).toBeGreaterThanOrEqual(0);
      expect(q.correct).toBeLessThan(q.choices.length);
    });
  } else {
    it('has a finite answer from src/lib and a tolerance that tells right from clearly wrong', () => {
      const answer = q.answer();
      expect(Number.isFinite(answer)).toBe(true);
      // A call of a src/lib function, not a typed-in number.
      const body = q.answer.toString();
      expect(
        LIB_FUNCTIONS.some((name) => new RegExp(`\\b${name}\\b`).test(body)),
        body,
      ).toBe(true);
      for (const t of [q.tolerance.abs, q.tolerance.rel]) {
        if (t !== undefined) expect(t >= 0 && Number.isFinite(t)).toBe(true);
      }
      expect(isAccepted(answer, answer, q.tolerance)).toBe(true);
      expect(isAccepted(answer * 1.5 + 1, answer, q.tolerance)).toBe(false);
      expect(isAccepted(answer * 0.5 - 1, answer, q.tolerance)).toBe(false);
      if (q.unit) expectBothLocales(q.unit, 'unit', false);
    });
  }
});
