import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatTokens } from './chat-tokens';
import type { ChatMessage } from './chatml';
import { truncateChat } from './truncate-chat';

const hi: ChatMessage[] = [
  { role: 'user', content: 'Hi!' },
  { role: 'assistant', content: 'Hello' },
];

describe('truncateChat', () => {
  it('cutting "Hi!/Hello" to 11 tokens keeps "Hello" but drops its <|im_end|> (worked by hand)', () => {
    const { tokens } = chatTokens(hi);
    expect(tokens).toHaveLength(13);
    const r = truncateChat(tokens, 11);
    expect(r.kept.map((t) => t.text).at(-1)).toBe('Hello');
    expect(r).toMatchObject({ trained: 1, dropped: 2, droppedTrained: 1 });
  });

  it('keeps everything when maxLength is at least the length', () => {
    const { tokens, trained } = chatTokens(hi);
    expect(truncateChat(tokens, 100)).toMatchObject({ trained, dropped: 0, droppedTrained: 0 });
  });

  it('rejects a maxLength below 1 or not whole', () => {
    const { tokens } = chatTokens(hi);
    expect(() => truncateChat(tokens, 0)).toThrow('maxLength must be ≥ 1, got 0');
    expect(() => truncateChat(tokens, 2.5)).toThrow(RangeError);
    expect(() => truncateChat(tokens, NaN)).toThrow(RangeError);
  });

  it('trained + droppedTrained is the whole count and kept is a prefix', () => {
    const msg = fc.record({
      role: fc.constantFrom('system', 'user', 'assistant') as fc.Arbitrary<ChatMessage['role']>,
      content: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(msg, { maxLength: 5 }), fc.integer({ min: 1, max: 200 }), (messages, n) => {
        const { tokens, trained } = chatTokens(messages);
        const r = truncateChat(tokens, n);
        expect(r.trained + r.droppedTrained).toBe(trained);
        expect(r.kept.length + r.dropped).toBe(tokens.length);
        expect(r.kept).toEqual(tokens.slice(0, r.kept.length));
      }),
      { numRuns: 200 },
    );
  });
});
