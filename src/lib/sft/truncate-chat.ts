/**
 * Truncating a tokenised chat to max_length tokens, as SFT trainers do (TRL SFTConfig
 * max_length: keep the first max_length tokens, drop the rest). The loss mask travels with
 * the tokens, so a long prompt can push the assistant's answer — the only trained part —
 * out of the window: an example whose trained count drops to 0 teaches nothing.
 *   kept = tokens[0 : maxLength],  trained = #{t in kept : t.inLoss}
 * Works on the output of chatTokens (./chat-tokens.ts); maxLength an integer ≥ 1.
 * Example: "user Hi! / assistant Hello" (13 tokens, 2 trained: "Hello" and its <|im_end|>)
 *   with maxLength 11 keeps "Hello" only → trained 1, droppedTrained 1.
 */
import { assertInteger, describe } from '../core/validate';
import type { ChatToken } from './chat-tokens';

export function truncateChat(
  tokens: readonly ChatToken[],
  maxLength: number,
): { kept: ChatToken[]; trained: number; dropped: number; droppedTrained: number } {
  if (!Array.isArray(tokens)) throw new TypeError(`tokens must be an array, got ${describe(tokens)}`);
  assertInteger('maxLength', maxLength, 1);
  const kept = tokens.slice(0, maxLength);
  const trained = kept.filter((t) => t.inLoss).length;
  const allTrained = tokens.filter((t) => t.inLoss).length;
  return { kept, trained, dropped: tokens.length - kept.length, droppedTrained: allTrained - trained };
}
