/**
 * ScalingCalculator (chapter 2): parameters and tokens → training compute (6ND), the
 * split the Chinchilla fit would choose for the same compute (closed form) next to the
 * 20-tokens-per-parameter rule, the fitted loss along the isoFLOP line, and days on a
 * number of GPUs at a chosen MFU. Presets come from the papers. Computed by src/lib
 * (trainingFlops, chinchillaOptimal, tokensPerParamSplit, tokensPerParameter, chinchillaLoss,
 * isoFlopCurve, trainingDays).
 */
import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  chinchillaLoss,
  chinchillaOptimal,
  isoFlopCurve,
  tokensPerParamSplit,
  tokensPerParameter,
  trainingDays,
  trainingFlops,
} from '@site/src/lib';
import {
  FieldRow,
  LineChart,
  Num,
  NumberField,
  SelectField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['pretraining/scaling-laws.ts', 'pretraining/tokens-per-param.ts', 'pretraining/isoflop.ts'] as const;

type PresetId = 'llama31' | 'llama1' | 'chinchilla' | 'gopher' | 'gpt3';
interface Preset {
  params: string;
  tokens: string;
  /** Hardware only where the paper gives it: GPUs, peak dense BF16 TFLOP/s per GPU, MFU. */
  hardware?: { gpus: string; peakTflops: string; mfu: string };
}

// Llama 3.1 405B: 15.6T tokens, up to 16,384 H100 (989 TFLOP/s BF16), 38–43 % MFU (Llama 3 report, §3.3).
// LLaMA-1 65B: 1.4T tokens, 2,048 A100-80GB (312 TFLOP/s), 380 tokens/s/GPU ⇒ MFU ≈ 0.475 (LLaMA §2.4).
// Chinchilla 70B / 1.4T, Gopher 280B / 300B (Hoffmann et al. 2022); GPT-3 175B / 300B (Brown et al. 2020).
const PRESETS: Record<PresetId, Preset> = {
  llama31: { params: '405e9', tokens: '15.6e12', hardware: { gpus: '16384', peakTflops: '989', mfu: '0.4' } },
  llama1: { params: '65e9', tokens: '1.4e12', hardware: { gpus: '2048', peakTflops: '312', mfu: '0.475' } },
  chinchilla: { params: '70e9', tokens: '1.4e12' },
  gopher: { params: '280e9', tokens: '300e9' },
  gpt3: { params: '175e9', tokens: '300e9' },
};
const DEFAULT: PresetId = 'llama31';
const CURVE_POINTS = 41;

export default function ScalingCalculator() {
  const [preset, setPreset] = useState<PresetId>(DEFAULT);
  const d = PRESETS[DEFAULT];
  const params = useNumberField(d.params);
  const tokens = useNumberField(d.tokens);
  const gpus = useNumberField(d.hardware!.gpus);
  const peak = useNumberField(d.hardware!.peakTflops);
  const mfu = useNumberField(d.hardware!.mfu);

  const choose = (id: PresetId) => {
    setPreset(id);
    const p = PRESETS[id];
    params.setText(p.params);
    tokens.setText(p.tokens);
    if (p.hardware) {
      gpus.setText(p.hardware.gpus);
      peak.setText(p.hardware.peakTflops);
      mfu.setText(p.hardware.mfu);
    }
  };

  const model = useLibResult(() => {
    if (params.value === undefined || tokens.value === undefined) return undefined;
    const flops = trainingFlops(params.value, tokens.value);
    const optimal = chinchillaOptimal(flops);
    const rule = tokensPerParamSplit(flops, 20);
    // The isoFLOP curve from N_opt/30 to 30·N_opt, evenly spaced on a log axis.
    const curve = isoFlopCurve(flops, optimal.params, 30, CURVE_POINTS);
    return {
      flops,
      optimal,
      optimalRatio: tokensPerParameter(optimal.params, optimal.tokens),
      rule,
      loss: chinchillaLoss(params.value, tokens.value),
      optimalLoss: chinchillaLoss(optimal.params, optimal.tokens),
      curve,
    };
  }, [params.value, tokens.value]);

  const days = useLibResult(() => {
    if (model.value === undefined || gpus.value === undefined || peak.value === undefined || mfu.value === undefined) {
      return undefined;
    }
    return trainingDays(model.value.flops, { gpus: gpus.value, peakFlops: peak.value * 1e12, mfu: mfu.value });
  }, [model.value, gpus.value, peak.value, mfu.value]);

  const modelErr = model.error ?? '';
  const paramsError = /params/.test(modelErr) ? modelErr : null;
  const tokensError = modelErr && !paramsError ? modelErr : null;
  const daysErr = days.error ?? '';
  const gpusError = /gpus/.test(daysErr) ? daysErr : null;
  const mfuError = /mfu/.test(daysErr) ? daysErr : null;
  const peakError = daysErr && !gpusError && !mfuError ? daysErr : null;

  const presetNames: Record<PresetId, string> = {
    llama31: translate({ id: 'scalingCalculator.preset.llama31', message: 'Llama 3.1 405B（15.6T 词元，H100）' }),
    llama1: translate({ id: 'scalingCalculator.preset.llama1', message: 'LLaMA-1 65B（1.4T 词元，A100）' }),
    chinchilla: translate({ id: 'scalingCalculator.preset.chinchilla', message: 'Chinchilla 70B（1.4T 词元）' }),
    gopher: translate({ id: 'scalingCalculator.preset.gopher', message: 'Gopher 280B（300B 词元）' }),
    gpt3: translate({ id: 'scalingCalculator.preset.gpt3', message: 'GPT-3 175B（300B 词元）' }),
  };
  const m = model.value;
  const gb = (x: number) => formatNumber(x / 1e9, 3);

  return (
    <WidgetFrame
      name="ScalingCalculator"
      title={<Translate id="scalingCalculator.title">算力、最优配比与训练天数</Translate>}
      description={
        <Translate id="scalingCalculator.description">
          选一个真实模型作为预设，或自己输入参数量与词元数；再设定 GPU 数量、单卡峰值与 MFU，估算训练天数。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => choose(DEFAULT)}
    >
      <FieldRow>
        <SelectField
          label={translate({ id: 'scalingCalculator.preset', message: '预设（选中后填入下方）' })}
          value={preset}
          options={(Object.keys(PRESETS) as PresetId[]).map((id) => ({ value: id, label: presetNames[id] }))}
          onChange={choose}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={params}
          label={translate({ id: 'scalingCalculator.params', message: '参数量 N' })}
          libError={paramsError}
        />
        <NumberField
          field={tokens}
          label={translate({ id: 'scalingCalculator.tokens', message: '训练词元数 D' })}
          libError={tokensError}
        />
      </FieldRow>
      <FieldRow>
        <NumberField
          field={gpus}
          label={translate({ id: 'scalingCalculator.gpus', message: 'GPU 数量' })}
          libError={gpusError}
        />
        <NumberField
          field={peak}
          label={translate({ id: 'scalingCalculator.peak', message: '单卡峰值（TFLOP/s，BF16 稠密）' })}
          libError={peakError}
        />
        <NumberField
          field={mfu}
          label={translate({ id: 'scalingCalculator.mfu', message: 'MFU（0–1）' })}
          libError={mfuError}
          slider={{ min: 0.05, max: 1, step: 0.01 }}
        />
      </FieldRow>
      <dl className={styles.results} aria-live="polite">
        <div style={{ opacity: model.stale ? 0.5 : 1 }}>
          <dt>
            <Translate id="scalingCalculator.flops">训练算力 C = 6ND</Translate>
          </dt>
          <dd data-testid="flops">{m ? <Num value={m.flops} digits={3} /> : '—'} FLOPs</dd>
        </div>
        <div style={{ opacity: days.stale ? 0.5 : 1 }}>
          <dt>
            <Translate id="scalingCalculator.days">训练天数（理想情况）</Translate>
          </dt>
          <dd data-testid="days">{days.value === undefined ? '—' : formatNumber(days.value, 3)}</dd>
        </div>
        <div style={{ opacity: model.stale ? 0.5 : 1 }}>
          <dt>
            <Translate id="scalingCalculator.optimal">同样算力下 Chinchilla 拟合的最优（闭式解）</Translate>
          </dt>
          <dd data-testid="optimal">
            {m ? (
              <Translate
                id="scalingCalculator.split"
                values={{
                  n: gb(m.optimal.params),
                  d: gb(m.optimal.tokens),
                  r: formatNumber(m.optimalRatio, 3),
                }}
              >
                {'N ≈ {n}B，D ≈ {d}B（每参数 {r} 个词元）'}
              </Translate>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div style={{ opacity: model.stale ? 0.5 : 1 }}>
          <dt>
            <Translate id="scalingCalculator.rule">“每参数 20 个词元”经验法则</Translate>
          </dt>
          <dd data-testid="rule">
            {m ? (
              <Translate id="scalingCalculator.ruleSplit" values={{ n: gb(m.rule.params), d: gb(m.rule.tokens) }}>
                {'N ≈ {n}B，D ≈ {d}B'}
              </Translate>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div style={{ opacity: model.stale ? 0.5 : 1 }}>
          <dt>
            <Translate id="scalingCalculator.loss">拟合的损失 L(N, D)：你的配置 / 最优</Translate>
          </dt>
          <dd data-testid="loss">{m ? `${formatNumber(m.loss, 4)} / ${formatNumber(m.optimalLoss, 4)}` : '—'}</dd>
        </div>
      </dl>
      <div style={{ opacity: model.stale ? 0.5 : 1 }}>
        <LineChart
          series={[
            {
              id: 'iso',
              label: translate({ id: 'scalingCalculator.chart.series', message: '同算力下的拟合损失' }),
              points: m?.curve ?? [],
            },
          ]}
          markers={
            m
              ? [
                  {
                    x: m.optimal.params,
                    label: translate({ id: 'scalingCalculator.chart.optimal', message: '最优' }),
                  },
                  ...(params.value !== undefined &&
                  params.value >= m.curve[0][0] &&
                  params.value <= m.curve[m.curve.length - 1][0]
                    ? [{ x: params.value, label: 'N' }]
                    : []),
                ]
              : []
          }
          logX
          ariaLabel={translate({ id: 'scalingCalculator.chart.aria', message: '等算力曲线：拟合损失随参数量变化' })}
          caption={
            <Translate id="scalingCalculator.chart.caption">
              算力固定为 C 时，参数量 N 越大，能训练的词元 D = C / 6N 就越少。曲线是 Chinchilla 拟合给出的损失，呈 U
              形；竖线标出闭式最优和你的 N（若在图的范围内）。
            </Translate>
          }
          table={{
            columns: [
              translate({ id: 'scalingCalculator.params', message: '参数量 N' }),
              translate({ id: 'scalingCalculator.chart.lossCol', message: '损失' }),
            ],
            rows: (m?.curve ?? [])
              .filter((_, i) => i % 4 === 0)
              .map(([n, l]) => [formatNumber(n, 3), formatNumber(l, 4)]),
          }}
          xLabel={translate({ id: 'scalingCalculator.params', message: '参数量 N' })}
          yLabel={translate({ id: 'scalingCalculator.chart.lossCol', message: '损失' })}
          height={240}
        />
      </div>
    </WidgetFrame>
  );
}
