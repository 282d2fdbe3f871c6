// Barrel of the pretraining stage: attention and positions, sampling, schedules, scaling, memory, a tiny LM.
export { causalAttention } from './attention';
export { applyRope, ropeScore, ropeScoresByDistance } from './rope';
export { alibiSlopes } from './alibi';
export { topKFilter, topPFilter } from './sampling-filters';
export { sampleFromProbs, nextTokenDistribution, type NextTokenStages } from './sampling';
export { learningRate, type LrConfig } from './lr-schedule';
export { trainingFlops, chinchillaLoss, chinchillaOptimal, trainingDays } from './scaling-laws';
export { tokensPerParamSplit, tokensPerParameter } from './tokens-per-param';
export { isoFlopCurve, isoFlopLoss } from './isoflop';
export { modelStateBytes, modelStateBreakdown, type ZeroConfig, type ModelStateBreakdown } from './zero';
export { charVocab, bigramEntropy } from './bigram-entropy';
export {
  createCharLm,
  trainCharLm,
  charLmLoss,
  charLmNextLogits,
  charLmGenerate,
  type CharLmConfig,
  type CharLmState,
  type CharLmTrainOptions,
} from './char-lm-train';
export { lossAndGradient as charLmLossAndGradient, paramCount as charLmParamCount } from './char-lm';
