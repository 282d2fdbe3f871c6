export { softmax, logSoftmax, logSumExp } from './softmax';
export { sigmoid, logSigmoid } from './sigmoid';
export { crossEntropy, perplexity } from './cross-entropy';
export { entropy, klDivergence } from './entropy';
export { sum, relativeDifference, blockMeans, uniformCrossEntropy } from './stats';
