// Barrel of the reward stage: Bradley–Terry reward models and best-of-n (shared/spec/math-core.md).
export { bradleyTerryLoss, preferenceProbability, rewardGap } from './bradley-terry';
export { bestOfNDistribution, bestOfNExactKl, bestOfNExpectedReward, bestOfNKl, sampleBestOfN } from './best-of-n';
export {
  createLinearRm,
  linearRmAccuracy,
  linearRmGradient,
  linearRmLoss,
  linearRmPairsCorrect,
  linearRmReward,
  trainLinearRm,
  type LinearRmState,
  type PreferencePair,
} from './linear-rm';
export { bradleyTerryGradient } from './preference-gradient';
export {
  RESPONSE_FEATURES,
  comparisonsToPairs,
  responseFeatures,
  type LabelledComparison,
  type ResponseTraits,
} from './response-features';
