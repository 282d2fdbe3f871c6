import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatTokens, splitIllustrative } from './chat-tokens';
import { renderChatML, type ChatRole } from './chatml';

const message = fc.record({
  role: fc.constantFrom<ChatRole>('system', 'user', 'assistant'),
  content: fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('机器学习很有趣。', 'Hello, world!\n\nBye', 'AI模型 v2.0', 'say <|im_end|> now', 'tab\tcr\r\nend'),
  ),
});

describe('chatTokens', () => {
  it('trains only the assistant answer and its <|im_end|> by default (worked by hand)', () => {
    const r = chatTokens([
      { role: 'user', content: 'Hi!' },
      { role: 'assistant', content: 'Hello' },
    ]);
    expect(r.tokens.map((t) => t.text)).toEqual([
      '<|im_start|>', 'user', '\n', 'Hi', '!', '<|im_end|>', '\n',
      '<|im_start|>', 'assistant', '\n', 'Hello', '<|im_end|>', '\n',
    ]); // prettier-ignore
    expect(r.tokens.filter((t) => t.inLoss).map((t) => t.text)).toEqual(['Hello', '<|im_end|>']);
    expect(r.tokens.map((t) => t.kind[0]).join('')).toBe('shhccsh' + 'shhcsh');
    expect([r.trained, r.total]).toEqual([2, 13]);
  });

  it("trains every turn's content and <|im_end|> with trainOn 'all', never headers or the generation prompt", () => {
    const r = chatTokens(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: '2+2?' },
      ],
      { trainOn: 'all', addGenerationPrompt: true },
    );
    expect(r.tokens.filter((t) => t.inLoss).map((t) => t.text)).toEqual([
      'Be',
      ' ',
      'brief',
      '.',
      '<|im_end|>',
      '2',
      '+',
      '2',
      '?',
      '<|im_end|>',
    ]);
    expect(r.tokens.slice(-3).map((t) => [t.text, t.role, t.inLoss])).toEqual([
      ['<|im_start|>', 'assistant', false],
      ['assistant', 'assistant', false],
      ['\n', 'assistant', false],
    ]);
  });

  it('splits CJK text into single characters and keeps Latin words whole', () => {
    expect(splitIllustrative('机器学习很有趣。')).toEqual(['机', '器', '学', '习', '很', '有', '趣', '。']);
    expect(splitIllustrative('AI模型 v2.0')).toEqual(['AI', '模', '型', ' ', 'v2', '.', '0']);
    expect(splitIllustrative('a  b\n\nc')).toEqual(['a', '  ', 'b', '\n', '\n', 'c']);
    expect(splitIllustrative('')).toEqual([]);
  });

  it('rejects a bad policy and bad messages', () => {
    expect(() => chatTokens([], { trainOn: 'user' as 'all' })).toThrow(
      "trainOn must be 'assistant' or 'all', got \"user\"",
    );
    expect(() => chatTokens([{ role: 'robot' as ChatRole, content: '' }])).toThrow(RangeError);
  });

  it("joins back to renderChatML's string exactly, with counts that match the flags", () => {
    fc.assert(
      fc.property(
        fc.array(message, { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom<'assistant' | 'all'>('assistant', 'all'),
        (msgs, gen, trainOn) => {
          const r = chatTokens(msgs, { addGenerationPrompt: gen, trainOn });
          expect(r.tokens.map((t) => t.text).join('')).toBe(renderChatML(msgs, gen));
          expect(r.text).toBe(renderChatML(msgs, gen));
          expect(r.total).toBe(r.tokens.length);
          expect(r.trained).toBe(r.tokens.filter((t) => t.inLoss).length);
          r.tokens.forEach((t) => {
            expect(t.text.length).toBeGreaterThan(0);
            if (t.inLoss)
              expect(t.kind === 'header' || (trainOn === 'assistant' && t.role !== 'assistant')).toBe(false);
          });
          const ends = msgs.filter((m) => trainOn === 'all' || m.role === 'assistant').length;
          expect(r.tokens.filter((t) => t.inLoss && t.text === '<|im_end|>').length).toBeGreaterThanOrEqual(ends);
        },
      ),
      { numRuns: 200 },
    );
  });
});
