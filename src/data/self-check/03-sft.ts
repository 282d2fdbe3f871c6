/** Self-check questions of chapter 3 (supervised fine-tuning). Format: ./types.ts. */
import { LLAMA_2_7B, finetuneMemory, loraTrainableParams, maskedMeanLoss } from '../../lib';
import type { SelfCheckChapter } from './types';

const selfCheck: SelfCheckChapter = {
  chapter: '03-sft',
  libFiles: ['sft/masked-loss.ts', 'sft/lora-model.ts', 'sft/finetune-memory.ts'],
  questions: [
    {
      id: 'masked-loss',
      kind: 'numeric',
      prompt: {
        zh: '一个样本有 5 个位置，逐词元损失为 2.0、1.5、0.8、0.4、0.2，标签为 −100、−100、5、7、2（前两个是提示词）。SFT 的损失是多少？（保留三位小数）',
        en: 'An example has 5 positions with per-token losses 2.0, 1.5, 0.8, 0.4, 0.2 and labels −100, −100, 5, 7, 2 (the first two are the prompt). What is the SFT loss? (three decimals)',
      },
      answer: () => maskedMeanLoss([2.0, 1.5, 0.8, 0.4, 0.2], [-100, -100, 5, 7, 2]),
      tolerance: { abs: 0.002 },
      explanation: {
        zh: '标签为 −100 的位置不进损失，只对回复的 3 个词元取平均：(0.8 + 0.4 + 0.2) / 3 ≈ 0.467。如果把提示词也算进去，平均值会变成 0.98，模型就在学模仿用户的提问。',
        en: 'Positions labelled −100 drop out; the mean is over the 3 reply tokens: (0.8 + 0.4 + 0.2) / 3 ≈ 0.467. Counting the prompt too would give 0.98, and the model would be learning to imitate the user’s question.',
      },
      link: {
        doc: '03-sft/chat-template',
        anchor: 'loss-mask',
        label: { zh: '只训练助手的回复', en: "Training on the assistant's replies only" },
      },
    },
    {
      id: 'lora-params',
      kind: 'numeric',
      prompt: {
        zh: '在 Llama-2-7B（32 层，隐藏维度 4096）每层的 q 和 v 投影上加秩 r = 16 的 LoRA，一共有多少个可训练参数？',
        en: 'Rank r = 16 LoRA on the q and v projections of every layer of Llama-2-7B (32 layers, hidden size 4096): how many trainable parameters in total?',
      },
      answer: () => loraTrainableParams({ ...LLAMA_2_7B, targets: ['q', 'v'] }, 16).trainable,
      tolerance: {},
      digits: 7,
      explanation: {
        zh: '每个被适配的矩阵增加 r(d_in + d_out) = 16 × 8192 = 131,072 个参数；每层两个矩阵、32 层：2 × 131,072 × 32 = 8,388,608，约为全部参数的 0.12%。秩翻倍，参数也翻倍。',
        en: 'Each adapted matrix adds r(d_in + d_out) = 16 × 8192 = 131,072 parameters; two per layer over 32 layers: 2 × 131,072 × 32 = 8,388,608, about 0.12% of all parameters. Doubling the rank doubles them.',
      },
      link: {
        doc: '03-sft/lora',
        anchor: 'lora',
        label: { zh: 'LoRA 训练什么', en: 'What LoRA trains' },
      },
    },
    {
      id: 'lora-memory',
      kind: 'numeric',
      prompt: {
        zh: 'Llama-2-7B 有 6,738,415,616 个参数。用 LoRA（4,194,304 个适配器参数）微调、基座以 bf16 冻结、适配器用混合精度 Adam 时，模型状态约占多少 GB？（不含激活，1 GB = 10⁹ 字节，误差 2% 以内算对）',
        en: 'Llama-2-7B has 6,738,415,616 parameters. Fine-tuning it with LoRA (4,194,304 adapter parameters), the base frozen in bf16 and the adapters trained with mixed-precision Adam: about how many GB of model state? (no activations, 1 GB = 10⁹ bytes, within 2% counts as right)',
      },
      // bytes → GB, as the chapter counts.
      answer: () => finetuneMemory({ params: 6_738_415_616, method: 'lora', trainableParams: 4_194_304 }).total / 1e9,
      tolerance: { rel: 0.02 },
      digits: 3,
      unit: { zh: 'GB', en: 'GB' },
      explanation: {
        zh: '冻结的基座每个参数 2 字节（约 13.5 GB），适配器每个参数 16 字节（约 0.07 GB），合计约 13.5 GB；全参数微调要 16 字节 × 67 亿 ≈ 108 GB。QLoRA 再把基座压到约 0.516 字节/参数。',
        en: 'The frozen base takes 2 bytes per parameter (about 13.5 GB) and the adapters 16 bytes each (about 0.07 GB): about 13.5 GB in all, against 16 bytes × 6.7B ≈ 108 GB for full fine-tuning. QLoRA shrinks the base further, to about 0.516 bytes per parameter.',
      },
      link: {
        doc: '03-sft/peft',
        anchor: 'memory',
        label: { zh: '显存对比', en: 'Memory compared' },
      },
    },
    {
      id: 'lora-merge',
      kind: 'choice',
      prompt: {
        zh: '训练完成后，哪种方法可以把学到的改动合并回原始权重，使推理没有任何额外开销？',
        en: 'After training, which method can be merged back into the original weights so that inference has no extra cost at all?',
      },
      choices: [
        { zh: 'LoRA', en: 'LoRA' },
        { zh: 'Adapters', en: 'Adapters' },
        { zh: 'Prefix Tuning', en: 'Prefix Tuning' },
        { zh: 'P-Tuning', en: 'P-Tuning' },
      ],
      correct: 0,
      explanation: {
        zh: 'LoRA 的 BA 与原矩阵并联，读同一个输入、输出相加，所以 W′ = W₀ + (α/r)BA 形状不变、可以直接合并。Adapters 是串联插入的新模块，前缀类方法会让序列变长，推理时都有额外开销。',
        en: 'LoRA’s BA runs in parallel with the original matrix, reading the same input and adding its output, so W′ = W₀ + (α/r)BA keeps the shape and can be merged. Adapters are new modules inserted in series, and prefix methods lengthen the sequence: both cost extra at inference.',
      },
      link: {
        doc: '03-sft/lora',
        anchor: 'merge',
        label: { zh: '合并与部署', en: 'Merging and deployment' },
      },
    },
    {
      id: 'new-knowledge',
      kind: 'choice',
      prompt: {
        zh: 'Gekhman 等人的实验中，微调样本里“模型原本不知道答案”的那部分会怎样？',
        en: 'In Gekhman et al.’s experiment, what happens with the fine-tuning examples whose answers the model did not know?',
      },
      choices: [
        {
          zh: '学得比已知样本快，并减少幻觉',
          en: 'They are learned faster than known ones and reduce hallucination',
        },
        {
          zh: '学得慢得多，一旦学会，模型更容易在原本知道的问题上产生幻觉',
          en: 'They are learned much more slowly and, once learned, make the model more prone to hallucinate on questions it used to know',
        },
        { zh: '对模型没有任何影响', en: 'They have no effect on the model' },
        { zh: '会被损失掩码自动忽略', en: 'The loss mask ignores them automatically' },
      ],
      correct: 1,
      explanation: {
        zh: '未知样本学得更慢，学会之后幻觉倾向随其比例线性上升；作者建议提前停止或过滤掉这类样本。新知识更适合通过继续预训练或检索提供，SFT 教的是怎样使用已有知识。',
        en: 'Unknown examples are learned more slowly and, once fitted, raise the tendency to hallucinate linearly with their share; the authors suggest early stopping or filtering them out. New knowledge is better supplied by continued pretraining or retrieval; SFT teaches how to use what the model knows.',
      },
      link: {
        doc: '03-sft/data',
        anchor: 'new-knowledge',
        label: { zh: '新知识与幻觉', en: 'New knowledge and hallucination' },
      },
    },
  ],
};

export default selfCheck;
