/** Self-check questions of chapter 7 (evaluation). Format: ./types.ts. */
import { perplexityFromProbs, sentenceBleu } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '07-evaluation',
  libFiles: ['evaluation/perplexity-from-probs.ts', 'evaluation/bleu.ts'],
  questions: [
    {
      id: 'perplexity',
      kind: 'numeric',
      prompt: {
        zh: '模型给一段文字的四个实际词元的概率分别是 1/2、1/2、1/4、1/8。这段文字的困惑度是多少？（保留两位小数）',
        en: 'A model gives the four actual tokens of a text the probabilities 1/2, 1/2, 1/4 and 1/8. What is the perplexity of the text? (two decimals)',
      },
      answer: () => perplexityFromProbs([0.5, 0.5, 0.25, 0.125]).perplexity,
      tolerance: { abs: 0.01 },
      explanation: {
        zh: '负对数似然是 ln 2 的 1、1、2、3 倍，平均 1.75 ln 2，取指数得 2^1.75 ≈ 3.36：模型平均在约 3.4 个等可能的选项之间犹豫。',
        en: 'The negative log-likelihoods are 1, 1, 2 and 3 times ln 2, mean 1.75 ln 2; its exponential is 2^1.75 ≈ 3.36: on average the model hesitates between about 3.4 equally likely choices.',
      },
      link: {
        doc: '07-evaluation/metrics',
        anchor: 'perplexity',
        label: { zh: '困惑度', en: 'Perplexity' },
      },
    },
    {
      id: 'brevity-penalty',
      kind: 'numeric',
      prompt: {
        zh: '候选句“the cat sat down”有 4 个词元，唯一的参考句“the cat sat on the mat”有 6 个。BLEU 的简短惩罚 BP 是多少？（保留三位小数）',
        en: 'The candidate “the cat sat down” has 4 tokens and the only reference, “the cat sat on the mat”, has 6. What is BLEU’s brevity penalty BP? (three decimals)',
      },
      answer: () => sentenceBleu('the cat sat down', ['the cat sat on the mat']).brevityPenalty,
      tolerance: { abs: 0.002 },
      explanation: {
        zh: '候选长度 c = 4 不超过参考长度 r = 6，所以 BP = e^(1 − r/c) = e^(1 − 1.5) = e^−0.5 ≈ 0.607。没有它，只输出几个确定的词就能拿到很高的精确率。',
        en: 'The candidate length c = 4 is at most the reference length r = 6, so BP = e^(1 − r/c) = e^(1 − 1.5) = e^−0.5 ≈ 0.607. Without it, emitting a few safe words would earn a high precision.',
      },
      link: {
        doc: '07-evaluation/metrics',
        anchor: 'bleu',
        label: { zh: 'BLEU', en: 'BLEU' },
      },
    },
    {
      id: 'perplexity-tokenizers',
      kind: 'choice',
      prompt: {
        zh: '模型 A 的验证困惑度是 8，模型 B 是 12，但两者的分词器不同。能说 A 的语言建模能力更强吗？',
        en: 'Model A has a validation perplexity of 8 and model B of 12, but they use different tokenizers. Can we say A models language better?',
      },
      choices: [
        { zh: '能，困惑度越低越好', en: 'Yes, lower perplexity is better' },
        {
          zh: '不能直接比较：同一段文字被切成的词元数不同，每个词元的平均损失不可比',
          en: 'Not directly: the same text splits into different numbers of tokens, so the mean loss per token is not comparable',
        },
        { zh: '能，但只在中文上', en: 'Yes, but only for Chinese' },
      ],
      correct: 1,
      explanation: {
        zh: '困惑度是“每个词元”的量。词表更大的分词器把同一段文字切成更少、更难猜的词元，困惑度自然更高；只有在同一个分词器下，困惑度才能直接比较。',
        en: 'Perplexity is a per-token quantity. A tokenizer with a larger vocabulary cuts the same text into fewer, harder-to-guess tokens and naturally gets a higher perplexity; only under the same tokenizer can perplexities be compared directly.',
      },
      link: {
        doc: '07-evaluation/metrics',
        anchor: 'perplexity',
        label: { zh: '困惑度', en: 'Perplexity' },
      },
    },
    {
      id: 'contamination-rephrased',
      kind: 'choice',
      prompt: {
        zh: '有人把基准测试题改写一遍再放进训练数据。n-gram 重叠检查能发现这种污染吗？',
        en: 'Someone rephrases benchmark questions and puts them into the training data. Does an n-gram overlap check catch this contamination?',
      },
      choices: [
        { zh: '能，13-gram 足够敏感', en: 'Yes, 13-grams are sensitive enough' },
        {
          zh: '通常不能：它只发现字面上的重复，改写或翻译后的题目查不出来',
          en: 'Usually not: it finds only literal repetition, and rephrased or translated items slip through',
        },
        { zh: '只要换成 8-gram 就能', en: 'Yes, if 8-grams are used instead' },
      ],
      correct: 1,
      explanation: {
        zh: 'LMSYS 的实验中，在改写过的测试题上训练的 13B 模型在 MMLU、GSM8K、HumanEval 上接近 GPT-4，而 n-gram 去污染方法找不到任何污染。',
        en: 'In LMSYS’s experiment, a 13B model trained on rephrased test items came close to GPT-4 on MMLU, GSM8K and HumanEval, while the n-gram decontamination method found no contamination.',
      },
      link: {
        doc: '07-evaluation/benchmarks',
        anchor: 'contamination',
        label: { zh: '数据污染', en: 'Data contamination' },
      },
    },
    {
      id: 'position-bias',
      kind: 'choice',
      prompt: {
        zh: '模型评委做成对比较时偏爱第一个位置的回答。论文建议怎样缓解？',
        en: 'A model judge comparing two answers favours the one shown first. What remedy does the paper suggest?',
      },
      choices: [
        { zh: '总把更长的回答放在第二位', en: 'Always put the longer answer second' },
        {
          zh: '交换顺序各判一次，两次结论一致才算一方胜出，否则记为平局',
          en: 'Judge twice with the answers swapped; declare a winner only if both verdicts agree, a tie otherwise',
        },
        { zh: '改用单个回答打分就不会有任何偏差', en: 'Switch to single-answer grading, which has no biases at all' },
      ],
      correct: 1,
      explanation: {
        zh: '交换位置让位置偏差在两次判断中方向相反；结论不一致说明评委主要受位置影响，记为平局。冗长偏差和自我偏好是另外的偏差，要靠人工抽查来校准。',
        en: 'Swapping makes the position bias point opposite ways in the two verdicts; disagreement means the position drove the verdict, so it is a tie. Verbosity bias and self-enhancement are separate and need human spot checks.',
      },
      link: {
        doc: '07-evaluation/judges',
        anchor: 'biases',
        label: { zh: '评委的偏差', en: "The judge's biases" },
      },
    },
    {
      id: 'loss-spike-rollback',
      kind: 'choice',
      prompt: {
        zh: '训练中出现一次损失尖峰，之后损失一直没有回落。按 PaLM 的做法，下一步怎么办？',
        en: 'A loss spike appears and the loss does not come back down. Following PaLM, what do you do next?',
      },
      choices: [
        { zh: '继续训练，等它自己恢复', en: 'Keep training and wait for it to recover' },
        {
          zh: '回到尖峰前约 100 步的检查点，跳过约 200–500 个批次的数据再继续',
          en: 'Go back to a checkpoint about 100 steps before the spike and skip about 200–500 batches of data',
        },
        { zh: '从头重新训练', en: 'Restart training from scratch' },
      ],
      correct: 1,
      explanation: {
        zh: '尖峰很快自己恢复时通常继续训练；持续偏高或发散时回滚。PaLM 发现用同样的数据从更早的检查点重训不再出现尖峰，说明它来自特定数据与参数状态的组合；OPT 则选择降低学习率。',
        en: 'A spike that recovers quickly is usually left alone; one that stays high or diverges calls for a rollback. PaLM found that retraining from an earlier checkpoint on the same data did not spike again, so spikes come from a combination of data and parameter state; OPT lowered the learning rate instead.',
      },
      link: {
        doc: '07-evaluation/challenges',
        anchor: 'monitoring',
        label: { zh: '监控与检查点', en: 'Monitoring and checkpoints' },
      },
    },
  ],
};

export default selfCheck;
