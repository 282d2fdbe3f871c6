/** Self-check questions of chapter 6 (distillation and compression). Format: ./types.ts. */
import { distillationLoss, softmax } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '06-distillation',
  libFiles: ['core/softmax.ts', 'distillation/distillation-loss.ts'],
  questions: [
    {
      id: 'temperature',
      kind: 'numeric',
      prompt: {
        zh: 'teacher 对两个类别的 logit 是 [2, 0]。温度 T = 2 时，第一个类别的软化概率是多少？（保留三位小数）',
        en: 'A teacher gives two classes the logits [2, 0]. At temperature T = 2, what is the softened probability of the first class? (three decimals)',
      },
      answer: () => softmax([2, 0], 2)[0],
      tolerance: { abs: 0.002 },
      explanation: {
        zh: '除以 T 后 logit 是 [1, 0]，概率 e / (e + 1) = σ(1) ≈ 0.731；T = 1 时是 σ(2) ≈ 0.881。温度不改变排序，只把两个概率的比值从 e² 拉到 e。',
        en: 'Divided by T the logits are [1, 0], so the probability is e / (e + 1) = σ(1) ≈ 0.731; at T = 1 it is σ(2) ≈ 0.881. Temperature keeps the order and only pulls the ratio of the two probabilities from e² down to e.',
      },
      link: {
        doc: '06-distillation/soft-labels',
        anchor: 'temperature',
        label: { zh: '温度', en: 'Temperature' },
      },
    },
    {
      id: 'distillation-loss',
      kind: 'numeric',
      prompt: {
        zh: 'student 的 logit 是 [0, 0]，teacher 的是 [ln 3, 0]，正确标签是类别 0。取 T = 2、α = 0.5，蒸馏损失 α·T²·KL + (1 − α)·CE 是多少？（保留三位小数）',
        en: 'The student’s logits are [0, 0], the teacher’s [ln 3, 0], and the true label is class 0. With T = 2 and α = 0.5, what is the distillation loss α·T²·KL + (1 − α)·CE? (three decimals)',
      },
      answer: () => distillationLoss([[0, 0]], [[Math.log(3), 0]], [0], { temperature: 2, alpha: 0.5 }),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'T = 2 时 teacher 的软目标是 [√3, 1] / (√3 + 1) ≈ [0.634, 0.366]，student 是 [0.5, 0.5]，KL ≈ 0.0364，乘 T² = 4 得 0.146；硬标签交叉熵是 ln 2 ≈ 0.693（在 T = 1 计算）。总损失 0.5 × 0.146 + 0.5 × 0.693 ≈ 0.419。',
        en: 'At T = 2 the teacher’s soft target is [√3, 1] / (√3 + 1) ≈ [0.634, 0.366] and the student’s is [0.5, 0.5], so KL ≈ 0.0364, times T² = 4 gives 0.146; the hard-label cross-entropy is ln 2 ≈ 0.693 (computed at T = 1). The loss is 0.5 × 0.146 + 0.5 × 0.693 ≈ 0.419.',
      },
      link: {
        doc: '06-distillation/hinton-loss',
        anchor: 'loss',
        label: { zh: '两项损失', en: 'Two terms' },
      },
    },
    {
      id: 't-squared',
      kind: 'choice',
      prompt: {
        zh: '为什么 Hinton 的蒸馏损失要给软目标那一项乘上 T²？',
        en: 'Why does Hinton’s distillation loss multiply the soft-target term by T²?',
      },
      choices: [
        {
          zh: '软目标产生的梯度大约按 1/T² 缩小，乘 T² 让两项的相对权重不随温度变化',
          en: 'The soft-target gradient shrinks roughly like 1/T², so T² keeps the balance of the two terms independent of the temperature',
        },
        { zh: '让 KL 变成交叉熵', en: 'To turn the KL into a cross-entropy' },
        { zh: '让软目标的分布更尖锐', en: 'To make the soft targets sharper' },
      ],
      correct: 0,
      explanation: {
        zh: '软目标项对 student logit 的梯度是 (q − p)/T，高温下展开约为 (z − v)/(N T²)。不补偿的话，把温度从 2 调到 4，软目标的梯度就缩小约 4 倍，温度和 α 就纠缠在一起。',
        en: 'The soft term’s gradient with respect to a student logit is (q − p)/T, which at high temperature is about (z − v)/(N T²). Without the factor, raising T from 2 to 4 would shrink the soft gradient about fourfold, tangling the temperature with α.',
      },
      link: {
        doc: '06-distillation/hinton-loss',
        anchor: 't-squared',
        label: { zh: '为什么乘 T²', en: 'Why multiply by T²' },
      },
    },
    {
      id: 'kl-direction',
      kind: 'choice',
      prompt: {
        zh: 'teacher 的分布有两个峰，student 只能表示一个高斯。用哪个方向的 KL 训练时，student 会贴到其中一个峰上？',
        en: 'The teacher’s distribution has two peaks and the student can represent only one Gaussian. Trained with which KL direction does the student lock onto one of the peaks?',
      },
      choices: [
        { zh: '正向 KL(p‖q)', en: 'Forward KL(p‖q)' },
        { zh: '反向 KL(q‖p)', en: 'Reverse KL(q‖p)' },
        { zh: '两个方向结果相同', en: 'Both directions give the same result' },
      ],
      correct: 1,
      explanation: {
        zh: '反向 KL 在 student 自己的分布下取期望：在 teacher 几乎为零的地方放概率会被重罚，漏掉一个峰却不受罚，所以它“寻找众数”。正向 KL 要求覆盖 teacher 的每个峰，student 会摊在两峰之间。只有 student 装不下 teacher 时两者才有差别。',
        en: 'The reverse KL takes the expectation under the student: probability where the teacher has almost none is punished heavily, while missing a peak costs nothing, so it is mode seeking. The forward KL demands that every teacher peak be covered, so the student spreads between them. The two differ only when the student cannot fit the teacher.',
      },
      link: {
        doc: '06-distillation/kl-direction',
        anchor: 'two-directions',
        label: { zh: '两个方向', en: 'Two directions' },
      },
    },
    {
      id: 'black-box',
      kind: 'choice',
      prompt: {
        zh: 'teacher 只能通过 API 调用，拿不到 logit。这时的蒸馏实际上是什么？',
        en: 'The teacher is reachable only through an API, with no logits. What does distillation amount to then?',
      },
      choices: [
        { zh: '在 teacher 的隐藏状态上做余弦距离损失', en: 'A cosine loss on the teacher’s hidden states' },
        {
          zh: '让 teacher 回答一批提示，把（提示，回答）当作 SFT 数据训练 student',
          en: 'Having the teacher answer a set of prompts and training the student on (prompt, answer) pairs as SFT data',
        },
        {
          zh: '逐位置最小化 teacher 与 student 整个词表分布的 KL',
          en: 'Minimising a per-position KL over the whole vocabulary',
        },
      ],
      correct: 1,
      explanation: {
        zh: '黑盒蒸馏只有 teacher 写出的文本，所以就是在 teacher 生成的数据上做 SFT，Alpaca、Vicuna 和 DeepSeek-R1 的蒸馏模型都是这样；隐藏状态和整个词表的分布只有白盒蒸馏才拿得到。',
        en: 'Black-box distillation has only the text the teacher writes, so it is SFT on teacher-generated data, as for Alpaca, Vicuna and the DeepSeek-R1 distilled models; hidden states and full-vocabulary distributions are available only in white-box distillation.',
      },
      link: {
        doc: '06-distillation/white-black-box',
        anchor: 'black-box',
        label: { zh: '黑盒：只有 teacher 写出的文本', en: 'Black box: only the text the teacher writes' },
      },
    },
    {
      id: 'distilbert',
      kind: 'choice',
      prompt: {
        zh: 'DistilBERT 常被概括为“小 40%、快 60%、保留 97%”。其中 97% 指什么？',
        en: 'DistilBERT is often summed up as “40% smaller, 60% faster, 97% retained”. What does the 97% refer to?',
      },
      choices: [
        { zh: '保留了 BERT 97% 的参数', en: 'It keeps 97% of BERT’s parameters' },
        { zh: '相对 BERT 的语言理解能力（性能）', en: 'Its language-understanding performance relative to BERT' },
        { zh: '推理速度是 BERT 的 97%', en: 'Its inference speed is 97% of BERT’s' },
      ],
      correct: 1,
      explanation: {
        zh: '40% 是参数量减少的比例，60% 是推理速度提高的比例，97% 是相对 BERT 保留的性能，不是“只损失了 3% 的参数”。',
        en: '40% is the reduction in parameters, 60% the gain in inference speed, and 97% the share of BERT’s performance retained, not “only 3% of the parameters lost”.',
      },
      link: {
        doc: '06-distillation/compression',
        anchor: 'distilbert',
        label: { zh: 'DistilBERT 的数字', en: "DistilBERT's figures" },
      },
    },
  ],
};

export default selfCheck;
