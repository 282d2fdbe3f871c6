/**
 * The preference data of TinyRewardModel: pairs of short answers to the same question,
 * described by four visible traits. The labels follow a hidden annotator who scores
 * 3·correct + 1·polite + 0.3·sentences − 2·refuses (refusing a harmless question is bad),
 * so longer answers win a little more often: the learned weight on length shows that bias.
 */
import type { LabelledComparison, ResponseTraits } from '../../../lib';

const r = (correct: 0 | 1, polite: 0 | 1, sentences: number, refuses: 0 | 1 = 0): ResponseTraits => ({
  correct: correct === 1,
  polite: polite === 1,
  sentences,
  refuses: refuses === 1,
});

export const TRAIN: readonly LabelledComparison[] = [
  { a: r(1, 0, 2), b: r(0, 1, 3), preferred: 'a' },
  { a: r(1, 1, 3), b: r(1, 0, 2), preferred: 'a' },
  { a: r(0, 0, 1, 1), b: r(1, 0, 1), preferred: 'b' },
  { a: r(0, 1, 4), b: r(1, 1, 1), preferred: 'b' },
  { a: r(1, 0, 4), b: r(1, 0, 1), preferred: 'a' },
  { a: r(0, 1, 2, 1), b: r(0, 0, 2), preferred: 'b' },
  { a: r(1, 1, 2), b: r(0, 1, 5), preferred: 'a' },
  { a: r(0, 0, 3), b: r(0, 1, 1, 1), preferred: 'a' },
  { a: r(1, 0, 3), b: r(1, 1, 1), preferred: 'b' },
  { a: r(0, 0, 2), b: r(0, 0, 4), preferred: 'b' },
  { a: r(1, 1, 1, 1), b: r(1, 0, 2), preferred: 'b' },
  { a: r(1, 0, 5), b: r(0, 1, 2), preferred: 'a' },
];

export const HELD_OUT: readonly LabelledComparison[] = [
  { a: r(1, 0, 1), b: r(0, 1, 2), preferred: 'a' },
  { a: r(0, 0, 1, 1), b: r(0, 1, 3), preferred: 'b' },
  { a: r(1, 0, 4), b: r(1, 1, 2), preferred: 'b' },
  { a: r(0, 1, 3), b: r(0, 0, 3), preferred: 'a' },
  { a: r(0, 0, 2), b: r(1, 0, 2, 1), preferred: 'b' },
  { a: r(1, 0, 3), b: r(1, 0, 1), preferred: 'a' },
];

/** Training settings of the worked example in the chapter text. */
export const TRAIN_OPTS = { lr: 0.5, l2: 0.01 } as const;
export const DEFAULT_STEPS = 300;
