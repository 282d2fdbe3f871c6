import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentStats, splitWords } from './quality';
import { applyQualityRules, QUALITY_RULES } from './quality-rules';

/** Any Unicode scalar value (all planes, no lone surrogates); cheaper to set up than fc.string({ unit: 'binary' }). */
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));
const unicodeString = (minLength: number, maxLength: number) =>
  fc.array(codePoint, { minLength, maxLength }).map((a) => a.join(''));

const GOOD =
  'The history of the printing press is a story of patience and of chance. ' +
  'Early printers worked with wooden blocks that wore out quickly. ' +
  'Movable metal type changed that, and books became cheaper to make. ' +
  'Within fifty years presses were running in more than two hundred towns. ' +
  'Scholars have long argued about what that meant for literacy and for science. ' +
  'What is clear is that ideas began to travel faster than ever before.';

describe('documentStats', () => {
  it('measures a small page by hand', () => {
    const s = documentStats('The cat sat on the mat.\nThe cat sat on the mat.\n- see more...');
    // Words: 6 + 6 + "see", "more..." (the lone "-" is not a word) = 14.
    expect(s.words).toBe(14);
    expect(s.lines).toBe(3);
    expect(s.duplicateLineFraction).toBeCloseTo(1 / 3, 12);
    expect(s.duplicateLineCharFraction).toBeCloseTo(23 / 61, 12);
    expect(s.bulletLineFraction).toBeCloseTo(1 / 3, 12);
    expect(s.ellipsisLineFraction).toBeCloseTo(1 / 3, 12);
    expect(s.ellipsisToWordRatio).toBeCloseTo(1 / 14, 12);
    expect(s.stopWords).toBe(1);
    expect(s.sentences).toBe(2);
    expect(s.terminalPunctuationLineFraction).toBeCloseTo(2 / 3, 12); // "more..." is not a sentence end
    // Mean length: (3+3+3+2+3+3)·2 + 3 + 4 = 41 over 14 words.
    expect(s.meanWordLength).toBeCloseTo(41 / 14, 12);
  });

  it('counts each CJK character as a word', () => {
    expect(splitWords('我们学习 machine learning。')).toEqual(['我', '们', '学', '习', 'machine', 'learning。']);
    const s = documentStats('今天天气很好。我们去公园散步吧！');
    expect(s.words).toBe(14);
    expect(s.meanWordLength).toBe(1);
    expect(s.sentences).toBe(2);
    expect(s.alphaOrCjkCharFraction).toBeCloseTo(14 / 16, 12);
  });

  it('spots C4 red flags: lorem ipsum, curly braces and javascript warnings', () => {
    const s = documentStats(
      'Lorem ipsum dolor sit amet.\nfunction f() { return 1; }\nPlease enable JavaScript to view this page.',
    );
    expect(s.loremIpsum).toBe(1);
    expect(s.curlyBraces).toBe(1);
    expect(s.javascriptLines).toBe(1);
    expect(s.c4KeptLineFraction).toBeCloseTo(1 / 3, 12);
  });

  it("keeps only lines of at least 5 words under C4's line rule (TFDS c4_utils _MIN_WORDS_PER_LINE = 5)", () => {
    const s = documentStats('Too short a line.\nThis line has exactly five words.');
    expect(s.c4KeptLineFraction).toBe(0.5);
    expect(s.shortLineFraction).toBe(0.5);
  });

  it('gives zeros, not NaN, for an empty text and rejects non-strings', () => {
    Object.values(documentStats('')).forEach((v) => expect(v).toBe(0));
    expect(() => documentStats(null as unknown as string)).toThrow(TypeError);
  });

  it('returns finite statistics with fractions in [0, 1] for any text', () => {
    const fractions = [
      'bulletLineFraction',
      'ellipsisLineFraction',
      'alphaWordFraction',
      'duplicateLineFraction',
      'duplicateLineCharFraction',
      'alphaOrCjkCharFraction',
      'terminalPunctuationLineFraction',
      'shortLineFraction',
      'c4KeptLineFraction',
    ] as const;
    fc.assert(
      fc.property(
        fc.oneof(
          unicodeString(0, 120),
          fc
            .array(
              fc.constantFrom('the ', 'cat', '...', '…', '\n', '- ', '# ', '{', '学习', '。', 'lorem ipsum', '!', ' '),
              {
                maxLength: 30,
              },
            )
            .map((a) => a.join('')),
        ),
        (t) => {
          const s = documentStats(t);
          Object.values(s).forEach((v) => expect(Number.isFinite(v)).toBe(true));
          fractions.forEach((k) => expect(s[k] >= 0 && s[k] <= 1).toBe(true));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('applyQualityRules', () => {
  it('a clean paragraph passes every rule; a two-sentence note fails the word and sentence counts', () => {
    const failed = applyQualityRules(documentStats(GOOD))
      .filter((r) => !r.passed)
      .map((r) => r.id);
    expect(failed).toEqual([]);
    const short = applyQualityRules(documentStats('The cat sat on the mat. It was warm and of good mood.'));
    expect(short.filter((r) => !r.passed).map((r) => r.id)).toEqual(['gopher-word-count', 'c4-sentences']);
  });

  it('a Chinese page fails the English-only Gopher rules', () => {
    const failed = applyQualityRules(documentStats('今天天气很好。'.repeat(20))).filter((r) => !r.passed);
    expect(failed.map((r) => r.id)).toContain('gopher-mean-word-length');
    expect(failed.map((r) => r.id)).toContain('gopher-stop-words');
  });

  it('uses the published thresholds and lets the reader override one bound', () => {
    const byId = Object.fromEntries(QUALITY_RULES.map((r) => [r.id, r]));
    expect(byId['gopher-word-count']).toMatchObject({ min: 50, max: 100_000 });
    expect(byId['gopher-alpha-words']).toMatchObject({ min: 0.8 });
    expect(byId['c4-sentences']).toMatchObject({ min: 3 });
    const r = applyQualityRules(documentStats(GOOD), { 'gopher-word-count': { min: 500 } });
    expect(r[0]).toMatchObject({ id: 'gopher-word-count', threshold: { min: 500, max: 100_000 }, passed: false });
  });

  it('rejects an unknown rule id or a NaN bound', () => {
    const s = documentStats(GOOD);
    expect(() => applyQualityRules(s, { nope: { min: 1 } })).toThrow('thresholds names an unknown rule "nope"');
    expect(() => applyQualityRules(s, { 'c4-sentences': { min: NaN } })).toThrow(RangeError);
  });
});
