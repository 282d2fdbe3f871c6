/**
 * The "last updated" date, formatted as Intl.DateTimeFormat(locale, { day: 'numeric',
 * month: 'short', year: 'numeric', timeZone: 'UTC' }) does (what Docusaurus shows), but by
 * hand for the site's two locales. Constructing a DateTimeFormat loads the locale's
 * calendar data: on a phone that was a ~40 ms task on every page load, spent on one
 * date. Other locales still go through Intl. Tested against Intl in format-date.test.ts.
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatUpdatedDate(date: Date, locale: string): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (locale === 'zh-Hans') return `${y}年${m + 1}月${d}日`;
  if (locale === 'en') return `${EN_MONTHS[m]} ${d}, ${y}`;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
