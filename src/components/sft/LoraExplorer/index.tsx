/**
 * LoraExplorer (chapter 3): a model preset, the layers that get adapters and a rank give the
 * trainable LoRA parameters and their share of the model; a small 4×4 weight W shows the
 * low-rank update ΔW = scale·BA (scale α/r, or α/√r with rsLoRA) and the merged W' = W + ΔW.
 * Computed by src/lib (loraTrainableParams, loraMerge).
 */
import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import {
  LORA_DEMO,
  LORA_TARGET_SETS,
  MODEL_PRESETS,
  loraMerge,
  loraTrainableParams,
  type LoraTargetSetId,
  type ModelPresetId,
} from '@site/src/lib';
import {
  FieldRow,
  NumberField,
  SelectField,
  WidgetFrame,
  formatNumber,
  formatPercent,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['sft/lora.ts', 'sft/lora-model.ts', 'sft/lora-merge.ts', 'sft/model-presets.ts'] as const;
const PRESET_LABELS: Record<ModelPresetId, string> = {
  'llama-2-7b': 'Llama-2-7B',
  'llama-2-13b': 'Llama-2-13B',
  'llama-3-8b': 'Llama-3-8B',
  'llama-2-70b': 'Llama-2-70B',
};

function Matrix({ name, m, testId }: { name: string; m: number[][]; testId: string }) {
  return (
    <table className={styles.matrix} data-testid={testId}>
      <caption>{name}</caption>
      <tbody>
        {m.map((row, i) => (
          <tr key={i}>
            {row.map((x, j) => (
              <td key={j}>{formatNumber(Math.abs(x) < 1e-12 ? 0 : x, 3)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function LoraExplorer() {
  const [preset, setPreset] = useState<ModelPresetId>('llama-2-7b');
  const [targets, setTargets] = useState<LoraTargetSetId>('qv');
  const rank = useNumberField(8, { min: 1, integer: true });
  const alpha = useNumberField(4);
  const [rsLora, setRsLora] = useState(false);

  const model = useLibResult(() => {
    if (rank.value === undefined) return undefined;
    return loraTrainableParams({ ...MODEL_PRESETS[preset], targets: LORA_TARGET_SETS[targets] }, rank.value);
  }, [preset, targets, rank.value]);
  const demo = useLibResult(() => {
    if (alpha.value === undefined) return undefined;
    return loraMerge(LORA_DEMO.w, LORA_DEMO.a, LORA_DEMO.b, alpha.value, rsLora);
  }, [alpha.value, rsLora]);

  const targetLabels: Record<LoraTargetSetId, string> = {
    qv: translate({ id: 'loraExplorer.targets.qv', message: 'q、v（LoRA 论文）' }),
    attention: translate({ id: 'loraExplorer.targets.attention', message: 'q、k、v、o（全部注意力投影）' }),
    all: translate({ id: 'loraExplorer.targets.all', message: '全部线性层（QLoRA 论文）' }),
  };
  const m = model.value;
  const d = demo.value;

  return (
    <WidgetFrame
      name="LoraExplorer"
      title={<Translate id="loraExplorer.title">LoRA：训练多少参数，更新长什么样</Translate>}
      description={
        <Translate id="loraExplorer.description">
          选择模型、加适配器的层和秩 r，看可训练参数占全模型的比例；下方用一个 4×4 的小矩阵演示 ΔW = BA 和合并。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        setPreset('llama-2-7b');
        setTargets('qv');
        rank.reset();
        alpha.reset();
        setRsLora(false);
      }}
    >
      <FieldRow>
        <SelectField
          label={translate({ id: 'loraExplorer.preset', message: '模型' })}
          value={preset}
          options={(Object.keys(PRESET_LABELS) as ModelPresetId[]).map((id) => ({
            value: id,
            label: PRESET_LABELS[id],
          }))}
          onChange={setPreset}
        />
        <SelectField
          label={translate({ id: 'loraExplorer.targets', message: '加适配器的层' })}
          value={targets}
          options={(Object.keys(targetLabels) as LoraTargetSetId[]).map((id) => ({
            value: id,
            label: targetLabels[id],
          }))}
          onChange={setTargets}
        />
        <NumberField
          field={rank}
          label={translate({ id: 'loraExplorer.rank', message: '秩 r' })}
          libError={model.error}
          inputMode="numeric"
        />
      </FieldRow>
      {m && (
        <p className={clsx(styles.result, model.stale && styles.stale)} aria-live="polite">
          <Translate id="loraExplorer.trainable">可训练参数</Translate>{' '}
          <strong data-testid="trainable">{m.trainable.toLocaleString('en-US')}</strong>{' '}
          <Translate id="loraExplorer.of">占全部参数</Translate>{' '}
          <strong data-testid="fraction">{formatPercent(m.fraction, 3)}</strong>{' '}
          <Translate id="loraExplorer.base" values={{ base: m.base.toLocaleString('en-US') }}>
            {'（基座 {base} 个参数冻结）'}
          </Translate>
        </p>
      )}
      <h4 className={styles.subtitle}>
        <Translate id="loraExplorer.demoTitle">一个 4×4 权重上的秩 2 更新</Translate>
      </h4>
      <FieldRow>
        <NumberField
          field={alpha}
          label={translate({ id: 'loraExplorer.alpha', message: 'α（lora_alpha）' })}
          libError={demo.error}
        />
        <SelectField
          label={translate({ id: 'loraExplorer.scaling', message: '缩放' })}
          value={rsLora ? 'rs' : 'plain'}
          options={[
            { value: 'plain', label: translate({ id: 'loraExplorer.scaling.plain', message: 'α / r（LoRA）' }) },
            { value: 'rs', label: translate({ id: 'loraExplorer.scaling.rs', message: 'α / √r（rsLoRA）' }) },
          ]}
          onChange={(v) => setRsLora(v === 'rs')}
        />
      </FieldRow>
      {d && (
        <div className={clsx(styles.matrices, demo.stale && styles.stale)} aria-live="polite">
          <p className={styles.scale}>
            <Translate id="loraExplorer.scale">缩放系数</Translate>{' '}
            <strong data-testid="scale">{formatNumber(d.scale, 4)}</strong>
          </p>
          <Matrix name={translate({ id: 'loraExplorer.w', message: 'W（冻结）' })} m={LORA_DEMO.w} testId="w" />
          <Matrix name={translate({ id: 'loraExplorer.b', message: 'B（4×2）' })} m={LORA_DEMO.b} testId="b" />
          <Matrix name={translate({ id: 'loraExplorer.a', message: 'A（2×4）' })} m={LORA_DEMO.a} testId="a" />
          <Matrix
            name={translate({ id: 'loraExplorer.delta', message: 'ΔW = 缩放 · BA' })}
            m={d.delta}
            testId="delta"
          />
          <Matrix
            name={translate({ id: 'loraExplorer.merged', message: "W' = W + ΔW（合并后）" })}
            m={d.merged}
            testId="merged"
          />
        </div>
      )}
    </WidgetFrame>
  );
}
