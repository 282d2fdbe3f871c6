/**
 * The glossary, merged from one JSON file per chapter (`NN-<chapter>.json`). Each
 * file maps a term id (kebab-case, used in `<Term id>` and the anchor
 * `/docs/glossary#term-<id>`) to its names, one-line definitions and the section
 * that explains it. A term lives in the file of the chapter its `section` belongs
 * to; the glossary page groups terms by that chapter, in file order.
 * tests/unit/glossary.test.ts checks ids, links, usage and that every file of this
 * folder is imported here.
 */
import overview from './00-overview.json';
import data from './01-data.json';
import pretraining from './02-pretraining.json';
import sft from './03-sft.json';
import reward from './04-reward.json';
import alignment from './05-alignment.json';
import distillation from './06-distillation.json';
import evaluation from './07-evaluation.json';

export type GlossaryLocale = 'zh' | 'en';

export interface GlossaryTerm {
  id: string;
  /** Chinese name, as the Chinese chapters write it. */
  zh: string;
  /** English name, as the English chapters write it (lower case unless a proper name). */
  en: string;
  /** Optional abbreviation shown after the names, e.g. "PEFT". */
  abbr?: string;
  definition: Record<GlossaryLocale, string>;
  /** Route of the explaining section without locale, e.g. `/docs/reward/bradley-terry#model`. */
  section: string;
}

type Entries = Record<string, Omit<GlossaryTerm, 'id'>>;

/** In chapter order; a new chapter adds its file here (and nothing else). */
const FILES: Entries[] = [overview, data, pretraining, sft, reward, alignment, distillation, evaluation];

export const GLOSSARY: readonly GlossaryTerm[] = FILES.flatMap((file) =>
  Object.entries(file).map(([id, entry]) => ({ id, ...entry })),
);

const BY_ID = new Map(GLOSSARY.map((t) => [t.id, t]));

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return BY_ID.get(id);
}

/** Route of a term's entry on the glossary page (without locale). */
export function glossaryHref(id: string): string {
  return `/docs/glossary#term-${id}`;
}

/** The chapter route a section belongs to: `/docs/reward/bradley-terry#model` → `/docs/reward`. */
export function sectionChapter(section: string): string {
  const m = /^\/docs\/([^/#]+)/.exec(section);
  return m ? `/docs/${m[1]}` : section;
}

/** The term's name in a locale, with its abbreviation when it differs: "参数高效微调（PEFT）". */
export function termLabel(term: GlossaryTerm, locale: GlossaryLocale): string {
  const name = term[locale];
  if (!term.abbr || term.abbr.toLowerCase() === name.toLowerCase()) return name;
  return locale === 'zh' ? `${name}（${term.abbr}）` : `${name} (${term.abbr})`;
}
