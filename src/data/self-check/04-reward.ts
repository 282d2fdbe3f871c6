/** Self-check questions of chapter 4 (reward models). Format: ./types.ts. */
import { bestOfNKl, bradleyTerryLoss, preferenceProbability } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '04-reward',
  libFiles: ['reward/bradley-terry.ts', 'reward/best-of-n.ts'],
  questions: [
    {
      id: 'bt-probability',
      kind: 'numeric',
      prompt: {
        zh: '奖励模型给被选回答打 2.0 分、给被拒回答打 0.5 分。按 Bradley–Terry 模型，前者更好的概率是多少？（保留三位小数）',
        en: 'A reward model scores the chosen answer 2.0 and the rejected one 0.5. Under the Bradley–Terry model, what is the probability that the first is better? (three decimals)',
      },
      answer: () => preferenceProbability(2.0, 0.5),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'P = σ(r_c − r_r) = σ(1.5) = 1 / (1 + e^−1.5) ≈ 0.818。只有分差出现在公式里。',
        en: 'P = σ(r_c − r_r) = σ(1.5) = 1 / (1 + e^−1.5) ≈ 0.818. Only the difference of the scores enters.',
      },
      link: {
        doc: '04-reward/bradley-terry',
        anchor: 'model',
        label: { zh: 'Bradley–Terry 模型', en: 'The Bradley–Terry model' },
      },
    },
    {
      id: 'bt-margin',
      kind: 'numeric',
      prompt: {
        zh: '同一对回答的奖励为 r_c = 1.5、r_r = 0.3，标注为“明显更好”，使用 Llama 2 的小间隔 m = 1。这一对的损失 −log σ(r_c − r_r − m) 是多少？（保留三位小数）',
        en: 'A pair has rewards r_c = 1.5 and r_r = 0.3 and is labelled “significantly better”, with Llama 2’s small margin m = 1. What is the pair’s loss −log σ(r_c − r_r − m)? (three decimals)',
      },
      answer: () => bradleyTerryLoss([1.5], [0.3], [1]),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: '−log σ(1.2 − 1) = −log σ(0.2) ≈ 0.598，比没有间隔时的 0.263 大得多：间隔把损失曲线右移 m，要求强偏好的回答拉开更大的分差。偏好概率 σ(1.2) 本身不受间隔影响。',
        en: '−log σ(1.2 − 1) = −log σ(0.2) ≈ 0.598, much more than 0.263 without a margin: the margin shifts the loss curve right by m and asks strongly preferred pairs for a wider gap. The preference probability σ(1.2) itself is unchanged.',
      },
      link: {
        doc: '04-reward/bradley-terry',
        anchor: 'margin',
        label: { zh: '间隔', en: 'The margin' },
      },
    },
    {
      id: 'bt-shift',
      kind: 'choice',
      prompt: {
        zh: '把奖励模型给所有回答的分数都加上 5，成对损失会怎样？',
        en: 'If the reward model adds 5 to the score of every answer, what happens to the pairwise loss?',
      },
      choices: [
        { zh: '变小，因为分数都变高了', en: 'It falls, because all scores are higher' },
        { zh: '变大', en: 'It rises' },
        {
          zh: '不变，因为损失只取决于分差',
          en: 'It stays the same, because the loss depends only on score differences',
        },
        { zh: '无法计算', en: 'It cannot be computed' },
      ],
      correct: 2,
      explanation: {
        zh: '损失 −log σ(r_c − r_r) 只含分差，所以奖励的零点由数据决定不了：奖励的绝对值没有意义，只有比较才有意义。',
        en: 'The loss −log σ(r_c − r_r) contains only the difference, so the data cannot fix where zero is: the absolute value of a reward means nothing, only comparisons do.',
      },
      link: {
        doc: '04-reward/bradley-terry',
        anchor: 'model',
        label: { zh: 'Bradley–Terry 模型', en: 'The Bradley–Terry model' },
      },
    },
    {
      id: 'ranking-pairs',
      kind: 'choice',
      prompt: {
        zh: 'InstructGPT 的标注者一次给 K = 7 个回答排序。这次排序能拆成多少个成对比较？',
        en: 'An InstructGPT labeler ranks K = 7 answers at once. How many pairwise comparisons does the ranking give?',
      },
      choices: [
        { zh: '7', en: '7' },
        { zh: '14', en: '14' },
        { zh: '21', en: '21' },
        { zh: '49', en: '49' },
      ],
      correct: 2,
      explanation: {
        zh: '任意两个回答组成一对：C(7, 2) = 7 × 6 / 2 = 21。比较数随 K² 增长，读 K 个回答就能得到很多对；但同一排序的对高度相关，所以 InstructGPT 把它们放在同一个批次元素里训练。',
        en: 'Any two answers form a pair: C(7, 2) = 7 × 6 / 2 = 21. Comparisons grow like K², so reading K answers buys many pairs; but the pairs of one ranking are strongly correlated, so InstructGPT trains them as one batch element.',
      },
      link: {
        doc: '04-reward/collecting',
        anchor: 'ranking',
        label: { zh: '排序拆成对', en: 'Rankings into pairs' },
      },
    },
    {
      id: 'orm-prm',
      kind: 'choice',
      prompt: {
        zh: '一道数学题的解答中间有一步错了，但最终答案碰巧是对的。哪种奖励会给它高分？',
        en: 'A maths solution has a wrong intermediate step, but its final answer happens to be right. Which reward gives it a high score?',
      },
      choices: [
        { zh: '结果奖励模型（ORM）', en: 'An outcome reward model (ORM)' },
        { zh: '过程奖励模型（PRM）', en: 'A process reward model (PRM)' },
        { zh: '两者都不会', en: 'Neither' },
      ],
      correct: 0,
      explanation: {
        zh: 'ORM 只看最终答案，存在“功劳分配”问题；PRM 逐步打分、把各步得分相乘，会指出第一个错误的步骤。只检查最终数字的规则奖励也有同样的漏洞。',
        en: 'An ORM looks only at the final answer — the credit-assignment problem; a PRM scores every step and multiplies the step scores, pointing at the first wrong step. A rule that checks only the final number has the same loophole.',
      },
      link: {
        doc: '04-reward/process-and-verifiable',
        anchor: 'orm-prm',
        label: { zh: '结果奖励与过程奖励', en: 'Outcome and process rewards' },
      },
    },
    {
      id: 'bon-kl',
      kind: 'numeric',
      prompt: {
        zh: '按文献中常用的公式 KL = log n − (n − 1)/n，best-of-16 的分布与原策略之间的 KL 是多少 nats？（保留两位小数）',
        en: 'With the formula used in the literature, KL = log n − (n − 1)/n, what is the KL between the best-of-16 distribution and the base policy, in nats? (two decimals)',
      },
      answer: () => bestOfNKl(16),
      tolerance: { abs: 0.01 },
      explanation: {
        zh: 'ln 16 − 15/16 ≈ 2.773 − 0.938 ≈ 1.835。n 翻倍只让 KL 增加约 ln 2；奖励有并列时这个公式只是上界，真实 KL 可能小得多。',
        en: 'ln 16 − 15/16 ≈ 2.773 − 0.938 ≈ 1.835. Doubling n adds only about ln 2; with tied rewards the formula is only an upper bound and the true KL can be much lower.',
      },
      link: {
        doc: '04-reward/best-of-n',
        anchor: 'bon',
        label: { zh: 'best-of-n', en: 'Best-of-n' },
      },
    },
  ],
};

export default selfCheck;
