/**
 * Per-document statistics behind the heuristic quality filters of web-scale pretraining data.
 *
 * Sources (thresholds live in quality-rules.ts):
 * - Gopher "MassiveWeb" (Rae et al. 2021, arXiv:2112.11446, App. A.1.1): word count, mean word
 *   length, '#' and ellipsis to word ratios, share of lines starting with a bullet or ending with
 *   an ellipsis, share of words containing an alphabetic character, the stop words
 *   "the, be, to, of, and, that, have, with"; and repetition removal (Table A1): share of lines
 *   that duplicate an earlier line, and the share of characters in those duplicate lines.
 * - C4 (Raffel et al. 2020, arXiv:1910.10683, §2.2): keep lines that end in terminal punctuation
 *   (. ! ? "), have at least 5 words and do not mention "javascript"; drop pages with fewer than
 *   3 sentences, with "lorem ipsum", or with a curly brace "{". These are the arXiv text's numbers
 *   and those of the code that built C4 (TFDS c4_utils: _MIN_WORDS_PER_LINE = 5,
 *   _MIN_NUM_SENTENCES = 3). The JMLR text and datatrove's C4QualityFilter docstring have them
 *   swapped (5 sentences, 3 words); we follow the code that produced the corpus.
 *
 * Choices (ours):
 * - A word is a whitespace-separated token with at least one character that is not punctuation
 *   or a symbol ("-" or "…" alone are not words), except that each CJK character (Han, kana) is a
 *   word of its own: Chinese has no spaces, and a whole sentence would otherwise count as one
 *   30-character "word". Consequence: Chinese text has a mean word length near 1 and no English
 *   stop words, so it fails Gopher's English-only rules, which is the honest answer — Gopher kept
 *   English pages only.
 * - Word length counts code points after stripping leading/trailing punctuation (Gopher measured
 *   on tokenizer output, where "dog." is two tokens).
 * - Lines are the non-blank lines. Terminal punctuation also accepts the full-width 。！？ and the
 *   closing quotes ” 」 』, so a Chinese line can pass C4's line rule; a line ending in "..." does
 *   not count (C4's code, TFDS c4_utils, drops those lines explicitly).
 * - sentences counts a single "." or a run of ! ? followed by whitespace, a quote or the end
 *   (an ellipsis is not a sentence end), plus runs of 。！？
 *   (C4 used a sentence tokenizer; this is an approximation good for a widget).
 * - stopWords counts distinct stop words present (the paper: "at least two of the following").
 * - alphaOrCjkCharFraction: share of non-whitespace code points that are letters (\p{L}, which
 *   includes Han) — a cheap "is this prose?" signal, not from either paper.
 * Example: "The cat sat on the mat.\nThe cat sat on the mat." → words 12, duplicateLineFraction 0.5.
 */

export interface DocumentStats {
  characters: number;
  words: number;
  meanWordLength: number;
  hashToWordRatio: number;
  ellipsisToWordRatio: number;
  lines: number;
  bulletLineFraction: number;
  ellipsisLineFraction: number;
  alphaWordFraction: number;
  stopWords: number;
  duplicateLineFraction: number;
  duplicateLineCharFraction: number;
  alphaOrCjkCharFraction: number;
  terminalPunctuationLineFraction: number;
  /** Share of lines with fewer than 5 words (C4's minimum per line). */
  shortLineFraction: number;
  javascriptLines: number;
  /** Share of lines C4's line filter keeps (terminal punctuation, ≥ 5 words, no "javascript"). */
  c4KeptLineFraction: number;
  sentences: number;
  loremIpsum: number;
  curlyBraces: number;
}

export const GOPHER_STOP_WORDS = ['the', 'be', 'to', 'of', 'and', 'that', 'have', 'with'] as const;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]+$/u;
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const BULLETS = ['•', '●', '◦', '▪', '‣', '∙', '-', '*', '–'];
const TERMINAL = /[.!?"”」』。！？]$/u;

/** Words of a text under the rules above (CJK characters split out one by one). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/u)) {
    if (!token) continue;
    let run = '';
    const flush = () => {
      if (run && !PUNCT_OR_SYMBOL.test(run)) words.push(run);
      run = '';
    };
    for (const ch of token) {
      if (CJK.test(ch)) {
        flush();
        words.push(ch);
      } else run += ch;
    }
    flush();
  }
  return words;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function documentStats(text: string): DocumentStats {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const words = splitWords(text);
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const lineWords = lines.map((l) => splitWords(l).length);
  const stop = new Set(
    words
      .map((w) => w.replace(EDGE_PUNCT, '').toLowerCase())
      .filter((w) => (GOPHER_STOP_WORDS as readonly string[]).includes(w)),
  );

  const seen = new Set<string>();
  let dupLines = 0;
  let dupChars = 0;
  for (const l of lines) {
    if (seen.has(l)) {
      dupLines++;
      dupChars += Array.from(l).length;
    } else seen.add(l);
  }
  const chars = Array.from(text);
  const visible = chars.filter((c) => !/\s/u.test(c));
  const js = lines.map((l) => /javascript/iu.test(l));
  const terminal = lines.map((l) => TERMINAL.test(l) && !l.endsWith('...'));
  const kept = lines.filter((_, i) => terminal[i] && lineWords[i] >= 5 && !js[i]).length;
  const sentences = (text.match(/(?:[!?]+|(?<!\.)\.(?!\.))(?=["'”’」』)]*(\s|$))|[。！？]+/gu) ?? []).length;

  return {
    characters: chars.length,
    words: words.length,
    meanWordLength: ratio(
      words.reduce((a, w) => a + Array.from(w.replace(EDGE_PUNCT, '')).length, 0),
      words.length,
    ),
    hashToWordRatio: ratio(count(text, '#'), words.length),
    ellipsisToWordRatio: ratio(count(text, '...') + count(text, '…'), words.length),
    lines: lines.length,
    bulletLineFraction: ratio(lines.filter((l) => BULLETS.some((b) => l.startsWith(b))).length, lines.length),
    ellipsisLineFraction: ratio(lines.filter((l) => l.endsWith('...') || l.endsWith('…')).length, lines.length),
    alphaWordFraction: ratio(words.filter((w) => /\p{L}/u.test(w)).length, words.length),
    stopWords: stop.size,
    duplicateLineFraction: ratio(dupLines, lines.length),
    duplicateLineCharFraction: ratio(dupChars, chars.length),
    alphaOrCjkCharFraction: ratio(visible.filter((c) => /[\p{L}\p{Script=Han}]/u.test(c)).length, visible.length),
    terminalPunctuationLineFraction: ratio(terminal.filter(Boolean).length, lines.length),
    shortLineFraction: ratio(lineWords.filter((n) => n < 5).length, lines.length),
    javascriptLines: js.filter(Boolean).length,
    c4KeptLineFraction: ratio(kept, lines.length),
    sentences,
    loremIpsum: (text.match(/lorem ipsum/giu) ?? []).length,
    curlyBraces: count(text, '{'),
  };
}
