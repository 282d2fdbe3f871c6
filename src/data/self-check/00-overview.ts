/** Self-check questions of chapter 0 (the training pipeline at a glance). Format: ./types.ts. */
import { perplexityFromProbs, trainingFlops } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '00-overview',
  libFiles: ['pretraining/scaling-laws.ts', 'evaluation/perplexity-from-probs.ts'],
  questions: [
    {
      id: 'r1-zero-reward',
      kind: 'choice',
      prompt: {
        zh: 'DeepSeek-R1-Zero 在强化学习中用的奖励主要从哪里来？',
        en: 'Where does the reward in DeepSeek-R1-Zero’s reinforcement learning mainly come from?',
      },
      choices: [
        { zh: '一个在人类排序上训练的神经网络奖励模型', en: 'A neural reward model trained on human rankings' },
        {
          zh: '可以自动检查的规则：答案对不对、格式是否符合要求',
          en: 'Rules that can be checked automatically: is the answer right, is the format as required',
        },
        { zh: 'DPO 的偏好对', en: 'DPO preference pairs' },
        { zh: 'PPO 的价值模型', en: 'PPO’s value model' },
      ],
      correct: 1,
      explanation: {
        zh: 'R1-Zero 直接在基座模型上用 GRPO 做强化学习，奖励来自规则（准确率奖励与格式奖励），不是学出来的奖励模型；GRPO 用组内均值和标准差归一化奖励，也不需要价值模型。',
        en: 'R1-Zero runs GRPO directly on the base model with rewards from rules (accuracy and format), not from a learned reward model; GRPO normalises rewards by the group’s mean and standard deviation, so it needs no value model either.',
      },
      link: {
        doc: '00-overview/paradigms',
        anchor: 'deepseek-r1',
        label: { zh: 'DeepSeek-R1：可验证奖励与 GRPO', en: 'DeepSeek-R1: verifiable rewards and GRPO' },
      },
    },
    {
      id: 'llama-dpo',
      kind: 'choice',
      prompt: {
        zh: '哪一代 Llama 把每一轮后训练的更新方式换成了 DPO？',
        en: 'Which Llama generation switched the update of each post-training round to DPO?',
      },
      choices: [
        { zh: 'Llama 2-Chat', en: 'Llama 2-Chat' },
        { zh: 'Llama 3', en: 'Llama 3' },
        { zh: '两代都用 DPO', en: 'Both used DPO' },
        { zh: '两代都只用 PPO', en: 'Both used PPO only' },
      ],
      correct: 1,
      explanation: {
        zh: 'Llama 2-Chat 做了五轮拒绝采样微调，最后一轮再加 PPO；Llama 3 每轮是“奖励模型 → 拒绝采样 → SFT → DPO”。“Llama 2 用 DPO”是常见的误读。',
        en: 'Llama 2-Chat ran five rounds of rejection-sampling fine-tuning with PPO added in the last; Llama 3’s rounds are “reward model → rejection sampling → SFT → DPO”. “Llama 2 used DPO” is a common misreading.',
      },
      link: {
        doc: '00-overview/paradigms',
        anchor: 'llama',
        label: { zh: 'Llama 2 与 Llama 3：多轮迭代', en: 'Llama 2 and Llama 3: rounds' },
      },
    },
    {
      id: 'llama1-flops',
      kind: 'numeric',
      prompt: {
        zh: '用 C ≈ 6ND 估算 LLaMA 65B（650 亿参数，1.4T 词元）的训练算力，单位 FLOPs（可写成 5e23 这样的形式，误差 3% 以内算对）。',
        en: 'Estimate the training compute of LLaMA 65B (65B parameters, 1.4T tokens) with C ≈ 6ND, in FLOPs (write e.g. 5e23; within 3% counts as right).',
      },
      answer: () => trainingFlops(65e9, 1.4e12),
      tolerance: { rel: 0.03 },
      digits: 3,
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      explanation: {
        zh: '每个词元前向约 2N、反向约 4N 次浮点运算，所以 C ≈ 6 × 65×10⁹ × 1.4×10¹² ≈ 5.46×10²³。这个估计忽略了注意力本身的计算，但数量级可靠。',
        en: 'Each token costs about 2N FLOPs forward and 4N backward, so C ≈ 6 × 65×10⁹ × 1.4×10¹² ≈ 5.46×10²³. The estimate ignores the attention computation itself, but the order of magnitude is reliable.',
      },
      link: {
        doc: '00-overview/scale',
        anchor: 'compute',
        label: { zh: '估算训练算力', en: 'Estimating training compute' },
      },
    },
    {
      id: 'perplexity',
      kind: 'numeric',
      prompt: {
        zh: '一个模型给一句话里 4 个真实词元的概率依次是 0.5、0.25、0.125、0.5。它在这句话上的困惑度是多少？（保留两位小数）',
        en: 'A model gives the 4 actual tokens of a sentence probabilities 0.5, 0.25, 0.125 and 0.5. What is its perplexity on the sentence? (two decimals)',
      },
      answer: () => perplexityFromProbs([0.5, 0.25, 0.125, 0.5]).perplexity,
      tolerance: { abs: 0.01 },
      digits: 4,
      explanation: {
        zh: '困惑度是平均交叉熵的指数：exp((ln2 + 2ln2 + 3ln2 + ln2)/4) = 2^(7/4) ≈ 3.36，也就是四个概率几何平均的倒数。可以读成“平均在约 3.4 个候选之间犹豫”。',
        en: 'Perplexity is the exponential of the mean cross-entropy: exp((ln2 + 2ln2 + 3ln2 + ln2)/4) = 2^(7/4) ≈ 3.36, the inverse of the geometric mean of the four probabilities. Read it as “hesitating between about 3.4 candidates on average”.',
      },
      link: {
        doc: '00-overview/learning-paradigms',
        anchor: 'autoregressive',
        label: { zh: '自回归语言建模', en: 'Autoregressive language modelling' },
      },
    },
    {
      id: 'continued-training',
      kind: 'choice',
      prompt: {
        zh: '一家医院想让通用基座模型掌握大量它在预训练中很少见到的医学术语和知识，通常最合适的做法是？',
        en: 'A hospital wants a general base model to learn many medical terms and facts it rarely saw in pretraining. What usually works best?',
      },
      choices: [
        { zh: '只用几千条医学问答做 SFT', en: 'SFT on a few thousand medical Q&A pairs only' },
        {
          zh: '在医学文本上继续预训练，并混入一部分通用数据，然后再做后训练',
          en: 'Continued pretraining on medical text with some general data mixed in, then post-training',
        },
        { zh: '只用医学文本从零预训练一个新模型', en: 'Pretrain a new model from scratch on medical text only' },
        { zh: '直接做 DPO', en: 'Run DPO directly' },
      ],
      correct: 1,
      explanation: {
        zh: '新知识最好在（继续）预训练中引入；混入通用数据（回放）可以减轻遗忘。只靠 SFT 硬塞新事实反而更容易产生幻觉；从零训练太贵，也丢掉了通用能力。',
        en: 'New knowledge is best introduced by (continued) pretraining; mixing general data back in (replay) limits forgetting. Forcing new facts in through SFT makes hallucination more likely, and training from scratch is costly and loses general ability.',
      },
      link: {
        doc: '00-overview/training-phases',
        anchor: 'continued-training',
        label: { zh: '继续训练', en: 'Continued training' },
      },
    },
  ],
};

export default selfCheck;
