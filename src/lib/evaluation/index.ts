// Barrel of the evaluation stage (chapter 7: evaluation).
export { tokenize } from './tokenize';
export { sentenceBleu, type BleuNgram, type BleuOptions, type BleuResult, type BleuSmoothing } from './bleu';
export { rougeL, type RougeLResult } from './rouge-l';
export { perplexityFromProbs, type PerplexitySteps } from './perplexity-from-probs';
