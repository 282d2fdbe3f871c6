// Barrel of the alignment stage: RL and preference optimisation (shared/spec/math-core.md).
export { gae } from './gae';
export { ppoClipLoss, ppoValueLoss, type PpoClipResult } from './ppo';
export { ppoClipFlatRegion, ppoClipObjective, ppoClipObjectiveCurve, type PpoClipPoint } from './ppo-curve';
export { klEstimates, klPenalizedRewards, type KlEstimates } from './kl';
export { sampleKlEstimators, type KlSampleStats } from './kl-sampling';
export { klEstimatorMoments, type KlEstimatorMoments } from './kl-moments';
export { dpoLoss, dpoPairLoss, type DpoConfig, type DpoLossType, type DpoResult } from './dpo';
export { dpoGradientWeight, dpoLossCurve, type DpoCurveConfig } from './dpo-curve';
export { ktoLoss, type KtoBatch, type KtoConfig } from './kto';
export { grpoAdvantages, type GrpoScale } from './grpo-advantages';
export { groupHasSignal } from './grpo-groups';
export {
  grpoLoss,
  grpoTokenTerms,
  type GrpoBatch,
  type GrpoLossConfig,
  type GrpoLossType,
  type GrpoTokenTerms,
} from './grpo-loss';
export { createToyPolicy, optimalToyPolicy, toyMetrics, type ToyMetrics, type ToyPolicyState } from './toy-policy';
export { toyAlignmentStep, type ToyAlignmentConfig, type ToyMethod, type ToyStepResult } from './toy-alignment';
export { extractFinalAnswer, finalAnswerReward, verifyFinalAnswers } from './verifier';
