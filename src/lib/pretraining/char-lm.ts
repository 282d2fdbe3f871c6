/**
 * A tiny character-level language model that trains in the browser: the MLP of Bengio et al.
 * 2003 ("A neural probabilistic language model"), as in Karpathy's makemore part 2.
 *   x      = concat(emb[c_1], …, emb[c_k])       [k·E]   the k previous characters
 *   h      = tanh(W1 x + b1)                      [H]
 *   logits = W2 h + b2                            [V]
 *   loss   = mean over examples of −log softmax(logits)[next char]
 * Positions before the start of the corpus use an extra padding embedding (row V of emb).
 * Gradient (derived by hand, checked by finite differences in the tests):
 *   ∂loss/∂logits = (softmax − onehot)/B;  ∂W2 = δ hᵀ;  δh = W2ᵀ δ;  δpre = δh ⊙ (1 − h²);
 *   ∂W1 = δpre xᵀ;  δx = W1ᵀ δpre, scattered back to the embedding rows.
 * All parameters live in one Float64Array so Adam is one loop and the state can be posted to a
 * Web Worker (structured clone) without conversion. Layout: emb [(V+1)·E] | W1 [H·kE] | b1 [H] |
 * W2 [V·H] | b2 [V], row-major.
 * Training (createCharLm, trainCharLm) is in char-lm-train.ts.
 * Example: V = 29, k = 1, E = 6, H = 24 → 30·6 + 24·6 + 24 + 29·24 + 29 = 1,073 parameters; at
 * initialisation (W2 ≈ 0) every logit is ≈ 0, so the loss is ≈ log 29 ≈ 3.37 nats.
 */
export interface CharLmShape {
  vocabSize: number;
  context: number;
  embedDim: number;
  hidden: number;
}

export interface CharLmModel extends CharLmShape {
  params: Float64Array;
}

export function paramCount(s: CharLmShape): number {
  const { vocabSize: V, context: k, embedDim: E, hidden: H } = s;
  return (V + 1) * E + H * k * E + H + V * H + V;
}

function offsets(s: CharLmShape) {
  const { vocabSize: V, context: k, embedDim: E, hidden: H } = s;
  const w1 = (V + 1) * E;
  const b1 = w1 + H * k * E;
  const w2 = b1 + H;
  const b2 = w2 + V * H;
  return { w1, b1, w2, b2 };
}

/** Context ids of the character at position t: the k before it, padding (id V) before the start. */
export function contextAt(tokens: ArrayLike<number>, t: number, s: CharLmShape): number[] {
  const ctx: number[] = [];
  for (let j = t - s.context; j < t; j++) ctx.push(j >= 0 ? tokens[j] : s.vocabSize);
  return ctx;
}

interface Activations {
  x: Float64Array;
  h: Float64Array;
  logits: Float64Array;
}

function buffers(m: CharLmShape): Activations {
  return {
    x: new Float64Array(m.context * m.embedDim),
    h: new Float64Array(m.hidden),
    logits: new Float64Array(m.vocabSize),
  };
}

/** Forward pass into preallocated buffers (the hot loop allocates nothing). */
function forwardInto(m: CharLmModel, ctx: readonly number[], a: Activations): void {
  const { vocabSize: V, context: k, embedDim: E, hidden: H, params: p } = m;
  const { w1, b1, w2, b2 } = offsets(m);
  const kE = k * E;
  const { x, h, logits } = a;
  for (let j = 0; j < k; j++) for (let e = 0; e < E; e++) x[j * E + e] = p[ctx[j] * E + e];
  for (let i = 0; i < H; i++) {
    let s = p[b1 + i];
    const row = w1 + i * kE;
    for (let c = 0; c < kE; c++) s += p[row + c] * x[c];
    h[i] = Math.tanh(s);
  }
  for (let v = 0; v < V; v++) {
    let s = p[b2 + v];
    const row = w2 + v * H;
    for (let i = 0; i < H; i++) s += p[row + i] * h[i];
    logits[v] = s;
  }
}

/** Logits [V] for one context (ids < V, or V for padding). */
export function forward(m: CharLmModel, ctx: readonly number[]): number[] {
  const a = buffers(m);
  forwardInto(m, ctx, a);
  return Array.from(a.logits);
}

/**
 * Mean cross-entropy over the examples at `positions` (each predicts tokens[t] from its context),
 * and, when `grad` is given, adds its gradient into it (grad must be zeroed by the caller).
 */
export function lossAndGradient(
  m: CharLmModel,
  tokens: ArrayLike<number>,
  positions: readonly number[],
  grad?: Float64Array,
): number {
  const { vocabSize: V, context: k, embedDim: E, hidden: H, params: p } = m;
  const { w1, b1, w2, b2 } = offsets(m);
  const kE = k * E;
  const B = positions.length;
  const a = buffers(m);
  const { x, h, logits } = a;
  const dh = new Float64Array(H);
  const dx = new Float64Array(kE);
  let loss = 0;
  for (const t of positions) {
    const ctx = contextAt(tokens, t, m);
    forwardInto(m, ctx, a);
    let max = -Infinity;
    for (let v = 0; v < V; v++) if (logits[v] > max) max = logits[v];
    let sum = 0;
    for (let v = 0; v < V; v++) sum += Math.exp(logits[v] - max);
    const lse = max + Math.log(sum); // log-sum-exp, stable
    const target = tokens[t];
    loss += lse - logits[target];
    if (!grad) continue;
    dh.fill(0);
    for (let v = 0; v < V; v++) {
      const d = (Math.exp(logits[v] - lse) - (v === target ? 1 : 0)) / B; // ∂loss/∂logit_v
      grad[b2 + v] += d;
      const row = w2 + v * H;
      for (let i = 0; i < H; i++) {
        grad[row + i] += d * h[i];
        dh[i] += d * p[row + i];
      }
    }
    dx.fill(0);
    for (let i = 0; i < H; i++) {
      const dpre = dh[i] * (1 - h[i] * h[i]);
      grad[b1 + i] += dpre;
      const row = w1 + i * kE;
      for (let c = 0; c < kE; c++) {
        grad[row + c] += dpre * x[c];
        dx[c] += dpre * p[row + c];
      }
    }
    for (let j = 0; j < k; j++) for (let e = 0; e < E; e++) grad[ctx[j] * E + e] += dx[j * E + e];
  }
  return loss / B;
}
