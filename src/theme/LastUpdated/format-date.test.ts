/**
 * The hand-made "last updated" date matches Intl.DateTimeFormat (Node's full ICU, what
 * Docusaurus would have shown) for both locales, on every day of two years, at the
 * edges of the UTC day.
 */
import { describe, expect, it } from 'vitest';
import { formatUpdatedDate } from './format-date';

const intl = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

describe('formatUpdatedDate', () => {
  it.for(['zh-Hans', 'en'])('writes every day of 2024 and 2026 as Intl does for %s', (locale) => {
    const expected = intl(locale);
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      if (new Date(t).getUTCFullYear() === 2025) continue;
      for (const offset of [0, 86_399_999]) {
        const date = new Date(t + offset);
        expect(formatUpdatedDate(date, locale)).toBe(expected.format(date));
      }
    }
  });

  it('falls back to Intl for other locales', () => {
    const date = new Date(Date.UTC(2026, 10, 22));
    expect(formatUpdatedDate(date, 'fr')).toBe(intl('fr').format(date));
  });
});
