/**
 * The pure parts of SelfCheck (no React): whether a typed number is accepted, and the route of
 * the section a question links to. Unit tested in logic.test.ts.
 */
import type { NumericQuestion, SectionLink } from '../../data/self-check/types';

/** |value − expected| ≤ max(abs, rel · |expected|); a tolerance of {} accepts only the exact value. */
export function isAccepted(value: number, expected: number, tolerance: NumericQuestion['tolerance']): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(expected)) return false;
  const allowed = Math.max(tolerance.abs ?? 0, (tolerance.rel ?? 0) * Math.abs(expected));
  return Math.abs(value - expected) <= allowed;
}

/**
 * The site route of a doc file: docs/04-reward/bradley-terry.mdx → /docs/reward/bradley-terry
 * (Docusaurus drops the number prefixes), an index page → its folder (/docs/reward).
 */
export function docRoute(doc: string): string {
  const parts = doc.split('/').map((p) => p.replace(/^\d+-/, ''));
  if (parts[parts.length - 1] === 'index') parts.pop();
  return '/docs/' + parts.join('/');
}

export function sectionHref(link: SectionLink): string {
  return `${docRoute(link.doc)}#${link.anchor}`;
}
