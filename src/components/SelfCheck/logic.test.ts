import { describe, expect, it } from 'vitest';
import { docRoute, isAccepted, sectionHref } from './logic';

describe('isAccepted', () => {
  it('accepts a value within the absolute tolerance and rejects one outside it', () => {
    expect(isAccepted(0.26, 0.2633, { abs: 0.005 })).toBe(true);
    expect(isAccepted(0.27, 0.2633, { abs: 0.005 })).toBe(false);
  });

  it('scales a relative tolerance with the expected value', () => {
    // 5 % of 3.79e25 is about 1.9e24.
    expect(isAccepted(3.8e25, 3.79e25, { rel: 0.05 })).toBe(true);
    expect(isAccepted(4.2e25, 3.79e25, { rel: 0.05 })).toBe(false);
  });

  it('takes the larger of the two tolerances', () => {
    expect(isAccepted(1.5, 1, { abs: 0.6, rel: 0.1 })).toBe(true);
    expect(isAccepted(1.5, 1, { abs: 0.1, rel: 0.6 })).toBe(true);
    expect(isAccepted(1.5, 1, { abs: 0.1, rel: 0.1 })).toBe(false);
  });

  it('accepts only the exact value without a tolerance, and never NaN or Infinity', () => {
    expect(isAccepted(6, 6, {})).toBe(true);
    expect(isAccepted(6.0001, 6, {})).toBe(false);
    expect(isAccepted(Number.NaN, 6, { abs: 1 })).toBe(false);
    expect(isAccepted(Infinity, 6, { rel: 1 })).toBe(false);
  });
});

describe('docRoute', () => {
  it('drops the number prefixes of the chapter folder', () => {
    expect(docRoute('04-reward/bradley-terry')).toBe('/docs/reward/bradley-terry');
    expect(docRoute('00-overview/scale')).toBe('/docs/overview/scale');
  });

  it('maps an index page to its folder', () => {
    expect(docRoute('02-pretraining/index')).toBe('/docs/pretraining');
  });

  it('adds the anchor', () => {
    expect(sectionHref({ doc: '01-data/tokenization', anchor: 'bpe', label: { zh: 'x', en: 'x' } })).toBe(
      '/docs/data/tokenization#bpe',
    );
  });
});
