/**
 * The two built-in training texts of NextTokenPlayground, written for this site. They are
 * short and repetitive on purpose: a model of a few thousand parameters can learn their
 * character statistics in a few seconds in the browser.
 */
export type CorpusId = 'zh' | 'en';

export const CORPORA: Record<CorpusId, { text: string; prompt: string }> = {
  zh: {
    text:
      '语言模型读一段文字，然后猜下一个字。猜对了，损失就小；猜错了，损失就大。' +
      '模型每读一个字，就调整一点参数。读得多了，它就知道哪个字常常跟在哪个字后面。' +
      '语言模型不会直接说出一个字，它给出的是下一个字的概率分布。' +
      '我们从这个分布里采样，得到下一个字，再把它接在后面，继续猜下一个字。' +
      '温度高，分布就平，采样更随机；温度低，分布就尖，采样更确定。' +
      '模型读的字越多，猜得越准，损失也就越小。这就是预训练。',
    prompt: '损失就',
  },
  en: {
    text:
      'the model reads a line of text and guesses the next letter. when the guess is right, the loss is small; ' +
      'when the guess is wrong, the loss is large. after each guess the model changes its weights a little. ' +
      'the more text it reads, the better it knows which letter tends to follow which. ' +
      'the model does not say one letter; it gives a probability for every letter in the vocabulary. ' +
      'we sample the next letter from those probabilities, add it to the text, and guess again. ' +
      'a high temperature makes the guess more random; a low temperature makes it more certain. ' +
      'this is how a language model is trained, one next letter at a time.',
    prompt: 'the ',
  },
};
