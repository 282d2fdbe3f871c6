/** Self-check questions of chapter 1 (data). Format: ./types.ts. */
import { bpeEncode, lshCandidateProbability, mixtureEpochs, packingStats } from '../../lib';
import type { SelfCheckChapter } from './types';

/** A document of n tokens (the ids do not matter for counting blocks and padding). */
const doc = (n: number): number[] => Array.from({ length: n }, () => 1);

const selfCheck: SelfCheckChapter = {
  chapter: '01-data',
  libFiles: ['data/minhash.ts', 'data/mixture.ts', 'data/packing.ts', 'data/bpe.ts'],
  questions: [
    {
      id: 'lsh-candidate',
      kind: 'numeric',
      prompt: {
        zh: '按 FineWeb 的设置把 MinHash 签名切成 b = 14 段、每段 r = 8 行。两篇 Jaccard 相似度为 0.8 的文档成为候选对的概率是多少？（保留三位小数）',
        en: 'With FineWeb’s setting, a MinHash signature is cut into b = 14 bands of r = 8 rows. What is the probability that two documents with Jaccard similarity 0.8 become a candidate pair? (three decimals)',
      },
      answer: () => lshCandidateProbability(0.8, 14, 8),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: 'P(s) = 1 − (1 − s^r)^b = 1 − (1 − 0.8⁸)¹⁴ ≈ 0.924。阈值约在 (1/14)^(1/8) ≈ 0.72，0.8 已经在 S 形曲线陡峭段的右侧，所以大多数这样的文档对会被找出来。',
        en: 'P(s) = 1 − (1 − s^r)^b = 1 − (1 − 0.8⁸)¹⁴ ≈ 0.924. The threshold is near (1/14)^(1/8) ≈ 0.72, so 0.8 sits right of the steep part of the S-curve and most such pairs are found.',
      },
      link: {
        doc: '01-data/dedup',
        anchor: 'lsh',
        label: { zh: 'LSH：只比较可能重复的文档对', en: 'LSH: compare only the pairs likely to be duplicates' },
      },
    },
    {
      id: 'mixture-epochs',
      kind: 'numeric',
      prompt: {
        zh: '语料有两个来源：网页 1000 亿词元，采样权重 0.8；百科 100 亿词元，采样权重 0.2。总共训练 2000 亿词元，百科会被看多少轮（epoch）？',
        en: 'A corpus has two sources: web, 100B tokens, sampling weight 0.8; encyclopaedia, 10B tokens, weight 0.2. Training sees 200B tokens in total. How many epochs of the encyclopaedia is that?',
      },
      answer: () =>
        mixtureEpochs(
          [
            { tokens: 100e9, weight: 0.8 },
            { tokens: 10e9, weight: 0.2 },
          ],
          200e9,
        )[1],
      tolerance: { abs: 0.01 },
      explanation: {
        zh: 'e_i = (w_i / Σw) · D / N_i = 0.2 × 2000 亿 / 100 亿 = 4 轮；网页只有 0.8 × 2000 / 1000 = 1.6 轮。权重不是语料占比：小而好的来源会被刻意重复。',
        en: 'e_i = (w_i / Σw) · D / N_i = 0.2 × 200B / 10B = 4 epochs, while the web gets 0.8 × 200 / 100 = 1.6. Weights are not corpus shares: small, high-quality sources are deliberately repeated.',
      },
      link: {
        doc: '01-data/mixing',
        anchor: 'weights-epochs',
        label: { zh: '采样权重与轮数', en: 'Sampling weights and epochs' },
      },
    },
    {
      id: 'truncate-padding',
      kind: 'numeric',
      prompt: {
        zh: '四篇文档长 5、9、3、6 个词元，seq_len = 8。如果用“截断 + 填充”（每篇一个块），一共要填充多少个词元？',
        en: 'Four documents are 5, 9, 3 and 6 tokens long, seq_len = 8. With truncation and padding (one block per document), how many padding tokens are there in total?',
      },
      answer: () => packingStats([doc(5), doc(9), doc(3), doc(6)], 8, 'truncate').paddingTokens,
      tolerance: {},
      explanation: {
        zh: '填充 = Σ max(0, L − n_i) = 3 + 0 + 5 + 2 = 10，占 4 × 8 = 32 个位置的 31%；第二篇还被截掉 1 个词元。拼接打包则没有填充：23 个词元加 4 个 EOS 共 27 个位置，切成 3 块。',
        en: 'Padding = Σ max(0, L − n_i) = 3 + 0 + 5 + 2 = 10, 31% of the 4 × 8 = 32 positions, and the second document loses 1 token. Packing has no padding: 23 tokens plus 4 EOS make 27 positions, cut into 3 blocks.',
      },
      link: {
        doc: '01-data/packing',
        anchor: 'two-ways',
        label: { zh: '两种做法', en: 'Two ways' },
      },
    },
    {
      id: 'utf8-bytes',
      kind: 'numeric',
      prompt: {
        zh: '字节级 BPE 还没做任何合并时（0 次合并），“大模型”这三个汉字会编码成多少个词元？',
        en: 'Before byte-level BPE has learned any merge (0 merges), how many tokens does a three-character Chinese word (for example the word for “large model”) encode to?',
      },
      answer: () => bpeEncode('大模型', []).length,
      tolerance: {},
      explanation: {
        zh: '初始词表就是 256 个字节，常见汉字在 UTF-8 中占 3 个字节，所以是 9 个词元。只有在分词器训练语料里足够常见的字和词才会被合并成一个词元，这就是中文往往更“费词元”的原因。',
        en: 'The initial vocabulary is the 256 bytes, and a common Chinese character is 3 bytes in UTF-8, so 9 tokens. Only characters and words common enough in the tokenizer’s training text get merged into one token, which is why Chinese often costs more tokens.',
      },
      link: {
        doc: '01-data/tokenization',
        anchor: 'bytes',
        label: { zh: '从字节开始', en: 'Starting from bytes' },
      },
    },
    {
      id: 'gopher-chinese',
      kind: 'choice',
      prompt: {
        zh: '在默认阈值下，本章质量过滤示例里的中文正文被 Gopher 规则删掉了。主要原因是？',
        en: 'With the default thresholds, the Chinese prose in the chapter’s quality-filter example is removed by Gopher’s rules. Why, mainly?',
      },
      choices: [
        { zh: '这段中文写得不好', en: 'The Chinese text is poorly written' },
        {
          zh: '规则是为英文设计的：每个汉字被算作一个“词”，平均词长太短，也没有英文停用词',
          en: 'The rules were designed for English: each character counts as a “word”, so the mean word length is too short, and there are no English stop words',
        },
        { zh: '它包含花括号 `{`', en: 'It contains a curly brace `{`' },
        { zh: '重复行太多', en: 'Too many duplicate lines' },
      ],
      correct: 1,
      explanation: {
        zh: '被触发的是“平均词长”（1.0 < 3）和“停用词”（0 < 2）两条规则。这说明启发式规则有语言偏见：换一种语言，阈值和统计方式都要重新考虑。',
        en: 'The rules that fire are “mean word length” (1.0 < 3) and “stop words” (0 < 2). Heuristic rules carry a language bias: for another language, both the thresholds and the way things are counted need rethinking.',
      },
      link: {
        doc: '01-data/quality',
        anchor: 'heuristics',
        label: { zh: '启发式规则', en: 'Heuristic rules' },
      },
    },
  ],
};

export default selfCheck;
