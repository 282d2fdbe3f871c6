/** Default group of the GrpoGroup widget: four short answers to "6 × 7 = ?" (target 42). */
export const DEFAULT_TARGET = 42;
export const DEFAULT_ANSWERS_ZH = ['6 × 7 = 42，答案是 42', '答案是 41', '我不确定，大概是 24', '\\boxed{42}'];
export const DEFAULT_ANSWERS_EN = [
  '6 × 7 = 42, so the answer is 42',
  'The answer is 41',
  'Not sure, maybe 24',
  '\\boxed{42}',
];
/** Rewards of another prompt's group in the same batch (so batch scaling differs from group scaling). */
export const DEFAULT_OTHER_GROUP = [1, 1, 1, 0];
/** Manual rewards, the same as the rule gives for the default answers. */
export const DEFAULT_MANUAL = [1, 0, 0, 1];
