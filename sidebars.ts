import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * The reader's path, written out: one category per training stage, in pipeline order.
 * A chapter appears here only once it has content (no placeholder pages).
 */
const sidebars: SidebarsConfig = {
  guide: [
    {
      type: 'category',
      label: '0. 训练全景',
      link: { type: 'doc', id: 'overview/index' },
      collapsed: false,
      items: ['overview/paradigms', 'overview/training-phases', 'overview/learning-paradigms', 'overview/scale'],
    },
    {
      type: 'category',
      label: '1. 数据工程',
      link: { type: 'doc', id: 'data/index' },
      collapsed: false,
      items: [
        'data/sources',
        'data/dedup',
        'data/quality',
        'data/synthetic',
        'data/mixing',
        'data/tokenization',
        'data/packing',
      ],
    },
    {
      type: 'category',
      label: '2. 预训练',
      link: { type: 'doc', id: 'pretraining/index' },
      collapsed: false,
      items: [
        'pretraining/objective',
        'pretraining/architecture',
        'pretraining/positions',
        'pretraining/optimization',
        'pretraining/scaling',
        'pretraining/distributed',
        'pretraining/long-context',
      ],
    },
    {
      type: 'category',
      label: '3. 有监督微调',
      link: { type: 'doc', id: 'sft/index' },
      collapsed: false,
      items: ['sft/base-vs-chat', 'sft/data', 'sft/chat-template', 'sft/lora', 'sft/peft'],
    },
    {
      type: 'category',
      label: '4. 奖励模型',
      link: { type: 'doc', id: 'reward/index' },
      collapsed: false,
      items: [
        'reward/why-preferences',
        'reward/collecting',
        'reward/bradley-terry',
        'reward/training',
        'reward/process-and-verifiable',
        'reward/best-of-n',
      ],
    },
    {
      type: 'category',
      label: '5. 对齐',
      link: { type: 'doc', id: 'alignment/index' },
      collapsed: false,
      items: [
        'alignment/rl-vocabulary',
        'alignment/rlhf-ppo',
        'alignment/gae',
        'alignment/ppo-objective',
        'alignment/kl-estimators',
        'alignment/rejection-sampling',
        'alignment/dpo',
        'alignment/kto',
        'alignment/grpo',
        'alignment/comparison',
      ],
    },
    {
      type: 'category',
      label: '6. 知识蒸馏与压缩',
      link: { type: 'doc', id: 'distillation/index' },
      collapsed: false,
      items: [
        'distillation/soft-labels',
        'distillation/hinton-loss',
        'distillation/white-black-box',
        'distillation/kl-direction',
        'distillation/data-strategies',
        'distillation/compression',
      ],
    },
    {
      type: 'category',
      label: '7. 评估与实践',
      link: { type: 'doc', id: 'evaluation/index' },
      collapsed: false,
      items: [
        'evaluation/metrics',
        'evaluation/benchmarks',
        'evaluation/judges',
        'evaluation/challenges',
        'evaluation/trends',
      ],
    },
    { type: 'doc', id: 'glossary', label: '术语表' },
    { type: 'doc', id: 'references', label: '参考文献' },
  ],
};

export default sidebars;
