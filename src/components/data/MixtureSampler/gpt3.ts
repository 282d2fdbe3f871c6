/**
 * GPT-3's training mixture, Brown et al. 2020 (arXiv:2005.14165), Table 2.2, exactly as printed:
 * quantity in tokens, weight in training mix, epochs elapsed when training for 300B tokens.
 */
export interface MixtureRow {
  name: string;
  /** For chart labels. */
  short: string;
  /** Billions of tokens. */
  tokensB: number;
  /** Percent. */
  weightPct: number;
  publishedEpochs: number;
}

export const GPT3_BUDGET_B = 300;

export const GPT3_MIXTURE: readonly MixtureRow[] = [
  { name: 'Common Crawl (filtered)', short: 'Common Crawl', tokensB: 410, weightPct: 60, publishedEpochs: 0.44 },
  { name: 'WebText2', short: 'WebText2', tokensB: 19, weightPct: 22, publishedEpochs: 2.9 },
  { name: 'Books1', short: 'Books1', tokensB: 12, weightPct: 8, publishedEpochs: 1.9 },
  { name: 'Books2', short: 'Books2', tokensB: 55, weightPct: 8, publishedEpochs: 0.43 },
  { name: 'Wikipedia', short: 'Wikipedia', tokensB: 3, weightPct: 3, publishedEpochs: 3.4 },
];
