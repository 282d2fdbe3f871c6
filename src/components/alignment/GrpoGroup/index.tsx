/**
 * GrpoGroup (chapter 5): one prompt, G sampled answers. Their rewards come from a rule
 * ("the final answer equals the target", verifyFinalAnswers) or are typed in; a second group
 * from another prompt of the same batch lets 'batch' scaling differ from 'group' scaling.
 * Shows the advantages of every answer under group / batch / no scaling (grpoAdvantages) and
 * says when a group has identical rewards, hence zero advantages (groupHasSignal).
 * Defaults: the worked example of the GRPO section, rewards [1, 0, 0, 1] → ±0.866.
 */
import React, { useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { grpoAdvantages, groupHasSignal, verifyFinalAnswers, type GrpoScale } from '@site/src/lib';
import {
  ErrorAlert,
  FieldRow,
  NumberField,
  NumberListField,
  ResultTable,
  SelectField,
  TextField,
  WidgetFrame,
  formatNumber,
  useLibResult,
  useNumberField,
  useNumberListField,
} from '@site/src/components/kit';
import { DEFAULT_ANSWERS_EN, DEFAULT_ANSWERS_ZH, DEFAULT_MANUAL, DEFAULT_OTHER_GROUP, DEFAULT_TARGET } from './answers';
import styles from './styles.module.css';

const LIB_FILES = ['alignment/grpo-advantages.ts', 'alignment/grpo-groups.ts', 'alignment/verifier.ts'] as const;
const SCALES: readonly GrpoScale[] = ['group', 'batch', 'none'];
type Source = 'rule' | 'manual';

export default function GrpoGroup() {
  const { i18n } = useDocusaurusContext();
  const defaultAnswers = (i18n.currentLocale === 'en' ? DEFAULT_ANSWERS_EN : DEFAULT_ANSWERS_ZH).join('\n');
  const [source, setSource] = useState<Source>('rule');
  const [answers, setAnswers] = useState(defaultAnswers);
  const target = useNumberField(DEFAULT_TARGET);
  const manual = useNumberListField(DEFAULT_MANUAL, { minLength: 2 });
  const other = useNumberListField(DEFAULT_OTHER_GROUP, { minLength: 2 });

  const lines = useMemo(
    () =>
      answers
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    [answers],
  );
  const answersError =
    source === 'rule' && lines.length < 2
      ? translate({ id: 'grpoGroup.answersError', message: '至少需要两行回答（一组 G ≥ 2）' })
      : null;

  const firstSize = source === 'rule' ? lines.length : manual.values?.length;
  const mismatch =
    other.values !== undefined && firstSize !== undefined && firstSize >= 2 && other.values.length !== firstSize;

  const result = useLibResult(() => {
    if (other.values === undefined || mismatch) return undefined;
    let rewards: number[];
    if (source === 'rule') {
      if (answersError || target.value === undefined) return undefined;
      rewards = verifyFinalAnswers(lines, target.value);
    } else {
      if (manual.values === undefined) return undefined;
      rewards = manual.values;
    }
    const g = rewards.length;
    const batch = [...rewards, ...other.values];
    const adv = Object.fromEntries(SCALES.map((s) => [s, grpoAdvantages(batch, g, { scale: s })])) as Record<
      GrpoScale,
      number[]
    >;
    return { g, labels: source === 'rule' ? lines : undefined, rewards: batch, adv, signal: groupHasSignal(batch, g) };
  }, [source, lines, answersError, target.value, manual.values, other.values, mismatch]);

  const otherError = mismatch
    ? translate(
        { id: 'grpoGroup.otherMismatch', message: '需要与第一组同样多的奖励（G = {g}）' },
        { g: String(firstSize) },
      )
    : null;
  const v = result.value;
  const stale = result.stale;

  const scaleName: Record<GrpoScale, string> = {
    group: translate({ id: 'grpoGroup.scale.group', message: '组内 std（GRPO）' }),
    batch: translate({ id: 'grpoGroup.scale.batch', message: '批次 std' }),
    none: translate({ id: 'grpoGroup.scale.none', message: '不除 std（Dr. GRPO）' }),
  };

  return (
    <WidgetFrame
      name="GrpoGroup"
      title={<Translate id="grpoGroup.title">GRPO：一组回答的相对优势</Translate>}
      description={
        <Translate id="grpoGroup.description">
          对同一个提示词采样 G
          个回答，用规则判分（最终答案是否等于目标）或手动输入奖励；看每个回答在三种缩放下的优势。第二组是同一批次里另一个提示词的奖励。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        setSource('rule');
        setAnswers(defaultAnswers);
        target.reset();
        manual.reset();
        other.reset();
      }}
    >
      <FieldRow>
        <SelectField
          label={translate({ id: 'grpoGroup.source', message: '奖励来源' })}
          value={source}
          options={[
            { value: 'rule', label: translate({ id: 'grpoGroup.source.rule', message: '验证规则：最终答案 = 目标' }) },
            { value: 'manual', label: translate({ id: 'grpoGroup.source.manual', message: '手动输入奖励' }) },
          ]}
          onChange={setSource}
        />
        {source === 'rule' && (
          <NumberField field={target} label={translate({ id: 'grpoGroup.target', message: '目标答案' })} />
        )}
      </FieldRow>
      {source === 'rule' ? (
        <TextField
          label={translate({ id: 'grpoGroup.answers', message: '第一组：G 个回答（每行一个）' })}
          value={answers}
          onChange={setAnswers}
          rows={5}
          maxLength={2000}
          error={answersError}
          hint={translate({
            id: 'grpoGroup.answersHint',
            message: '规则取最后一个 \\boxed{…} 里的数，没有就取全文最后一个数',
          })}
        />
      ) : (
        <NumberListField
          field={manual}
          label={translate({ id: 'grpoGroup.manual', message: '第一组：G 个奖励（逗号分隔）' })}
        />
      )}
      <NumberListField
        field={other}
        label={translate({ id: 'grpoGroup.other', message: '第二组（另一个提示词）的奖励' })}
        libError={otherError}
      />
      <ErrorAlert error={result.error} />
      <ResultTable
        testId="advantages"
        stale={stale}
        caption={<Translate id="grpoGroup.tableCaption">每个回答的奖励与优势（eps = 1e-4，TRL 的默认值）</Translate>}
        columns={[
          <Translate id="grpoGroup.col.answer">回答</Translate>,
          <Translate id="grpoGroup.col.reward">奖励</Translate>,
          ...SCALES.map((s) => scaleName[s]),
        ]}
      >
        <tbody>
          {v?.rewards.map((r, i) => {
            const first = i < v.g;
            const label = first
              ? v.labels !== undefined
                ? v.labels[i]
                : translate({ id: 'grpoGroup.row.first', message: '第一组 #{n}' }, { n: String(i + 1) })
              : translate({ id: 'grpoGroup.row.second', message: '第二组 #{n}' }, { n: String(i - v.g + 1) });
            return (
              <tr key={i} data-testid={first ? 'row-first' : 'row-second'}>
                <th scope="row">{label}</th>
                <td>{formatNumber(r, 4)}</td>
                {SCALES.map((s) => (
                  <td key={s}>{formatNumber(v.adv[s][i], 4)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </ResultTable>
      {v && (
        <div aria-live="polite" data-testid="signal">
          {v.signal.map((has, g) =>
            has ? null : (
              <p key={g} className={styles.warning}>
                {g === 0 ? (
                  <Translate id="grpoGroup.noSignal.first">
                    第一组的奖励全都相同，所以每个回答的优势都是 0：这个提示词不提供任何学习信号（损失里只剩 KL
                    项），算力白花了。DAPO 的“动态采样”会丢掉这样的组（准确率为 0 或 1），再采样补足批次。
                  </Translate>
                ) : (
                  <Translate id="grpoGroup.noSignal.second">
                    第二组的奖励全都相同，它的优势也全是 0，对梯度没有贡献；但在“批次 std”下它仍然影响分母。
                  </Translate>
                )}
              </p>
            ),
          )}
        </div>
      )}
    </WidgetFrame>
  );
}
