/**
 * What PipelineExplorer says about each stage. Every figure names its source; the
 * chapter text cites the same sources in full (docs/00-overview/scale.mdx).
 * Strings go through translate() so the English locale has them in i18n/en/code.json.
 */
import { translate } from '@docusaurus/Translate';

export type StageId = 'data' | 'pretraining' | 'sft' | 'reward' | 'alignment' | 'distillation';

export interface Stage {
  id: StageId;
  name: string;
  inputs: string;
  outputs: string;
  dataSize: string;
  models: string;
  /** Number of models held in memory during training (for the at-a-glance badge). */
  modelCount: number;
  compute: string;
}

export const STAGE_IDS: readonly StageId[] = ['data', 'pretraining', 'sft', 'reward', 'alignment', 'distillation'];

export function stageTexts(): Record<StageId, Stage> {
  return {
    data: {
      id: 'data',
      modelCount: 0,
      name: translate({ id: 'pipelineExplorer.data.name', message: '数据准备' }),
      inputs: translate({
        id: 'pipelineExplorer.data.inputs',
        message: '网页抓取（Common Crawl）、书籍、代码、百科、论文、领域数据。',
      }),
      outputs: translate({
        id: 'pipelineExplorer.data.outputs',
        message: '去重、过滤、按比例混合后的词元（token）序列，切成固定长度的训练块。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.data.dataSize',
        message: 'Llama 3 的预训练语料约 15.6T（15.6 万亿）个词元（Llama 3 技术报告）。',
      }),
      models: translate({
        id: 'pipelineExplorer.data.models',
        message: '不训练模型；只用小模型做语言识别、质量打分等过滤。',
      }),
      compute: translate({
        id: 'pipelineExplorer.data.compute',
        message: '以 CPU 为主：哈希去重、MinHash、分词；规模随语料线性增长。',
      }),
    },
    pretraining: {
      id: 'pretraining',
      modelCount: 1,
      name: translate({ id: 'pipelineExplorer.pretraining.name', message: '预训练' }),
      inputs: translate({ id: 'pipelineExplorer.pretraining.inputs', message: '海量无标注文本的词元序列。' }),
      outputs: translate({
        id: 'pipelineExplorer.pretraining.outputs',
        message: '基座模型（base model）：会续写文本，但还不会“听指令”。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.pretraining.dataSize',
        message: 'Llama 2：2T 词元；Llama 3：15.6T 词元；Llama 4 Scout：约 40T 词元。',
      }),
      models: translate({
        id: 'pipelineExplorer.pretraining.models',
        message: '1 个：正在训练的模型，外加它的梯度与 Adam 优化器状态。',
      }),
      compute: translate({
        id: 'pipelineExplorer.pretraining.compute',
        message:
          'Llama 3 405B：6 × 405B 参数 × 15.6T 词元 ≈ {flops} FLOPs（由 trainingFlops 算出），最多 16K 张 H100。',
      }),
    },
    sft: {
      id: 'sft',
      modelCount: 1,
      name: translate({ id: 'pipelineExplorer.sft.name', message: '有监督微调（SFT）' }),
      inputs: translate({
        id: 'pipelineExplorer.sft.inputs',
        message: '基座模型 + “指令—回答”或多轮对话示范数据。',
      }),
      outputs: translate({
        id: 'pipelineExplorer.sft.outputs',
        message: 'SFT 模型：按对话模板回答问题，损失只算在回答上。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.sft.dataSize',
        message: 'InstructGPT：约 13k 条训练提示；LIMA：仅 1,000 条精选样本。',
      }),
      models: translate({
        id: 'pipelineExplorer.sft.models',
        message: '1 个（全参数微调）；LoRA 时基座冻结，只训练小的适配器。',
      }),
      compute: translate({
        id: 'pipelineExplorer.sft.compute',
        message: '远小于预训练：数据量小几个数量级，常见为单机数卡到数十卡。',
      }),
    },
    reward: {
      id: 'reward',
      modelCount: 1,
      name: translate({ id: 'pipelineExplorer.reward.name', message: '奖励模型（RM）' }),
      inputs: translate({
        id: 'pipelineExplorer.reward.inputs',
        message: '同一提示的多个回答 + 人类（或 AI）给出的偏好排序。',
      }),
      outputs: translate({
        id: 'pipelineExplorer.reward.outputs',
        message: '一个给“提示 + 回答”打分（标量）的模型。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.reward.dataSize',
        message: 'InstructGPT：约 33k 条训练提示；Llama 2：约 141 万条 Meta 自有的两两比较。',
      }),
      models: translate({
        id: 'pipelineExplorer.reward.models',
        message: '1 个：通常由 SFT 模型初始化，把输出层换成一个标量头。',
      }),
      compute: translate({
        id: 'pipelineExplorer.reward.compute',
        message: '与 SFT 同量级：每个比较对需要两次前向传播。',
      }),
    },
    alignment: {
      id: 'alignment',
      modelCount: 4,
      name: translate({ id: 'pipelineExplorer.alignment.name', message: '强化学习 / 偏好优化' }),
      inputs: translate({
        id: 'pipelineExplorer.alignment.inputs',
        message: 'SFT 模型 + 提示集 + 奖励（奖励模型、规则验证器或偏好对）。',
      }),
      outputs: translate({
        id: 'pipelineExplorer.alignment.outputs',
        message: '对齐后的模型：更有用、更安全，或推理更强。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.alignment.dataSize',
        message: 'InstructGPT 的 PPO 阶段：约 31k 条训练提示。',
      }),
      models: translate({
        id: 'pipelineExplorer.alignment.models',
        message: 'PPO：4 个（策略、价值、参考、奖励）；GRPO：3 个（无价值模型）；DPO：2 个（策略、参考）。',
      }),
      compute: translate({
        id: 'pipelineExplorer.alignment.compute',
        message: '在线方法（PPO、GRPO）要边训练边生成回答，生成往往占大部分时间。',
      }),
    },
    distillation: {
      id: 'distillation',
      modelCount: 2,
      name: translate({ id: 'pipelineExplorer.distillation.name', message: '蒸馏与部署' }),
      inputs: translate({
        id: 'pipelineExplorer.distillation.inputs',
        message: '大的教师模型（或它生成的数据）+ 小的学生模型。',
      }),
      outputs: translate({
        id: 'pipelineExplorer.distillation.outputs',
        message: '更小、更便宜的模型，尽量保留教师的能力；再经量化后部署。',
      }),
      dataSize: translate({
        id: 'pipelineExplorer.distillation.dataSize',
        message: 'DeepSeek-R1 的蒸馏模型：用 R1 整理的约 80 万条样本做 SFT。',
      }),
      models: translate({
        id: 'pipelineExplorer.distillation.models',
        message: '白盒蒸馏：2 个（教师只做前向）；黑盒蒸馏：只训练学生。',
      }),
      compute: translate({
        id: 'pipelineExplorer.distillation.compute',
        message: '与学生模型的 SFT 相当，外加教师的前向或生成开销。',
      }),
    },
  };
}
