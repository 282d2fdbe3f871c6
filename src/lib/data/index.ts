// Barrel of the data stage: deduplication, mixtures, tokenization, packing, quality filters.
export { charShingles, jaccard, setOverlap } from './shingles';
export { minhashSignature, minhashSimilarity, lshCandidateProbability, lshThreshold } from './minhash';
export { mixtureEpochs, impliedMixtureWeights } from './mixture';
export { bpeTrain, bpeEncode, bpeDecode, bpeVocab, type BpeMerge } from './bpe';
export { bpeTrainSteps, tokenLabel, type BpeStep } from './bpe-steps';
export { packSequences, truncateSequences, packingStats, type PackingStats } from './packing';
export { documentStats, splitWords, GOPHER_STOP_WORDS, type DocumentStats } from './quality';
export {
  QUALITY_RULES,
  applyQualityRules,
  type QualityRule,
  type QualityThreshold,
  type QualityResult,
} from './quality-rules';
