/**
 * Every cited work, merged from one JSON file per chapter (keys are the footnote
 * labels used in the chapters). tests/unit/content.test.ts checks that every file of
 * this folder is imported here, that keys are unique, and that every footnote resolves.
 */
import overview from './00-overview.json';
import data from './01-data.json';
import pretraining from './02-pretraining.json';
import sft from './03-sft.json';
import reward from './04-reward.json';
import alignmentPpo from './05-alignment-ppo.json';
import alignmentPreference from './05-alignment-preference.json';
import distillation from './06-distillation.json';
import evaluation from './07-evaluation.json';

export interface Reference {
  key: string;
  authors: string;
  year: number;
  title: string;
  arxiv?: string;
  doi?: string;
  url?: string;
}

type Entries = Record<string, Omit<Reference, 'key'>>;
const FILES: Entries[] = [
  overview,
  data,
  pretraining,
  sft,
  reward,
  alignmentPpo,
  alignmentPreference,
  distillation,
  evaluation,
];

/** All references, sorted by first author, then year. */
export const REFERENCES: readonly Reference[] = FILES.flatMap((file) =>
  Object.entries(file).map(([key, entry]) => ({ key, ...entry })),
).sort((a, b) => a.authors.localeCompare(b.authors, 'en') || a.year - b.year);

export function referenceHref(r: Reference): string | undefined {
  if (r.arxiv) return `https://arxiv.org/abs/${r.arxiv}`;
  if (r.doi) return `https://doi.org/${r.doi}`;
  return r.url;
}
