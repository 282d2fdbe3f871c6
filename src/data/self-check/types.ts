/**
 * The shape of a chapter's self-check questions (src/data/self-check/<NN-stage>.ts), rendered by
 * src/components/SelfCheck at the end of the chapter's index page:
 *
 *   import SelfCheck from '@site/src/components/SelfCheck';
 *   import selfCheck from '@site/src/data/self-check/04-reward';
 *   ## 自测 {#self-check}
 *   <SelfCheck data={selfCheck} />
 *
 * Every text exists in both locales ({zh, en}). Numeric answers are never typed in: `answer` is a
 * function that calls src/lib, so the expected value is whatever the tested math core computes.
 * tests/unit/self-check.test.ts checks every file of this folder (texts, choices, answers, links).
 */

/** A text in both locales: `zh` for zh-Hans (the default), `en` for English. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * The section that teaches the point of a question. `doc` is the file under docs/ without its
 * extension (e.g. '04-reward/bradley-terry', or '04-reward/index' for the chapter page), `anchor`
 * an explicit heading id of that file ({#loss}), `label` that heading's text in both locales.
 */
export interface SectionLink {
  doc: string;
  anchor: string;
  label: Localized;
}

interface QuestionBase {
  /** Unique within the chapter, lower-case with dashes (no dots), e.g. 'bt-probability'. */
  id: string;
  /** The question, shown as the legend of its fieldset. Backticks mark `code`. */
  prompt: Localized;
  /** Why the answer is what it is; shown with the verdict after "check". */
  explanation: Localized;
  link: SectionLink;
}

/** One correct choice among two or more. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  choices: readonly Localized[];
  /** Index into `choices` of the correct one. */
  correct: number;
}

/** A number the reader computes; accepted within the tolerance of what src/lib returns. */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  /** Calls src/lib (e.g. () => bradleyTerryLoss([1.5], [0.3])); may convert units (bytes → GB). */
  answer: () => number;
  /**
   * Accepted if |typed − answer| ≤ max(abs, rel · |answer|). Choose it to match the rounding the
   * prompt asks for (e.g. "to two decimals" → abs: 0.01).
   */
  tolerance: { abs?: number; rel?: number };
  /** Significant digits used to show the answer after checking (default 4). */
  digits?: number;
  /** Unit shown after the field, e.g. {zh: 'GB', en: 'GB'}. */
  unit?: Localized;
}

export type SelfCheckQuestion = ChoiceQuestion | NumericQuestion;

export interface SelfCheckChapter {
  /** The chapter's folder under docs/, e.g. '04-reward'. */
  chapter: string;
  /** src/lib files (relative to src/lib) the numeric answers call: shown in the "code" tab. */
  libFiles?: readonly string[];
  /** Three to six questions. */
  questions: readonly SelfCheckQuestion[];
}
