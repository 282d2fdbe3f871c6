/**
 * MemoryCalculator (chapter 2): per-GPU memory of the model states (fp16 weights and
 * gradients, fp32 Adam states) under ZeRO stages 0–3 for a number of parameters and a
 * data-parallel degree, as a stacked bar per stage. Defaults are the ZeRO paper's example
 * (7.5B parameters, 64 GPUs). Activations are not counted, and the widget says so.
 * Computed by src/lib (modelStateBreakdown).
 */
import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { modelStateBreakdown, type ModelStateBreakdown } from '@site/src/lib';
import {
  BarChart,
  FieldRow,
  NumberField,
  SelectField,
  WidgetFrame,
  formatBytes,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/zero.ts'] as const;
const STAGES = [0, 1, 2, 3] as const;
type Stage = (typeof STAGES)[number];

export default function MemoryCalculator() {
  const params = useNumberField('7.5e9');
  const dp = useNumberField(64);
  const [stage, setStage] = useState<Stage>(3);

  const result = useLibResult<ModelStateBreakdown[]>(() => {
    if (params.value === undefined || dp.value === undefined) return undefined;
    return STAGES.map((s) => modelStateBreakdown({ params: params.value!, zeroStage: s, dataParallel: dp.value! }));
  }, [params.value, dp.value]);

  const err = result.error ?? '';
  const dpError = /dataParallel/.test(err) ? err : null;
  const paramsError = err && !dpError ? err : null;

  const stageNames = STAGES.map((s) =>
    s === 0
      ? translate({ id: 'memoryCalculator.stage0', message: '无 ZeRO（普通数据并行）' })
      : translate({ id: 'memoryCalculator.stageN', message: 'ZeRO-{n}' }, { n: String(s) }),
  );
  const parts = [
    { label: translate({ id: 'memoryCalculator.part.params', message: '参数（fp16）' }), key: 'params' as const },
    { label: translate({ id: 'memoryCalculator.part.grads', message: '梯度（fp16）' }), key: 'gradients' as const },
    {
      label: translate({ id: 'memoryCalculator.part.optimizer', message: '优化器状态（fp32 主权重、动量、方差）' }),
      key: 'optimizer' as const,
    },
  ];
  const rows = result.value ?? [];
  const chosen = rows[stage];

  return (
    <WidgetFrame
      name="MemoryCalculator"
      title={<Translate id="memoryCalculator.title">ZeRO：每张 GPU 要放多少模型状态</Translate>}
      description={
        <Translate id="memoryCalculator.description">
          输入参数量与数据并行的 GPU 数，选择 ZeRO 阶段，看每张卡上参数、梯度和优化器状态各占多少。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        params.reset();
        dp.reset();
        setStage(3);
      }}
    >
      <FieldRow>
        <NumberField
          field={params}
          label={translate({ id: 'memoryCalculator.params', message: '参数量 Ψ' })}
          libError={paramsError}
        />
        <NumberField
          field={dp}
          label={translate({ id: 'memoryCalculator.dp', message: '数据并行 GPU 数 N_d' })}
          libError={dpError}
        />
        <SelectField
          label={translate({ id: 'memoryCalculator.stage', message: 'ZeRO 阶段' })}
          value={String(stage)}
          options={STAGES.map((s) => ({ value: String(s), label: stageNames[s] }))}
          onChange={(v) => setStage(Number(v) as Stage)}
        />
      </FieldRow>
      <p className={styles.total} aria-live="polite" style={{ opacity: result.stale ? 0.5 : 1 }}>
        <Translate id="memoryCalculator.total" values={{ stage: stageNames[stage] }}>
          {'{stage}：每张 GPU'}
        </Translate>{' '}
        <strong data-testid="total">{chosen ? formatBytes(chosen.total) : '—'}</strong>
        {chosen && (
          <span className={styles.split} data-testid="split">
            {' '}
            ({parts.map((p) => `${p.label} ${formatBytes(chosen[p.key])}`).join(' + ')})
          </span>
        )}
      </p>
      <div style={{ opacity: result.stale ? 0.5 : 1 }}>
        <BarChart
          categories={stageNames}
          parts={parts.map((p) => ({ label: p.label, values: rows.map((r) => r[p.key]) }))}
          highlight={stage}
          formatValue={formatBytes}
          ariaLabel={translate({ id: 'memoryCalculator.aria', message: '各 ZeRO 阶段每张 GPU 的模型状态内存' })}
          caption={
            <Translate id="memoryCalculator.caption">
              每根柱子是一个 ZeRO 阶段下每张 GPU 的模型状态：阶段 1 切分优化器状态，阶段 2 再切分梯度，阶段 3
              连参数也切分（1 GB = 10⁹ 字节）。
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'memoryCalculator.col.stage', message: '阶段' }),
              ...parts.map((p) => p.label),
              translate({ id: 'memoryCalculator.col.total', message: '合计' }),
            ],
            rows: rows.map((r, i) => [stageNames[i], ...parts.map((p) => formatBytes(r[p.key])), formatBytes(r.total)]),
          }}
          yLabel={translate({ id: 'memoryCalculator.yLabel', message: '每张 GPU 的内存' })}
        />
      </div>
      <p className={styles.note}>
        <Translate id="memoryCalculator.activations">
          未计入：激活值、临时缓冲区和显存碎片（ZeRO
          论文称之为“剩余状态”）。激活值随批大小和序列长度增长，通常要靠激活重计算和序列/张量并行来压缩，本组件不估算它。
        </Translate>
      </p>
    </WidgetFrame>
  );
}
