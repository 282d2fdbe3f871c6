import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits English on spaces and punctuation, keeping apostrophes and decimal points inside words', () => {
    expect(tokenize("It's 3.5 km, isn't it?")).toEqual(["It's", '3.5', 'km', ',', "isn't", 'it', '?']);
    expect(tokenize('1,000 dollars... end.')).toEqual(['1,000', 'dollars', '.', '.', '.', 'end', '.']);
    expect(tokenize("'quoted'")).toEqual(["'", 'quoted', "'"]);
  });

  it('splits Chinese into single characters, full-width punctuation included (as sacrebleu zh)', () => {
    expect(tokenize('我爱猫。')).toEqual(['我', '爱', '猫', '。']);
    expect(tokenize('GPT模型很强（真的）！')).toEqual(['GPT', '模', '型', '很', '强', '（', '真', '的', '）', '！']);
    expect(tokenize('训练 3 个 epoch')).toEqual(['训', '练', '3', '个', 'epoch']);
  });

  it('keeps case and characters outside the BMP', () => {
    expect(tokenize('The the 𠀀好')).toEqual(['The', 'the', '𠀀', '好']);
  });

  it('gives no tokens for empty or blank text and rejects a non-string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
    // @ts-expect-error not a string
    expect(() => tokenize(42)).toThrow(TypeError);
  });

  it('loses only whitespace: the tokens joined give the text without its spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text.replace(/\s/gu, ''));
        expect(tokens.every((t) => t.length > 0 && !/\s/u.test(t))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('makes every Han character its own token', () => {
    const han = fc.constantFrom(...'模型训练数据评估语言我你他的了');
    fc.assert(
      fc.property(fc.array(fc.oneof(han, fc.constantFrom('a', 'b', ' ', ',', '1')), { maxLength: 30 }), (chars) => {
        const tokens = tokenize(chars.join(''));
        expect(tokens.filter((t) => /\p{Script=Han}/u.test(t)).every((t) => Array.from(t).length === 1)).toBe(true);
        expect(tokens.filter((t) => /\p{Script=Han}/u.test(t))).toHaveLength(
          chars.filter((c) => /\p{Script=Han}/u.test(c)).length,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('tokenize and the ideographic space', () => {
  it('treats U+3000 as whitespace, not as a CJK punctuation token', () => {
    expect(tokenize('模型\u3000训练')).toEqual(['模', '型', '训', '练']);
    expect(tokenize('\u3000')).toEqual([]);
  });
});
