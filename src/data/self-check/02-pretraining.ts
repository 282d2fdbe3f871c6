/** Self-check questions of chapter 2 (pretraining). Format: ./types.ts. */
import { crossEntropy, modelStateBytes, trainingDays, trainingFlops } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '02-pretraining',
  libFiles: ['core/cross-entropy.ts', 'pretraining/zero.ts', 'pretraining/scaling-laws.ts'],
  questions: [
    {
      id: 'cross-entropy',
      kind: 'numeric',
      prompt: {
        zh: '模型在某个位置输出 logits z = (2, 1, 0)，真实的下一个词元是第 2 个（下标 1，对应 logit 1）。这个位置的交叉熵损失是多少 nats？（保留三位小数）',
        en: 'At one position the model outputs logits z = (2, 1, 0) and the true next token is the second one (index 1, logit 1). What is the cross-entropy loss at this position, in nats? (three decimals)',
      },
      answer: () => crossEntropy([2, 1, 0], 1),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'softmax(2, 1, 0) ≈ (0.665, 0.245, 0.090)，损失 = −ln 0.245 ≈ 1.408。正文的例子取的是第 1 个词元，损失只有 0.408：真实词元的概率越低，损失越大。',
        en: 'softmax(2, 1, 0) ≈ (0.665, 0.245, 0.090), so the loss is −ln 0.245 ≈ 1.408. The text’s example takes the first token and gets only 0.408: the less probable the true token, the larger the loss.',
      },
      link: {
        doc: '02-pretraining/objective',
        anchor: 'cross-entropy',
        label: { zh: '交叉熵与困惑度', en: 'Cross-entropy and perplexity' },
      },
    },
    {
      id: 'causal-mask',
      kind: 'choice',
      prompt: {
        zh: '为什么一次前向传播就能在长度为 T 的序列上得到 T 个“预测下一个词元”的训练样本？',
        en: 'Why does one forward pass over a sequence of length T give T next-token training examples?',
      },
      choices: [
        {
          zh: '因果掩码把每个位置对“未来”位置的分数设为 −∞，每个位置只看得到它之前的词元',
          en: 'The causal mask sets each position’s scores for “future” positions to −∞, so every position sees only the tokens before it',
        },
        {
          zh: 'FlashAttention 把序列切块并行计算',
          en: 'FlashAttention cuts the sequence into tiles computed in parallel',
        },
        { zh: '模型对每个位置各跑一次前向传播', en: 'The model runs one forward pass per position' },
        { zh: 'RoPE 让每个位置的表示互不相关', en: 'RoPE makes the representations of the positions independent' },
      ],
      correct: 0,
      explanation: {
        zh: '掩码 M_ij = −∞（j > i）让未来位置的注意力权重在 softmax 后恰好为 0，位置 i 的输出只依赖前 i 个词元，于是所有位置可以并行预测而不会“偷看答案”。FlashAttention 只改变计算方式，结果完全相同。',
        en: 'The mask M_ij = −∞ (j > i) makes the attention weights on future positions exactly 0 after softmax, so the output at i depends only on the first i tokens and all positions can predict in parallel without peeking. FlashAttention only changes how the same result is computed.',
      },
      link: {
        doc: '02-pretraining/architecture',
        anchor: 'causal-attention',
        label: { zh: '因果自注意力', en: 'Causal self-attention' },
      },
    },
    {
      id: 'rope-relative',
      kind: 'choice',
      prompt: {
        zh: '用 RoPE 旋转后，位置 m 的查询与位置 n 的键的点积 ⟨R(m)q, R(n)k⟩ 取决于位置的什么？',
        en: 'After RoPE, what about the positions does the dot product ⟨R(m)q, R(n)k⟩ of a query at m and a key at n depend on?',
      },
      choices: [
        { zh: '只取决于相对距离 m − n', en: 'Only the relative distance m − n' },
        { zh: '只取决于 m + n', en: 'Only m + n' },
        { zh: '分别取决于绝对位置 m 和 n', en: 'The absolute positions m and n separately' },
        { zh: '与位置无关', en: 'Not on the positions at all' },
      ],
      correct: 0,
      explanation: {
        zh: '旋转矩阵满足 R(m)ᵀR(n) = R(n − m)，所以点积等于 ⟨q, R(n − m)k⟩：把两个位置同时平移，分数不变。训练中没见过的大角度正是长上下文外推困难的原因。',
        en: 'Rotation matrices satisfy R(m)ᵀR(n) = R(n − m), so the dot product equals ⟨q, R(n − m)k⟩: shifting both positions leaves the score unchanged. Angles never seen in training are exactly why long-context extrapolation is hard.',
      },
      link: {
        doc: '02-pretraining/positions',
        anchor: 'rope',
        label: { zh: 'RoPE：按位置旋转', en: 'RoPE: rotate by position' },
      },
    },
    {
      id: 'zero-stage2',
      kind: 'numeric',
      prompt: {
        zh: '一个 75 亿参数的模型用混合精度 Adam 训练，8 张卡做数据并行并开 ZeRO 第 2 阶段。每张卡上的模型状态（参数、梯度、优化器状态，不含激活）约多少 GB？（1 GB = 10⁹ 字节）',
        en: 'A 7.5B-parameter model trains with mixed-precision Adam on 8 data-parallel GPUs with ZeRO stage 2. About how many GB of model state (parameters, gradients, optimizer states, no activations) does each GPU hold? (1 GB = 10⁹ bytes)',
      },
      // bytes → GB, as the chapter counts.
      answer: () => modelStateBytes({ params: 7.5e9, zeroStage: 2, dataParallel: 8 }) / 1e9,
      tolerance: { rel: 0.01 },
      unit: { zh: 'GB', en: 'GB' },
      explanation: {
        zh: '第 2 阶段分片优化器状态和梯度，参数仍完整保存：2Ψ + 14Ψ/N_d = 15 + 13.125 ≈ 28.1 GB，而不用 ZeRO 时是 16Ψ = 120 GB。',
        en: 'Stage 2 shards the optimizer states and the gradients but keeps the full parameters: 2Ψ + 14Ψ/N_d = 15 + 13.125 ≈ 28.1 GB, against 16Ψ = 120 GB without ZeRO.',
      },
      link: {
        doc: '02-pretraining/distributed',
        anchor: 'zero',
        label: { zh: 'ZeRO：不再重复存储', en: 'ZeRO: stop storing copies' },
      },
    },
    {
      id: 'training-days',
      kind: 'numeric',
      prompt: {
        zh: '用 1024 张 H100（bf16 稠密峰值 989 TFLOP/s）、MFU 40%，按 6ND 训练一个 70 亿参数的模型 2T 词元，大约需要多少天？（误差 5% 以内算对）',
        en: 'Training a 7B-parameter model on 2T tokens (compute 6ND) on 1,024 H100s (dense bf16 peak 989 TFLOP/s) at 40% MFU takes about how many days? (within 5% counts as right)',
      },
      answer: () => trainingDays(trainingFlops(7e9, 2e12), { gpus: 1024, peakFlops: 989e12, mfu: 0.4 }),
      tolerance: { rel: 0.05 },
      digits: 3,
      unit: { zh: '天', en: 'days' },
      explanation: {
        zh: 'C = 6 × 7×10⁹ × 2×10¹² = 8.4×10²² FLOPs；集群的有效算力是 1024 × 989×10¹² × 0.4 ≈ 4.05×10¹⁷ FLOP/s；相除再除以 86400 秒，约 2.4 天。',
        en: 'C = 6 × 7×10⁹ × 2×10¹² = 8.4×10²² FLOPs; the cluster’s useful throughput is 1024 × 989×10¹² × 0.4 ≈ 4.05×10¹⁷ FLOP/s; divide, then divide by 86,400 seconds: about 2.4 days.',
      },
      link: {
        doc: '02-pretraining/scaling',
        anchor: 'compute',
        label: { zh: '训练算力', en: 'Training compute' },
      },
    },
    {
      id: 'chinchilla',
      kind: 'choice',
      prompt: {
        zh: 'Chinchilla 用 Gopher 的算力训练了 70B 参数、1.4T 词元的模型，并在几乎所有评测上胜过 280B 的 Gopher。它支持的结论是？',
        en: 'Chinchilla used Gopher’s compute to train a 70B-parameter model on 1.4T tokens and beat the 280B Gopher on nearly every evaluation. What does that support?',
      },
      choices: [
        { zh: '算力固定时，模型越大越好', en: 'For fixed compute, the larger the model the better' },
        {
          zh: '参数量和训练词元数应大致同比例增长（约每个参数 20 个词元）',
          en: 'Parameters and training tokens should grow roughly in proportion (about 20 tokens per parameter)',
        },
        { zh: '数据超过一轮就没有用', en: 'Data beyond one epoch is useless' },
        { zh: '损失与参数量无关', en: 'The loss does not depend on the parameter count' },
      ],
      correct: 1,
      explanation: {
        zh: 'Hoffmann 等人的三种方法都表明参数和数据应大致同比增长；70B × 20 = 1.4T 正好是“每参数约 20 个词元”。不过闭式解给出的最优点对拟合系数很敏感，这个比例是经验法则，不是定律。',
        en: 'All three of Hoffmann et al.’s approaches say parameters and data should grow roughly together; 70B × 20 = 1.4T is exactly “about 20 tokens per parameter”. The closed-form optimum is sensitive to the fitted coefficients, so the ratio is a rule of thumb, not a law.',
      },
      link: {
        doc: '02-pretraining/scaling',
        anchor: 'chinchilla',
        label: { zh: 'Chinchilla 的损失拟合', en: 'The Chinchilla loss fit' },
      },
    },
  ],
};

export default selfCheck;
