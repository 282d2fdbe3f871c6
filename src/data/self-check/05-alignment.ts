/** Self-check questions of chapter 5 (alignment). Format: ./types.ts. */
import { dpoLoss, gae, grpoAdvantages, ppoClipLoss } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '05-alignment',
  libFiles: ['alignment/gae.ts', 'alignment/ppo.ts', 'alignment/dpo.ts', 'alignment/grpo-advantages.ts'],
  questions: [
    {
      id: 'four-models',
      kind: 'choice',
      prompt: {
        zh: '用 PPO 做 RLHF 时显存里有四个模型。哪两个在训练中被更新？',
        en: 'RLHF with PPO keeps four models in memory. Which two are updated during training?',
      },
      choices: [
        { zh: '策略和奖励模型', en: 'The policy and the reward model' },
        { zh: '策略和价值模型', en: 'The policy and the value model' },
        { zh: '参考模型和价值模型', en: 'The reference model and the value model' },
        { zh: '四个都更新', en: 'All four' },
      ],
      correct: 1,
      explanation: {
        zh: '策略（actor）被 PPO 更新，价值模型（critic）回归 GAE 给出的回报；参考模型是 SFT 模型的冻结副本，只提供 log π_ref 算 KL 惩罚，奖励模型在第 4 章训练好后也冻结。',
        en: 'The policy (actor) is updated by PPO and the value model (critic) regresses the returns from GAE; the reference model is a frozen copy of the SFT model that only supplies log π_ref for the KL penalty, and the reward model is frozen after chapter 4.',
      },
      link: {
        doc: '05-alignment/rlhf-ppo',
        anchor: 'four-models',
        label: { zh: '四个模型', en: 'The four models' },
      },
    },
    {
      id: 'gae-lambda',
      kind: 'numeric',
      prompt: {
        zh: '沿用 GAE 一节的例子：奖励 r = [0, 0, 1]，价值 V = [0.5, 0.6, 0.8]，γ = 1，但取 λ = 0.9。第一个词元的优势 A₀ 是多少？（保留三位小数）',
        en: 'Take the example of the GAE section: rewards r = [0, 0, 1], values V = [0.5, 0.6, 0.8], γ = 1, but now λ = 0.9. What is the advantage A₀ of the first token? (three decimals)',
      },
      answer: () => gae([0, 0, 1], [0.5, 0.6, 0.8], 1, 0.9).advantages[0],
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'TD 误差不随 λ 变：δ = [0.1, 0.2, 0.2]。从后往前：A₂ = 0.2，A₁ = 0.2 + 0.9 × 0.2 = 0.38，A₀ = 0.1 + 0.9 × 0.38 = 0.442。它落在 λ = 0（0.1）和 λ = 1（1 − 0.5 = 0.5）之间。',
        en: 'The TD errors do not depend on λ: δ = [0.1, 0.2, 0.2]. Backwards: A₂ = 0.2, A₁ = 0.2 + 0.9 × 0.2 = 0.38, A₀ = 0.1 + 0.9 × 0.38 = 0.442. It lies between λ = 0 (0.1) and λ = 1 (1 − 0.5 = 0.5).',
      },
      link: {
        doc: '05-alignment/gae',
        anchor: 'worked-example',
        label: { zh: '手算一个例子', en: 'A worked example' },
      },
    },
    {
      id: 'ppo-negative-advantage',
      kind: 'numeric',
      prompt: {
        zh: '一个词元的旧对数概率是 −1，新对数概率是 −0.6，优势 A = −1，ε = 0.2。它的 PPO 裁剪损失 −min(ρA, clip(ρ, 0.8, 1.2)A) 是多少？（保留三位小数）',
        en: 'A token had log-probability −1 under the old policy and −0.6 now; its advantage is A = −1 and ε = 0.2. What is its PPO clipped loss −min(ρA, clip(ρ, 0.8, 1.2)A)? (three decimals)',
      },
      answer: () => ppoClipLoss([-0.6], [-1], [-1], 0.2).loss,
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'ρ = e^0.4 ≈ 1.492，裁剪后是 1.2。min(−1.492, −1.2) = −1.492，取的是未裁剪项，损失约 1.492：A < 0 时，更愿意选这个坏词元的代价不设上限，裁剪不会掩盖它。',
        en: 'ρ = e^0.4 ≈ 1.492, clipped to 1.2. min(−1.492, −1.2) = −1.492 is the unclipped term, so the loss is about 1.492: with A < 0 the cost of favouring a bad token has no ceiling, and clipping never hides it.',
      },
      link: {
        doc: '05-alignment/ppo-objective',
        anchor: 'clip',
        label: { zh: '裁剪替代目标', en: 'The clipped surrogate' },
      },
    },
    {
      id: 'dpo-pair-loss',
      kind: 'numeric',
      prompt: {
        zh: '一对偏好数据：策略给被选回答的对数概率 −10、被拒回答 −12；参考模型分别是 −10.5 和 −11.5；β = 0.5。这一对的 DPO 损失 −log σ(βh) 是多少？（保留三位小数）',
        en: 'A preference pair: the policy gives the chosen answer log-probability −10 and the rejected one −12; the reference model gives −10.5 and −11.5; β = 0.5. What is the pair’s DPO loss −log σ(βh)? (three decimals)',
      },
      answer: () => dpoLoss([-10], [-12], [-10.5], [-11.5], { beta: 0.5 }).losses[0],
      tolerance: { abs: 0.002 },
      explanation: {
        zh: '间隔 h = (−10 − (−12)) − (−10.5 − (−11.5)) = 2 − 1 = 1，βh = 0.5，损失 −log σ(0.5) = log(1 + e^−0.5) ≈ 0.474，低于起点 log 2 ≈ 0.693。隐式奖励分别是 0.5 × 0.5 = 0.25 和 0.5 × (−0.5) = −0.25。',
        en: 'The margin is h = (−10 − (−12)) − (−10.5 − (−11.5)) = 2 − 1 = 1, βh = 0.5, and the loss is −log σ(0.5) = log(1 + e^−0.5) ≈ 0.474, below the starting value log 2 ≈ 0.693. The implicit rewards are 0.5 × 0.5 = 0.25 and 0.5 × (−0.5) = −0.25.',
      },
      link: {
        doc: '05-alignment/dpo',
        anchor: 'loss',
        label: { zh: '闭式损失', en: 'The closed-form loss' },
      },
    },
    {
      id: 'grpo-advantage',
      kind: 'numeric',
      prompt: {
        zh: 'GRPO 对一个提示词采样 G = 4 个回答，只有第一个答对：奖励 [1, 0, 0, 0]。按组内均值和（无偏）样本标准差标准化后，第一个回答的优势是多少？（保留两位小数）',
        en: 'GRPO samples G = 4 answers to a prompt and only the first is right: rewards [1, 0, 0, 0]. Normalised by the group mean and (unbiased) sample standard deviation, what is the first answer’s advantage? (two decimals)',
      },
      answer: () => grpoAdvantages([1, 0, 0, 0], 4)[0],
      tolerance: { abs: 0.01 },
      explanation: {
        zh: '均值 0.25；样本方差 (0.75² + 3 × 0.25²) / 3 = 0.25，标准差 0.5；优势 0.75 / 0.5 = 1.5（分母加的 10⁻⁴ 只影响第四位）。三个错的回答各得 −0.5。如果四个回答全对或全错，优势全是 0，这个提示词不提供学习信号。',
        en: 'The mean is 0.25; the sample variance is (0.75² + 3 × 0.25²) / 3 = 0.25, so the std is 0.5; the advantage is 0.75 / 0.5 = 1.5 (the 10⁻⁴ added to the denominator affects only the fourth digit). The three wrong answers get −0.5 each. If all four were right, or all wrong, every advantage would be 0 and the prompt would give no learning signal.',
      },
      link: {
        doc: '05-alignment/grpo',
        anchor: 'group-advantage',
        label: { zh: '组内优势', en: 'Group advantages' },
      },
    },
    {
      id: 'rejection-sampling',
      kind: 'choice',
      prompt: {
        zh: '拒绝采样微调和推理时的 best-of-N 有什么不同？',
        en: 'How does rejection-sampling fine-tuning differ from best-of-N at inference time?',
      },
      choices: [
        {
          zh: '它把“采 K 个、留奖励最高的”挪到训练时，用留下的回答做 SFT，推理时只需采样一次',
          en: 'It moves “sample K, keep the highest reward” to training time and does SFT on the kept answers, so inference needs one sample',
        },
        {
          zh: '它不需要奖励模型',
          en: 'It needs no reward model',
        },
        {
          zh: '它用概率比和裁剪更新策略',
          en: 'It updates the policy with a probability ratio and clipping',
        },
      ],
      correct: 0,
      explanation: {
        zh: '奖励模型仍然用来挑最佳回答；但训练本身就是普通的交叉熵 SFT，不需要价值模型、概率比和裁剪，所以稳定好调，代价是每个提示采样 K 个回答的生成开销。',
        en: 'A reward model still picks the best answer; but the training itself is plain cross-entropy SFT, with no value model, probability ratio or clipping, so it is stable and easy to tune, at the cost of generating K answers per prompt.',
      },
      link: {
        doc: '05-alignment/rejection-sampling',
        anchor: 'idea',
        label: { zh: '从 best-of-N 到训练数据', en: 'From best-of-N to training data' },
      },
    },
  ],
};

export default selfCheck;
