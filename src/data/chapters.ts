/**
 * The chapters of the guide in pipeline order, for the home page. `path` is set
 * only for chapters that have content: the others are listed as coming, not linked
 * (no placeholder pages). Titles are translated where they are rendered.
 */
export interface ChapterEntry {
  id: string;
  number: number;
  /** Route of the chapter's index page, once written. */
  path?: string;
}

export const CHAPTERS: readonly ChapterEntry[] = [
  { id: 'overview', number: 0, path: '/docs/overview' },
  { id: 'data', number: 1, path: '/docs/data' },
  { id: 'pretraining', number: 2, path: '/docs/pretraining' },
  { id: 'sft', number: 3, path: '/docs/sft' },
  { id: 'reward', number: 4, path: '/docs/reward' },
  { id: 'alignment', number: 5, path: '/docs/alignment' },
  { id: 'distillation', number: 6, path: '/docs/distillation' },
  { id: 'evaluation', number: 7, path: '/docs/evaluation' },
];
