/**
 * ChatML, the chat template of Qwen and of TRL's setup_chat_format (OpenAI's original format).
 * Each message becomes
 *   <|im_start|>{role}\n{content}<|im_end|>\n
 * and addGenerationPrompt appends "<|im_start|>assistant\n", the header the model continues
 * from at inference (Transformers apply_chat_template(add_generation_prompt=True)).
 * No default system message is inserted (Qwen's own template adds one; TRL's does not).
 * Roles: system, user, assistant; content is any string, taken verbatim (a content that
 * contains "<|im_end|>" is not escaped, as with real templates — a known injection risk).
 * Example: [{role: 'user', content: 'Hi!'}] → "<|im_start|>user\nHi!<|im_end|>\n".
 */
import { describe } from '../core/validate';

export type ChatRole = 'system' | 'user' | 'assistant';
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export const IM_START = '<|im_start|>';
export const IM_END = '<|im_end|>';
const ROLES: readonly ChatRole[] = ['system', 'user', 'assistant'];

export function assertMessages(messages: unknown): asserts messages is ChatMessage[] {
  if (!Array.isArray(messages)) throw new TypeError(`messages must be an array, got ${describe(messages)}`);
  messages.forEach((m: unknown, i) => {
    if (m === null || typeof m !== 'object')
      throw new TypeError(`messages[${i}] must be an object, got ${describe(m)}`);
    const { role, content } = m as Record<string, unknown>;
    if (!ROLES.includes(role as ChatRole)) {
      throw new RangeError(`messages[${i}].role must be one of ${ROLES.join(', ')}, got ${describe(role)}`);
    }
    if (typeof content !== 'string') {
      throw new TypeError(`messages[${i}].content must be a string, got ${describe(content)}`);
    }
  });
}

export function renderChatML(messages: readonly ChatMessage[], addGenerationPrompt = false): string {
  assertMessages(messages);
  if (typeof addGenerationPrompt !== 'boolean') {
    throw new TypeError(`addGenerationPrompt must be true or false, got ${describe(addGenerationPrompt)}`);
  }
  let out = '';
  for (const m of messages) out += `${IM_START}${m.role}\n${m.content}${IM_END}\n`;
  if (addGenerationPrompt) out += `${IM_START}assistant\n`;
  return out;
}
