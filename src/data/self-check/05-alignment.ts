/** Self-check questions of chapter 5 (alignment). Format: ./types.ts. */
import { gae, klEstimatorMoments, ppoClipLoss } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '05-alignment',
  libFiles: ['alignment/gae.ts', 'alignment/ppo.ts', 'alignment/kl-moments.ts'],
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
      id: 'gae-extremes',
      kind: 'choice',
      prompt: {
        zh: 'GAE 取 λ = 0 时，优势估计是什么？',
        en: 'What does GAE’s advantage become with λ = 0?',
      },
      choices: [
        {
          zh: '一步的 TD 误差 δ_t：方差小，但价值模型不准时偏差大',
          en: 'The one-step TD error δ_t: low variance, but biased when the value model is wrong',
        },
        {
          zh: '蒙特卡洛回报减基线 G_t − V(s_t)：无偏但方差大',
          en: 'The Monte Carlo return minus a baseline, G_t − V(s_t): unbiased but noisy',
        },
        { zh: '恒为 0', en: 'Always 0' },
        { zh: '只等于最后一个词元的奖励', en: 'Just the reward of the last token' },
      ],
      correct: 0,
      explanation: {
        zh: 'A_t = Σ (γλ)^l δ_{t+l}，λ = 0 时只剩 l = 0 一项，即 δ_t：只用一个真实奖励，其余都靠价值估计。λ = 1 时中间的价值两两相消，得到 G_t − V(s_t)。',
        en: 'A_t = Σ (γλ)^l δ_{t+l}; with λ = 0 only the l = 0 term is left, δ_t: one real reward, the rest from the value estimate. With λ = 1 the intermediate values cancel, giving G_t − V(s_t).',
      },
      link: {
        doc: '05-alignment/gae',
        anchor: 'lambda',
        label: { zh: 'λ 的两个极端', en: 'The two extremes of λ' },
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
      id: 'k3-mean',
      kind: 'numeric',
      prompt: {
        zh: '策略 π = [0.5, 0.3, 0.2]，参考 π_ref = [0.4, 0.4, 0.2]。从 π 采样时，估计量 k3 = (r − 1) − log r（r = π_ref/π）的期望是多少？（保留四位小数）',
        en: 'Policy π = [0.5, 0.3, 0.2], reference π_ref = [0.4, 0.4, 0.2]. Sampling from π, what is the expectation of the estimator k3 = (r − 1) − log r (r = π_ref/π)? (four decimals)',
      },
      answer: () => klEstimatorMoments([0.5, 0.3, 0.2], [0.4, 0.4, 0.2]).mean.k3,
      tolerance: { abs: 0.0002 },
      digits: 3,
      explanation: {
        zh: 'r − 1 的期望是 Σ π_ref − 1 = 0，所以 k3 的期望等于 k1 的期望，也就是真实的 KL ≈ 0.1116 − 0.0863 = 0.0253：k3 无偏，而且每个样本都非负。',
        en: 'The expectation of r − 1 is Σ π_ref − 1 = 0, so k3 has the same expectation as k1, the true KL ≈ 0.1116 − 0.0863 = 0.0253: k3 is unbiased and every sample is non-negative.',
      },
      link: {
        doc: '05-alignment/kl-estimators',
        anchor: 'worked-example',
        label: { zh: '手算一个例子', en: 'A worked example' },
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
