import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from '../alignment/test-utils';
import { renderChatML, type ChatMessage, type ChatRole } from './chatml';

describe('renderChatML', () => {
  it('wraps each message in <|im_start|>role\\n … <|im_end|>\\n (worked by hand)', () => {
    expect(renderChatML([{ role: 'user', content: 'Hi!' }])).toBe('<|im_start|>user\nHi!<|im_end|>\n');
    expect(renderChatML([], true)).toBe('<|im_start|>assistant\n');
  });

  it.each(referenceCases('renderChatML'))('matches reference case %s', (_, c) => runReferenceCase(renderChatML, c));

  it('rejects unknown roles, non-string content and a non-array', () => {
    expect(() => renderChatML([{ role: 'bot' as ChatRole, content: 'x' }])).toThrow(
      'messages[0].role must be one of system, user, assistant, got "bot"',
    );
    expect(() => renderChatML([{ role: 'user', content: 3 as unknown as string }])).toThrow(TypeError);
    expect(() => renderChatML('hi' as unknown as ChatMessage[])).toThrow(TypeError);
    expect(() => renderChatML([null as unknown as ChatMessage])).toThrow(TypeError);
  });

  it('is the concatenation of the one-message renderings, plus the generation prompt', () => {
    const message = fc.record({ role: fc.constantFrom<ChatRole>('system', 'user', 'assistant'), content: fc.string() });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 5 }), fc.boolean(), (msgs, gen) => {
        const whole = renderChatML(msgs, gen);
        const parts = msgs.map((m) => renderChatML([m])).join('') + (gen ? '<|im_start|>assistant\n' : '');
        expect(whole).toBe(parts);
        expect(whole.split('<|im_end|>').length - 1).toBeGreaterThanOrEqual(msgs.length);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a string or throws a RangeError/TypeError for arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ role: fc.string(), content: fc.anything() }), { maxLength: 3 }), (msgs) =>
        expectFiniteOrBadInput(() => renderChatML(msgs as ChatMessage[])),
      ),
      { numRuns: 200 },
    );
  });
});
