/**
 * The heuristic quality rules of Gopher and C4 as data, with their published thresholds, so a
 * widget can show each rule, let the reader move its threshold, and see which ones a page fails.
 * Thresholds: Gopher (Rae et al. 2021, arXiv:2112.11446, App. A.1.1 and Table A1): 50–100,000
 * words; mean word length 3–10; '#' and ellipsis to word ratio ≤ 0.1; ≤ 90 % of lines starting
 * with a bullet; ≤ 30 % of lines ending with an ellipsis; ≥ 80 % of words with an alphabetic
 * character; at least 2 of the 8 stop words; duplicate lines ≤ 30 % of lines and their
 * characters ≤ 20 % of the text. C4 (Raffel et al. 2020, arXiv:1910.10683, §2.2, and TFDS
 * c4_utils, the code that built C4): ≥ 3 sentences, no "lorem ipsum", no "{". C4's line-level
 * rules (terminal punctuation, ≥ 5 words, "javascript")
 * delete lines rather than pages; 'custom-c4-lines' turns them into a page rule of our own
 * (drop a page that would lose more than half its lines), and 'custom-letters' (≥ 50 % of
 * visible characters are letters or CJK) is ours too: both are marked source 'custom'.
 * A rule passes when min ≤ value ≤ max (either bound may be absent).
 * Example: a 30-word English paragraph fails 'gopher-word-count' (30 < 50) and passes the rest.
 */
import { assertFinite, describe as show } from '../core/validate';
import type { DocumentStats } from './quality';

export interface QualityRule {
  id: string;
  source: 'gopher' | 'c4' | 'custom';
  stat: keyof DocumentStats;
  /** 'min': value ≥ min; 'max': value ≤ max; 'range': min ≤ value ≤ max. */
  comparison: 'min' | 'max' | 'range';
  min?: number;
  max?: number;
  description: string;
}

export interface QualityThreshold {
  min?: number;
  max?: number;
}

export interface QualityResult {
  id: string;
  source: QualityRule['source'];
  value: number;
  threshold: QualityThreshold;
  passed: boolean;
}

export const QUALITY_RULES: readonly QualityRule[] = [
  {
    id: 'gopher-word-count',
    source: 'gopher',
    stat: 'words',
    comparison: 'range',
    min: 50,
    max: 100_000,
    description: 'between 50 and 100,000 words',
  },
  {
    id: 'gopher-mean-word-length',
    source: 'gopher',
    stat: 'meanWordLength',
    comparison: 'range',
    min: 3,
    max: 10,
    description: 'mean word length between 3 and 10 characters',
  },
  {
    id: 'gopher-hash-ratio',
    source: 'gopher',
    stat: 'hashToWordRatio',
    comparison: 'max',
    max: 0.1,
    description: "at most 0.1 '#' per word",
  },
  {
    id: 'gopher-ellipsis-ratio',
    source: 'gopher',
    stat: 'ellipsisToWordRatio',
    comparison: 'max',
    max: 0.1,
    description: 'at most 0.1 ellipses per word',
  },
  {
    id: 'gopher-bullet-lines',
    source: 'gopher',
    stat: 'bulletLineFraction',
    comparison: 'max',
    max: 0.9,
    description: 'at most 90% of lines start with a bullet',
  },
  {
    id: 'gopher-ellipsis-lines',
    source: 'gopher',
    stat: 'ellipsisLineFraction',
    comparison: 'max',
    max: 0.3,
    description: 'at most 30% of lines end with an ellipsis',
  },
  {
    id: 'gopher-alpha-words',
    source: 'gopher',
    stat: 'alphaWordFraction',
    comparison: 'min',
    min: 0.8,
    description: 'at least 80% of words contain a letter',
  },
  {
    id: 'gopher-stop-words',
    source: 'gopher',
    stat: 'stopWords',
    comparison: 'min',
    min: 2,
    description: 'at least 2 of: the, be, to, of, and, that, have, with',
  },
  {
    id: 'gopher-duplicate-lines',
    source: 'gopher',
    stat: 'duplicateLineFraction',
    comparison: 'max',
    max: 0.3,
    description: 'at most 30% of lines repeat an earlier line',
  },
  {
    id: 'gopher-duplicate-line-chars',
    source: 'gopher',
    stat: 'duplicateLineCharFraction',
    comparison: 'max',
    max: 0.2,
    description: 'repeated lines hold at most 20% of the characters',
  },
  {
    id: 'c4-sentences',
    source: 'c4',
    stat: 'sentences',
    comparison: 'min',
    min: 3,
    description: 'at least 3 sentences',
  },
  {
    id: 'c4-lorem-ipsum',
    source: 'c4',
    stat: 'loremIpsum',
    comparison: 'max',
    max: 0,
    description: 'no "lorem ipsum"',
  },
  {
    id: 'c4-curly-brace',
    source: 'c4',
    stat: 'curlyBraces',
    comparison: 'max',
    max: 0,
    description: 'no curly brace "{" (code)',
  },
  {
    id: 'custom-c4-lines',
    source: 'custom',
    stat: 'c4KeptLineFraction',
    comparison: 'min',
    min: 0.5,
    description: "C4's line filter keeps at least half of the lines",
  },
  {
    id: 'custom-letters',
    source: 'custom',
    stat: 'alphaOrCjkCharFraction',
    comparison: 'min',
    min: 0.5,
    description: 'at least 50% of visible characters are letters or CJK',
  },
];

/**
 * Evaluates every rule on `stats`; `thresholds` overrides a rule's bounds by id (only the bounds
 * it names). An unknown id or a non-finite bound throws.
 */
export function applyQualityRules(
  stats: DocumentStats,
  thresholds: Readonly<Record<string, QualityThreshold>> = {},
): QualityResult[] {
  if (stats === null || typeof stats !== 'object')
    throw new TypeError(`stats must be documentStats(text), got ${show(stats)}`);
  for (const [id, t] of Object.entries(thresholds)) {
    if (!QUALITY_RULES.some((r) => r.id === id)) throw new RangeError(`thresholds names an unknown rule ${show(id)}`);
    if (t.min !== undefined) assertFinite(`thresholds['${id}'].min`, t.min);
    if (t.max !== undefined) assertFinite(`thresholds['${id}'].max`, t.max);
  }
  return QUALITY_RULES.map((rule) => {
    const value = stats[rule.stat];
    assertFinite(`stats.${rule.stat}`, value);
    const over = thresholds[rule.id] ?? {};
    const threshold: QualityThreshold = {};
    if (rule.comparison !== 'max') threshold.min = over.min ?? rule.min;
    if (rule.comparison !== 'min') threshold.max = over.max ?? rule.max;
    const passed =
      (threshold.min === undefined || value >= threshold.min) &&
      (threshold.max === undefined || value <= threshold.max);
    return { id: rule.id, source: rule.source, value, threshold, passed };
  });
}
