/**
 * A small tokenizer for BLEU and ROUGE on English and Chinese text.
 * Rules, scanning code points left to right:
 *  - a Chinese character is a token by itself: Han script (\p{Script=Han}), CJK punctuation
 *    U+3001–303F (U+3000, the ideographic space, is whitespace), CJK compatibility/vertical forms U+FE10–FE1F and U+FE30–FE4F, and full-width
 *    forms U+FF00–FFEF. This is what sacrebleu's 'zh' tokenizer does (TokenizerZh splits every
 *    character of its CJK ranges), because Chinese has no spaces and word segmenters disagree;
 *  - a word is a run of letters, digits and combining marks, which may contain an apostrophe between
 *    letters ("don't") or a '.' or ',' between digits ("3.14", "1,000") — as mteval-v13a keeps them;
 *  - any other non-space character (punctuation, symbol) is a token by itself; whitespace separates.
 * No lowercasing and no Unicode normalisation (sacrebleu is case-sensitive by default too).
 * Deviations from sacrebleu: v13a's tokenizer is approximated, not copied (it also unescapes HTML
 * entities and splits '-' after a digit); kana and hangul are not split (neither does 'zh': use a
 * Japanese or Korean tokenizer for those languages).
 * Example: tokenize("It's 3.5 km, 我爱猫。") → ["It's", "3.5", "km", ",", "我", "爱", "猫", "。"].
 */

const CJK = /[\p{Script=Han}\u3001-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch) && !CJK.test(ch);

export function tokenize(text: string): string[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const chars = Array.from(text);
  const tokens: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) tokens.push(word);
    word = '';
  };
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (CJK.test(ch)) {
      flush();
      tokens.push(ch);
    } else if (isWord(ch)) {
      word += ch;
    } else if (
      word &&
      isWord(next) &&
      (((ch === "'" || ch === '’') && !DIGIT.test(prev) && !DIGIT.test(next!)) ||
        ((ch === '.' || ch === ',') && DIGIT.test(prev) && DIGIT.test(next!)))
    ) {
      word += ch;
    } else {
      flush();
      if (!SPACE.test(ch)) tokens.push(ch);
    }
  });
  flush();
  return tokens;
}

/** Text → tokens with tokenize; an array of tokens is checked and copied. */
export function toTokens(name: string, input: string | readonly string[]): string[] {
  if (typeof input === 'string') return tokenize(input);
  if (!Array.isArray(input)) throw new TypeError(`${name} must be a string or an array of tokens`);
  input.forEach((t, i) => {
    if (typeof t !== 'string') throw new TypeError(`${name}[${i}] must be a string token, got ${typeof t}`);
  });
  return [...input];
}
