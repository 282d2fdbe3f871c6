import { describe, expect, it } from 'vitest';
import { extractFinalAnswer, finalAnswerReward, verifyFinalAnswers } from './verifier';

describe('extractFinalAnswer', () => {
  it('takes the last number of the text', () => {
    expect(extractFinalAnswer('答案是 42')).toBe(42);
    expect(extractFinalAnswer('6 × 7 = 42')).toBe(42);
    expect(extractFinalAnswer('先算 42，再检查：答案是 24')).toBe(24);
    expect(extractFinalAnswer('温度是 -3.5 度')).toBe(-3.5);
  });

  it('prefers the last \\boxed{…} over numbers after it', () => {
    expect(extractFinalAnswer('所以 \\boxed{42}，验算：6 × 7')).toBe(42);
    expect(extractFinalAnswer('\\boxed{1} 不对，应为 \\boxed{2}')).toBe(2);
  });

  it('normalises full-width digits and thousands separators', () => {
    expect(extractFinalAnswer('答案是４２')).toBe(42);
    expect(extractFinalAnswer('total 1,000')).toBe(1000);
  });

  it('gives null when there is no number', () => {
    expect(extractFinalAnswer('我不知道')).toBeNull();
    expect(extractFinalAnswer('')).toBeNull();
    expect(extractFinalAnswer('\\boxed{x}')).toBeNull();
  });

  it('rejects a non-string', () => {
    expect(() => extractFinalAnswer(42 as never)).toThrow(TypeError);
  });
});

describe('finalAnswerReward / verifyFinalAnswers', () => {
  it('gives 1 exactly when the final answer equals the target (numerically)', () => {
    expect(finalAnswerReward('答案是 42', 42)).toBe(1);
    expect(finalAnswerReward('答案是 42.0', 42)).toBe(1);
    expect(finalAnswerReward('答案是 41', 42)).toBe(0);
    expect(finalAnswerReward('42？不，答案是 43', 42)).toBe(0);
    expect(verifyFinalAnswers(['答案是 42', '答案是 41', '我不知道'], 42)).toEqual([1, 0, 0]);
    expect(verifyFinalAnswers([], 42)).toEqual([]);
  });

  it('rejects a non-finite target and a non-array', () => {
    expect(() => finalAnswerReward('42', NaN)).toThrow(RangeError);
    expect(() => verifyFinalAnswers('42' as never, 42)).toThrow(TypeError);
  });
});
