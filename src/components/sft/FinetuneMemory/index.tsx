/**
 * FinetuneMemory (chapter 3): the model-state memory of full fine-tuning, LoRA and QLoRA for a
 * parameter count and a number of adapter parameters, as a stacked bar per method (weights,
 * gradients, optimizer states). Defaults: Llama-2-7B with LoRA r = 8 on q and v. Activations
 * are not counted, and the widget says so. Computed by src/lib (finetuneMemory).
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { finetuneMemory, type FinetuneMemory as Memory, type FinetuneMethod } from '@site/src/lib';
import {
  BarChart,
  FieldRow,
  NumberField,
  WidgetFrame,
  formatBytes,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['sft/finetune-memory.ts'] as const;
const METHODS: readonly FinetuneMethod[] = ['full', 'lora', 'qlora'];

export default function FinetuneMemory() {
  const params = useNumberField('6738415616');
  const adapters = useNumberField('4194304');

  const result = useLibResult<Memory[]>(() => {
    if (params.value === undefined || adapters.value === undefined) return undefined;
    return METHODS.map((method) => finetuneMemory({ params: params.value!, method, trainableParams: adapters.value! }));
  }, [params.value, adapters.value]);

  const err = result.error ?? '';
  const adapterError = /trainableParams/.test(err) ? err : null;
  const paramsError = err && !adapterError ? err : null;

  const names = [
    translate({ id: 'finetuneMemory.full', message: '全参数微调' }),
    translate({ id: 'finetuneMemory.lora', message: 'LoRA（bf16 基座）' }),
    translate({ id: 'finetuneMemory.qlora', message: 'QLoRA（4 位 NF4 基座）' }),
  ];
  const parts = [
    { label: translate({ id: 'finetuneMemory.part.weights', message: '权重' }), key: 'weights' as const },
    { label: translate({ id: 'finetuneMemory.part.grads', message: '梯度（bf16）' }), key: 'gradients' as const },
    {
      label: translate({ id: 'finetuneMemory.part.optimizer', message: '优化器状态（fp32 主权重、Adam 的 m 和 v）' }),
      key: 'optimizer' as const,
    },
  ];
  const rows = result.value ?? [];

  return (
    <WidgetFrame
      name="FinetuneMemory"
      title={<Translate id="finetuneMemory.title">微调要多少显存：全参数、LoRA 与 QLoRA</Translate>}
      description={
        <Translate id="finetuneMemory.description">
          输入模型参数量和适配器参数量，比较三种做法的模型状态（权重、梯度、优化器状态）各占多少显存。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        params.reset();
        adapters.reset();
      }}
    >
      <FieldRow>
        <NumberField
          field={params}
          label={translate({ id: 'finetuneMemory.params', message: '模型参数量 Ψ' })}
          libError={paramsError}
        />
        <NumberField
          field={adapters}
          label={translate({ id: 'finetuneMemory.adapters', message: '适配器参数量 Φ' })}
          libError={adapterError}
        />
      </FieldRow>
      <ul className={styles.totals} aria-live="polite" style={{ opacity: result.stale ? 0.5 : 1 }}>
        {rows.map((r, i) => (
          <li key={METHODS[i]}>
            {names[i]}: <strong data-testid={`total-${METHODS[i]}`}>{formatBytes(r.total)}</strong>
          </li>
        ))}
      </ul>
      <div style={{ opacity: result.stale ? 0.5 : 1 }}>
        <BarChart
          categories={names}
          parts={parts.map((p) => ({ label: p.label, values: rows.map((r) => r[p.key]) }))}
          formatValue={formatBytes}
          ariaLabel={translate({ id: 'finetuneMemory.aria', message: '三种微调方式的模型状态显存' })}
          caption={
            <Translate id="finetuneMemory.caption">
              每根柱子是一种微调方式的模型状态：全参数微调每个参数 16 字节；LoRA 的基座冻结为 bf16（2
              字节/参数），只有适配器有梯度和优化器状态；QLoRA 把基座量化为 4 位 NF4（约 0.516 字节/参数）。1 GB = 10⁹
              字节。
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'finetuneMemory.col.method', message: '方式' }),
              ...parts.map((p) => p.label),
              translate({ id: 'finetuneMemory.col.total', message: '合计' }),
            ],
            rows: rows.map((r, i) => [names[i], ...parts.map((p) => formatBytes(r[p.key])), formatBytes(r.total)]),
          }}
          yLabel={translate({ id: 'finetuneMemory.yLabel', message: '显存' })}
        />
      </div>
      <p className={styles.note}>
        <Translate id="finetuneMemory.assumptions">
          假设：混合精度 Adam，不做 ZeRO 切分。未计入：激活值（随批大小和序列长度增长）、临时缓冲区和显存碎片，以及
          QLoRA 的分页优化器把优化器状态换出到 CPU 内存的效果。
        </Translate>
      </p>
    </WidgetFrame>
  );
}
