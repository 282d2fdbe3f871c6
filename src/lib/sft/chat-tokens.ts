/**
 * The ChatML string of ./chatml.ts cut into display tokens, each marked with its role, its
 * kind and whether it is in the SFT loss — what an "which tokens are trained" widget shows.
 *   kind 'special': <|im_start|> and <|im_end|>, one token each (as in every ChatML tokenizer)
 *   kind 'header':  the template's own text: the role name and the newlines around a turn
 *   kind 'content': the message text
 * Loss policy (TRL assistant_only_loss / completion-only training): with trainOn 'assistant'
 * (default) only assistant content and the <|im_end|> that closes it are in the loss — the
 * model must learn to stop; with 'all' every turn's content and <|im_end|> are. Headers, the
 * opening <|im_start|>, the newline after <|im_end|> and a generation prompt never are.
 * Tokenisation is ILLUSTRATIVE, not a real BPE tokenizer (Qwen's has 151k merges): content is
 * split into runs of letters/digits, single punctuation marks, runs of spaces, newlines and single
 * CJK characters (Han, kana, Hangul); special-token strings inside content are matched too.
 * Joining the tokens' text gives renderChatML's string exactly (tested).
 * Example: [{user 'Hi!'}, {assistant 'Hello'}] → <|im_start|> user \n Hi ! <|im_end|> \n
 *   <|im_start|> assistant \n [Hello] [<|im_end|>] \n — 2 of 13 tokens trained (in brackets).
 */
import { describe } from '../core/validate';
import { assertMessages, IM_END, IM_START, renderChatML, type ChatMessage, type ChatRole } from './chatml';

export type ChatTokenKind = 'special' | 'header' | 'content';

export interface ChatToken {
  text: string;
  role: ChatRole;
  kind: ChatTokenKind;
  inLoss: boolean;
}

export interface ChatTokensOptions {
  addGenerationPrompt?: boolean;
  trainOn?: 'assistant' | 'all';
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const PIECE = new RegExp(
  `<\\|im_start\\|>|<\\|im_end\\|>|\\r\\n|\\n|[^\\S\\r\\n]+|[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}_])+|[^]`,
  'gu',
);

/** Splits text into illustrative pieces (see the header); their concatenation is the text. */
export function splitIllustrative(text: string): string[] {
  return text.match(PIECE) ?? [];
}

export function chatTokens(
  messages: readonly ChatMessage[],
  opts: ChatTokensOptions = {},
): { tokens: ChatToken[]; trained: number; total: number; text: string } {
  assertMessages(messages);
  if (opts === null || typeof opts !== 'object') throw new TypeError(`opts must be an object, got ${describe(opts)}`);
  const { addGenerationPrompt = false, trainOn = 'assistant' } = opts;
  if (trainOn !== 'assistant' && trainOn !== 'all') {
    throw new RangeError(`trainOn must be 'assistant' or 'all', got ${describe(trainOn)}`);
  }
  const text = renderChatML(messages, addGenerationPrompt);

  const tokens: ChatToken[] = [];
  const push = (t: string, role: ChatRole, kind: ChatTokenKind, inLoss: boolean) =>
    tokens.push({ text: t, role, kind, inLoss });
  const header = (role: ChatRole) => {
    push(IM_START, role, 'special', false);
    push(role, role, 'header', false);
    push('\n', role, 'header', false);
  };
  for (const { role, content } of messages) {
    const trained = trainOn === 'all' || role === 'assistant';
    header(role);
    for (const piece of splitIllustrative(content)) {
      push(piece, role, piece === IM_START || piece === IM_END ? 'special' : 'content', trained);
    }
    push(IM_END, role, 'special', trained);
    push('\n', role, 'header', false);
  }
  if (addGenerationPrompt) header('assistant');

  return { tokens, trained: tokens.filter((t) => t.inLoss).length, total: tokens.length, text };
}
