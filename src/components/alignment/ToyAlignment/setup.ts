/** The toy problem of the ToyAlignment widget: one prompt, four canned answers, an SFT reference. */
import type { ToyMethod } from '@site/src/lib';

/** Reference (SFT) logits of the four answers: it likes hedging ("not sure") the most. */
export const REF_LOGITS: readonly number[] = [0.5, 0, 1, 0.5];
export const DEFAULT_REWARDS = [1, 0.5, 0, -1];
export const DEFAULT_BETA = 0.5;
export const DEFAULT_LR = 0.05;
export const DEFAULT_SEED = 1;
export const DEFAULT_STEPS = 200;
export const METHODS: readonly ToyMethod[] = ['ppo', 'dpo', 'grpo'];
/** Each method gets its own generator, seeded with seed + offset, so runs are reproducible. */
export const SEED_OFFSET: Record<ToyMethod, number> = { ppo: 0, dpo: 1, grpo: 2 };
