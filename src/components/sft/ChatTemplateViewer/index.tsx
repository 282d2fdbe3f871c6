/**
 * ChatTemplateViewer (chapter 3): the reader edits a multi-turn conversation; the widget shows
 * its ChatML string cut into (illustrative) tokens, each marked as in the SFT loss or masked,
 * the count of trained tokens, the count if every turn were trained, and what a max_length
 * truncation keeps. Computed by src/lib (chatTokens, truncateChat).
 */
import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { chatTokens, truncateChat, type ChatMessage, type ChatRole } from '@site/src/lib';
import {
  FieldRow,
  NumberField,
  SelectField,
  TextField,
  WidgetFrame,
  useLibResult,
  useNumberField,
} from '@site/src/components/kit';
import styles from './styles.module.css';

const LIB_FILES = ['sft/chatml.ts', 'sft/chat-tokens.ts', 'sft/truncate-chat.ts'] as const;
const MAX_TURNS = 8;
const ROLES: readonly ChatRole[] = ['system', 'user', 'assistant'];

function defaultMessages(): ChatMessage[] {
  return [
    {
      role: 'system',
      content: translate({ id: 'chatTemplateViewer.default.system', message: '你是一个简洁的助手。' }),
    },
    { role: 'user', content: translate({ id: 'chatTemplateViewer.default.user1', message: '1 加 1 等于几？' }) },
    { role: 'assistant', content: translate({ id: 'chatTemplateViewer.default.assistant1', message: '等于 2。' }) },
    { role: 'user', content: translate({ id: 'chatTemplateViewer.default.user2', message: '再加 3 呢？' }) },
    { role: 'assistant', content: translate({ id: 'chatTemplateViewer.default.assistant2', message: '等于 5。' }) },
  ];
}

const show = (t: string) => (t === '\n' ? '↵' : t.replace(/ /g, '·'));

