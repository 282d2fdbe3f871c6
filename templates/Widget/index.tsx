/**
 * MyWidget (template): what the reader can do here, in one sentence.
 * Copy this folder to src/components/<stage>/<WidgetName>/ and rename.
 * Thin by design: inputs in state, numbers from src/lib, drawing by the kit.
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { sigmoid } from '@site/src/lib';
import { WidgetFrame, NumberField, FieldRow, useNumberField, useLibResult, Num } from '@site/src/components/kit';

const LIB_FILES = ['core/sigmoid.ts'] as const;

export default function MyWidget() {
  const x = useNumberField(0);
  const result = useLibResult(() => (x.value === undefined ? undefined : sigmoid(x.value)), [x.value]);
  return (
    <WidgetFrame
      name="MyWidget"
      title={<Translate id="myWidget.title">示例组件</Translate>}
      libFiles={LIB_FILES}
      onReset={x.reset}
    >
      <FieldRow>
        <NumberField field={x} label={translate({ id: 'myWidget.x', message: '输入 x' })} libError={result.error} />
      </FieldRow>
      <p style={{ opacity: result.stale ? 0.5 : 1 }} aria-live="polite">
        σ(x) = {result.value === undefined ? '—' : <Num value={result.value} />}
      </p>
    </WidgetFrame>
  );
}
