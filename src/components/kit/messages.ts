/**
 * The kit's messages in the reader's language. Errors from src/lib are English
 * sentences (the contract's choice); we show them behind a translated prefix so a
 * Chinese reader still sees which field is wrong and what the rule is.
 */
import { translate } from '@docusaurus/Translate';
import type { NumberConstraints, NumberProblem } from './parseNumber';

export function numberProblemMessage(problem: NumberProblem, c: NumberConstraints = {}): string {
  switch (problem) {
    case 'empty':
      return translate({ id: 'kit.error.empty', message: '请输入一个数。' });
    case 'notANumber':
      return translate({ id: 'kit.error.notANumber', message: '这不是一个数，请输入例如 0.5 或 1e-4。' });
    case 'notFinite':
      return translate({ id: 'kit.error.notFinite', message: '这个数太大了（超出浮点数范围）。' });
    case 'notInteger':
      return translate({ id: 'kit.error.notInteger', message: '这里需要一个整数。' });
    case 'belowMin':
      return translate({ id: 'kit.error.belowMin', message: '不能小于 {min}。' }, { min: String(c.min) });
    case 'aboveMax':
      return translate({ id: 'kit.error.aboveMax', message: '不能大于 {max}。' }, { max: String(c.max) });
  }
}

export function listProblemMessage(problem: NumberProblem, index: number, c: NumberConstraints = {}): string {
  if (problem === 'empty') return translate({ id: 'kit.error.emptyList', message: '请输入至少一个数，用逗号分隔。' });
  return translate(
    { id: 'kit.error.listItem', message: '第 {n} 项：{problem}' },
    { n: String(index + 1), problem: numberProblemMessage(problem, c) },
  );
}

/** A RangeError/TypeError thrown by src/lib, shown to the reader. */
export function libErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return translate({ id: 'kit.error.lib', message: '无法计算：{detail}' }, { detail });
}
