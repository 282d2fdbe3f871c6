/** Translated title and one-line summary of each chapter, for the home page cards. */
import { translate } from '@docusaurus/Translate';

export function chapterText(id: string): { title: string; summary: string } {
  switch (id) {
    case 'overview':
      return {
        title: translate({ id: 'home.chapter.overview.title', message: '训练全景' }),
        summary: translate({
          id: 'home.chapter.overview.summary',
          message: '从数据到部署的各个阶段、两种主流范式，以及真实模型的规模。',
        }),
      };
    case 'data':
      return {
        title: translate({ id: 'home.chapter.data.title', message: '数据工程' }),
        summary: translate({ id: 'home.chapter.data.summary', message: '去重、质量过滤、数据配比、BPE 分词与打包。' }),
      };
    case 'pretraining':
      return {
        title: translate({ id: 'home.chapter.pretraining.title', message: '预训练' }),
        summary: translate({
          id: 'home.chapter.pretraining.summary',
          message: '下一个词预测、Transformer、缩放定律与分布式训练。',
        }),
      };
    case 'sft':
      return {
        title: translate({ id: 'home.chapter.sft.title', message: '有监督微调' }),
        summary: translate({ id: 'home.chapter.sft.summary', message: '对话模板、损失掩码、LoRA 与 QLoRA。' }),
      };
    case 'reward':
      return {
        title: translate({ id: 'home.chapter.reward.title', message: '奖励模型' }),
        summary: translate({
          id: 'home.chapter.reward.summary',
          message: '偏好数据、Bradley–Terry 损失与 best-of-n。',
        }),
      };
    case 'alignment':
      return {
        title: translate({ id: 'home.chapter.alignment.title', message: '对齐' }),
        summary: translate({ id: 'home.chapter.alignment.summary', message: 'PPO、DPO、KTO 与 GRPO，逐步计算。' }),
      };
    case 'distillation':
      return {
        title: translate({ id: 'home.chapter.distillation.title', message: '蒸馏与压缩' }),
        summary: translate({ id: 'home.chapter.distillation.summary', message: '软标签、温度、正向与反向 KL。' }),
      };
    default:
      return {
        title: translate({ id: 'home.chapter.evaluation.title', message: '评估与实践' }),
        summary: translate({
          id: 'home.chapter.evaluation.summary',
          message: '困惑度、BLEU/ROUGE、基准与训练中的挑战。',
        }),
      };
  }
}

/**
 * What a pipeline stage hands to the next one, shown on the arrow after its card on the home
 * page; undefined for chapters that are not a stage of the flow (the overview, evaluation).
 */
export function chapterOutput(id: string): string | undefined {
  switch (id) {
    case 'data':
      return translate({ id: 'home.flow.output.data', message: '词元序列' });
    case 'pretraining':
      return translate({ id: 'home.flow.output.pretraining', message: '基座模型' });
    case 'sft':
      return translate({ id: 'home.flow.output.sft', message: 'SFT 模型' });
    case 'reward':
      return translate({ id: 'home.flow.output.reward', message: '奖励信号' });
    case 'alignment':
      return translate({ id: 'home.flow.output.alignment', message: '对齐后的模型' });
    case 'distillation':
      return translate({ id: 'home.flow.output.distillation', message: '更小的部署模型' });
    default:
      return undefined;
  }
}
