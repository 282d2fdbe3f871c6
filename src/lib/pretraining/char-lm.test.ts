import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { bigramEntropy, charVocab } from './bigram-entropy';
import { lossAndGradient, paramCount } from './char-lm';
import { charLmGenerate, charLmLoss, charLmNextLogits, createCharLm, trainCharLm } from './char-lm-train';

const DICKENS =
  'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of ' +
  'foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, ' +
  'it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had ' +
  'everything before us, we had nothing before us, we were all going direct to Heaven, we were all going ' +
  'direct the other way.';

describe('charVocab and bigramEntropy', () => {
  it('"aab": a→a once and a→b once, so H = log 2 (worked by hand)', () => {
    expect(bigramEntropy('aab')).toBeCloseTo(Math.log(2), 14);
    expect(bigramEntropy('abab')).toBe(0);
  });

  it('builds the vocabulary from code points, sorted', () => {
    expect(charVocab('ba😀学a')).toEqual(['a', 'b', '学', '😀']);
  });

  it('rejects a corpus with fewer than two characters', () => {
    expect(() => bigramEntropy('a')).toThrow('corpus must have at least 2 characters, got 1');
    expect(() => createCharLm('😀', {}, createRng(1))).toThrow(RangeError);
  });
});

describe('the character MLP', () => {
  it('counts 1,073 parameters for V = 29, k = 1, E = 6, H = 24 (worked by hand in the header)', () => {
    expect(paramCount({ vocabSize: 29, context: 1, embedDim: 6, hidden: 24 })).toBe(1073);
    const s = createCharLm(DICKENS, { context: 1, embedDim: 6, hidden: 24 }, createRng(2));
    expect(s.vocabSize).toBe(29);
    expect(s.params.length).toBe(1073);
  });

  it('has an analytic gradient that matches central finite differences', () => {
    const s = createCharLm('hello world, hello there', { context: 2, embedDim: 3, hidden: 4 }, createRng(5));
    // Move W2 away from its tiny initial values so every gradient path is exercised.
    trainCharLm(s, 30, { learningRate: 0.05, batchSize: 8 });
    const positions = [1, 4, 7, 10, 15, 20, 23];
    const grad = new Float64Array(s.params.length);
    lossAndGradient(s, s.tokens, positions, grad);
    const eps = 1e-6;
    let worst = 0;
    for (let i = 0; i < s.params.length; i++) {
      const saved = s.params[i];
      s.params[i] = saved + eps;
      const up = lossAndGradient(s, s.tokens, positions);
      s.params[i] = saved - eps;
      const down = lossAndGradient(s, s.tokens, positions);
      s.params[i] = saved;
      worst = Math.max(worst, Math.abs((up - down) / (2 * eps) - grad[i]));
    }
    expect(worst).toBeLessThan(1e-7);
  });

  it('starts near log V and learns down to within 0.05 nats of the bigram entropy with one character of context', () => {
    const h = bigramEntropy(DICKENS);
    const s = createCharLm(DICKENS, { context: 1, embedDim: 6, hidden: 24 }, createRng(2));
    expect(Math.abs(charLmLoss(s) - Math.log(s.vocabSize))).toBeLessThan(0.05);
    trainCharLm(s, 400, { learningRate: 0.05, batchSize: 128 });
    trainCharLm(s, 400, { learningRate: 0.01, batchSize: 128 });
    const loss = charLmLoss(s);
    expect(loss).toBeLessThan(h + 0.05);
    // One character of context cannot beat the best bigram table on its own training text.
    expect(loss).toBeGreaterThan(h - 1e-9);
  });

  it('is deterministic for a seed, and training in chunks equals training at once', () => {
    const a = createCharLm(DICKENS, {}, createRng(7));
    const b = createCharLm(DICKENS, {}, createRng(7));
    const la = trainCharLm(a, 10).losses;
    const lb = [...trainCharLm(b, 4).losses, ...trainCharLm(b, 6).losses];
    expect(lb).toEqual(la);
    expect(Array.from(b.params)).toEqual(Array.from(a.params));
    expect(charLmGenerate(a, 'It ', 20, createRng(1))).toBe(charLmGenerate(b, 'It ', 20, createRng(1)));
    const c = createCharLm(DICKENS, {}, createRng(8));
    expect(Array.from(c.params)).not.toEqual(Array.from(createCharLm(DICKENS, {}, createRng(7)).params));
  });

  it('runs a chunk of 10 default steps well within a 50 ms frame budget', () => {
    const s = createCharLm(DICKENS.repeat(8), {}, createRng(1));
    trainCharLm(s, 5); // warm up the JIT
    const t0 = performance.now();
    trainCharLm(s, 10);
    // Generous bound: the machine running the tests may be busy; typical is ~10 ms.
    expect(performance.now() - t0).toBeLessThan(150);
  });

  it('gives next-character logits for any prompt made of known characters', () => {
    const s = createCharLm(DICKENS, {}, createRng(1));
    expect(charLmNextLogits(s, '').length).toBe(s.vocabSize);
    expect(charLmNextLogits(s, 'It was').every(Number.isFinite)).toBe(true);
    expect(() => charLmNextLogits(s, 'zebra 😀')).toThrow('the character "😀" is not in the model\'s vocabulary');
  });

  it('rejects bad configurations and options', () => {
    expect(() => createCharLm(DICKENS, { context: 0 }, createRng(1))).toThrow('context must be ≥ 1, got 0');
    expect(() => createCharLm(DICKENS, {}, undefined as never)).toThrow(TypeError);
    const s = createCharLm(DICKENS, {}, createRng(1));
    expect(() => trainCharLm(s, 1.5)).toThrow(RangeError);
    expect(() => trainCharLm(s, 1, { learningRate: 0 })).toThrow('learningRate must be > 0, got 0');
    expect(() => trainCharLm(s, 1, { batchSize: 0 })).toThrow(RangeError);
  });
});