export default function ChatTemplateViewer() {
  const [messages, setMessages] = useState<ChatMessage[]>(defaultMessages);
  const [trainOn, setTrainOn] = useState<'assistant' | 'all'>('assistant');
  const maxLength = useNumberField(256, { min: 1, integer: true });

  const result = useLibResult(() => {
    if (maxLength.value === undefined) return undefined;
    const chosen = chatTokens(messages, { trainOn });
    const other = chatTokens(messages, { trainOn: trainOn === 'assistant' ? 'all' : 'assistant' });
    return { chosen, other, cut: truncateChat(chosen.tokens, maxLength.value) };
  }, [messages, trainOn, maxLength.value]);

  const setMessage = (i: number, patch: Partial<ChatMessage>) =>
    setMessages((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const roleName = (r: ChatRole) =>
    r === 'system'
      ? translate({ id: 'chatTemplateViewer.role.system', message: '系统（system）' })
      : r === 'user'
        ? translate({ id: 'chatTemplateViewer.role.user', message: '用户（user）' })
        : translate({ id: 'chatTemplateViewer.role.assistant', message: '助手（assistant）' });

  const r = result.value;
  const keptCount = r ? r.cut.kept.length : 0;

  return (
    <WidgetFrame
      name="ChatTemplateViewer"
      title={<Translate id="chatTemplateViewer.title">聊天模板与损失掩码</Translate>}
      description={
        <Translate id="chatTemplateViewer.description">
          编辑一段多轮对话，看它被渲染成的 ChatML 字符串；绿色的词元计入损失，灰色的被掩码（标签为 -100）。
        </Translate>
      }
      libFiles={LIB_FILES}
      onReset={() => {
        setMessages(defaultMessages());
        setTrainOn('assistant');
        maxLength.reset();
      }}
    >
      <ol className={styles.turns}>
        {messages.map((m, i) => (
          <li key={i} className={styles.turn}>
            <FieldRow>
              <SelectField
                label={translate(
                  { id: 'chatTemplateViewer.turnRole', message: '第 {n} 轮的角色' },
                  { n: String(i + 1) },
                )}
                value={m.role}
                options={ROLES.map((role) => ({ value: role, label: roleName(role) }))}
                onChange={(role) => setMessage(i, { role })}
              />
              <TextField
                label={translate(
                  { id: 'chatTemplateViewer.turnContent', message: '第 {n} 轮的内容' },
                  { n: String(i + 1) },
                )}
                value={m.content}
                onChange={(content) => setMessage(i, { content })}
                maxLength={400}
              />
            </FieldRow>
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={messages.length >= MAX_TURNS}
          onClick={() =>
            setMessages((ms) => [...ms, { role: ms.at(-1)?.role === 'user' ? 'assistant' : 'user', content: '' }])
          }
        >
          <Translate id="chatTemplateViewer.addTurn">添加一轮</Translate>
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={messages.length === 0}
          onClick={() => setMessages((ms) => ms.slice(0, -1))}
        >
          <Translate id="chatTemplateViewer.removeTurn">删除最后一轮</Translate>
        </button>
      </div>
      <FieldRow>
        <SelectField
          label={translate({ id: 'chatTemplateViewer.trainOn', message: '哪些轮次计入损失' })}
          value={trainOn}
          options={[
            {
              value: 'assistant',
              label: translate({ id: 'chatTemplateViewer.trainOn.assistant', message: '只训练助手回复' }),
            },
            {
              value: 'all',
              label: translate({ id: 'chatTemplateViewer.trainOn.all', message: '所有轮次（含系统和用户）' }),
            },
          ]}
          onChange={setTrainOn}
        />
        <NumberField
          field={maxLength}
          label={translate({ id: 'chatTemplateViewer.maxLength', message: '截断长度 max_length（词元）' })}
          libError={result.error}
          inputMode="numeric"
        />
      </FieldRow>
      {r && (
        <div className={clsx(result.stale && styles.stale)} aria-live="polite">
          <p className={styles.counts}>
            <Translate id="chatTemplateViewer.trained">计入损失的词元</Translate>{' '}
            <strong data-testid="trained">{r.cut.trained}</strong> / <span data-testid="total">{keptCount}</span>
            {' · '}
            <Translate id="chatTemplateViewer.other">如果改为另一种设置</Translate>{' '}
            <strong data-testid="other">{r.other.trained}</strong>
            {r.cut.dropped > 0 && (
              <>
                {' · '}
                <span data-testid="dropped">
                  <Translate
                    id="chatTemplateViewer.dropped"
                    values={{ n: String(r.cut.dropped), t: String(r.cut.droppedTrained) }}
                  >
                    {'截断丢掉 {n} 个词元，其中 {t} 个本应训练'}
                  </Translate>
                </span>
              </>
            )}
          </p>
          <p className={styles.tokens} aria-hidden="true" data-testid="tokens">
            {r.cut.kept.map((t, i) => (
              <span
                key={i}
                className={clsx(
                  styles.token,
                  t.inLoss ? styles.inLoss : styles.masked,
                  t.kind === 'special' && styles.special,
                )}
              >
                {show(t.text)}
              </span>
            ))}
          </p>
          <p className={styles.legend}>
            <span className={clsx(styles.token, styles.inLoss)}>
              <Translate id="chatTemplateViewer.legend.inLoss">计入损失</Translate>
            </span>{' '}
            <span className={clsx(styles.token, styles.masked)}>
              <Translate id="chatTemplateViewer.legend.masked">被掩码（-100）</Translate>
            </span>{' '}
            <Translate id="chatTemplateViewer.legend.note">
              ↵ 是换行，· 是空格。切分只是示意，真实分词器（BPE）切得不一样，但哪些位置计入损失的规则相同。
            </Translate>
          </p>
          <details className={styles.details}>
            <summary>
              <Translate id="chatTemplateViewer.asText">以文本查看：ChatML 字符串与计入损失的片段</Translate>
            </summary>
            <pre className={styles.pre} data-testid="chatml">
              {r.chosen.text}
            </pre>
            <p>
              <Translate id="chatTemplateViewer.trainedList">计入损失的词元依次为：</Translate>{' '}
              <span data-testid="trained-list">
                {r.cut.kept
                  .filter((t) => t.inLoss)
                  .map((t) => show(t.text))
                  .join(' | ')}
              </span>
            </p>
          </details>
        </div>
      )}
    </WidgetFrame>
  );
}
