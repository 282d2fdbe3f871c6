/**
 * SelfCheck: a chapter's self-check questions (data in src/data/self-check/<NN-stage>.ts).
 * Multiple choice is a fieldset of native radio buttons (Tab into the group, ←/→/↑/↓ to move,
 * Space to pick); a numeric question is a kit NumberField with the kit's validation. "Check"
 * writes the verdict, the answer, the explanation and a link to the section that teaches it
 * into a polite live region, so screen readers announce it. Numeric answers come from src/lib
 * (the data file's `answer()`), shown in the frame's code tab via `libFiles`.
 */
import React, { useId, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import { WidgetFrame, NumberField, Num, useNumberField } from '@site/src/components/kit';
import type {
  ChoiceQuestion,
  Localized,
  NumericQuestion,
  SelfCheckChapter,
  SectionLink,
} from '@site/src/data/self-check/types';
import { isAccepted, sectionHref } from './logic';
import styles from './styles.module.css';

type Lang = keyof Localized;

/** Text with `code` spans marked by backticks. */
function Rich({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}

function Review({ link, lang }: { link: SectionLink; lang: Lang }) {
  return (
    <p className={styles.review}>
      <Link to={sectionHref(link)} data-testid="review-link">
        <Translate id="selfCheck.review" values={{ section: link.label[lang] }}>
          {'复习：{section}'}
        </Translate>
      </Link>
    </p>
  );
}

function Verdict({ correct }: { correct: boolean }) {
  return (
    <strong className={correct ? styles.correct : styles.incorrect} data-testid="verdict">
      {correct ? (
        <Translate id="selfCheck.correct">✓ 正确。</Translate>
      ) : (
        <Translate id="selfCheck.incorrect">✗ 不正确。</Translate>
      )}
    </strong>
  );
}

function CheckButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className={clsx('button button--sm button--primary', styles.check)} onClick={onClick}>
      <Translate id="selfCheck.check">检查</Translate>
    </button>
  );
}

function ChoiceItem({ q, n, lang }: { q: ChoiceQuestion; n: number; lang: Lang }) {
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [result, setResult] = useState<'none' | 'unpicked' | 'checked'>('none');
  const check = () => setResult(picked === null ? 'unpicked' : 'checked');
  const correct = picked === q.correct;
  return (
    <fieldset className={styles.question} data-testid={`question-${q.id}`} data-kind="choice">
      <legend className={styles.legend}>
        <span className={styles.number}>{n}.</span> <Rich text={q.prompt[lang]} />
      </legend>
      <div className={styles.choices}>
        {q.choices.map((c, i) => (
          <label key={i} className={clsx(styles.choice, picked === i && styles.picked)}>
            <input
              type="radio"
              name={`${id}-choice`}
              value={i}
              checked={picked === i}
              onChange={() => {
                setPicked(i);
                setResult('none');
              }}
            />
            <span>
              <Rich text={c[lang]} />
            </span>
          </label>
        ))}
      </div>
      <CheckButton onClick={check} />
      <div className={styles.feedback} role="status" aria-live="polite" data-testid="feedback">
        {result === 'unpicked' && (
          <p className={styles.hint}>
            <Translate id="selfCheck.pickFirst">请先选择一个答案。</Translate>
          </p>
        )}
        {result === 'checked' && (
          <>
            <p>
              <Verdict correct={correct} />{' '}
              {!correct && (
                <span data-testid="right-answer">
                  <Translate id="selfCheck.rightChoice" values={{ answer: q.choices[q.correct][lang] }}>
                    {'正确答案：{answer}'}
                  </Translate>
                </span>
              )}
            </p>
            <p data-testid="explanation">
              <Rich text={q.explanation[lang]} />
            </p>
            <Review link={q.link} lang={lang} />
          </>
        )}
      </div>
    </fieldset>
  );
}

function NumericItem({ q, n, lang }: { q: NumericQuestion; n: number; lang: Lang }) {
  const field = useNumberField('');
  const [touched, setTouched] = useState(false);
  const [checked, setChecked] = useState<number | null>(null);
  const answer = useMemo(() => q.answer(), [q]);
  // The kit's message appears once the reader has typed or pressed "check", not on an empty start.
  const shown = {
    ...field,
    error: touched ? field.error : null,
    setText: (text: string) => {
      field.setText(text);
      setTouched(true);
      setChecked(null);
    },
  };
  const check = () => {
    setTouched(true);
    setChecked(field.value ?? null);
  };
  const unit = q.unit?.[lang];
  const correct = checked !== null && isAccepted(checked, answer, q.tolerance);
  return (
    <fieldset className={styles.question} data-testid={`question-${q.id}`} data-kind="numeric">
      <legend className={styles.legend}>
        <span className={styles.number}>{n}.</span> <Rich text={q.prompt[lang]} />
      </legend>
      <div className={styles.numericRow}>
        <NumberField
          field={shown}
          label={
            unit
              ? translate({ id: 'selfCheck.answerWithUnit', message: '你的答案（{unit}）' }, { unit })
              : translate({ id: 'selfCheck.answer', message: '你的答案' })
          }
          hint={translate({ id: 'selfCheck.numberHint', message: '可以写成 0.25、1e-4 或 3.8e25' })}
        />
      </div>
      <CheckButton onClick={check} />
      <div className={styles.feedback} role="status" aria-live="polite" data-testid="feedback">
        {checked !== null && (
          <>
            <p>
              <Verdict correct={correct} />{' '}
              <span data-testid="right-answer">
                <Translate
                  id="selfCheck.rightNumber"
                  values={{
                    answer: (
                      <>
                        <Num value={answer} digits={q.digits ?? 4} />
                        {unit ? ` ${unit}` : ''}
                      </>
                    ),
                  }}
                >
                  {'答案约为 {answer}（由 src/lib 计算）。'}
                </Translate>
              </span>
            </p>
            <p data-testid="explanation">
              <Rich text={q.explanation[lang]} />
            </p>
            <Review link={q.link} lang={lang} />
          </>
        )}
      </div>
    </fieldset>
  );
}

export default function SelfCheck({ data }: { data: SelfCheckChapter }) {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'zh';
  return (
    <WidgetFrame
      name="SelfCheck"
      kind="quiz"
      title={<Translate id="selfCheck.title">自测题</Translate>}
      description={
        data.libFiles && data.libFiles.length > 0 ? (
          <Translate id="selfCheck.description">
            选择或算出答案，再按“检查”：会告诉你对不对、为什么，并链接到讲这一点的小节。数值题的答案由 src/lib
            计算，“代码”页可以看到源码。
          </Translate>
        ) : (
          <Translate id="selfCheck.descriptionNoCode">
            选择答案，再按“检查”：会告诉你对不对、为什么，并链接到讲这一点的小节。
          </Translate>
        )
      }
      libFiles={data.libFiles}
    >
      <ol className={styles.list}>
        {data.questions.map((q, i) => (
          <li key={q.id} className={styles.item}>
            {q.kind === 'choice' ? (
              <ChoiceItem q={q} n={i + 1} lang={lang} />
            ) : (
              <NumericItem q={q} n={i + 1} lang={lang} />
            )}
          </li>
        ))}
      </ol>
    </WidgetFrame>
  );
}
