/**
 * Reads what the glossary and the references page need from one Markdown/MDX
 * source: its explicit heading ids (`## Title {#id}`, the same in both locales) and
 * where each footnote citation `[^key]` is first used, by section. Pure (no fs), so
 * the unit tests read the docs with exactly the same rules as the build.
 */

export interface ParsedHeading {
  id: string;
  /** The heading's text without its `{#id}` and inline Markdown marks. */
  text: string;
  depth: number;
}

export interface ParsedCitation {
  key: string;
  /** Id of the ##–#### heading the key is first cited under; null before the first one. */
  headingId: string | null;
}

export interface ParsedDoc {
  headings: ParsedHeading[];
  /** One entry per cited key, in order of first use. */
  citations: ParsedCitation[];
  /** Keys of the footnote definitions `[^key]: …`. */
  definitions: string[];
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const HEADING = /^(#{2,4})\s+(.*?)\s*\{#([\w-]+)\}\s*$/;
const DEFINITION = /^\[\^([^\]\s]+)\]:/;
const USE = /\[\^([^\]\s]+)\]/g;

/** Strips inline Markdown marks from a heading's text (bold, code, math delimiters). */
export function plainHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`$]/g, '')
    .trim();
}

export function parseDoc(source: string): ParsedDoc {
  const lines = source.replace(FRONT_MATTER, '').split('\n');
  const headings: ParsedHeading[] = [];
  const citations: ParsedCitation[] = [];
  const definitions: string[] = [];
  const seen = new Set<string>();
  let fence: string | null = null;
  let current: string | null = null;
  for (const line of lines) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1];
      else if (fenceMatch[1] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      current = heading[3];
      headings.push({ id: heading[3], text: plainHeading(heading[2]), depth: heading[1].length });
    }
    const definition = DEFINITION.exec(line);
    if (definition) {
      definitions.push(definition[1]);
      continue;
    }
    for (const use of line.matchAll(USE)) {
      if (seen.has(use[1])) continue;
      seen.add(use[1]);
      citations.push({ key: use[1], headingId: current });
    }
  }
  return { headings, citations, definitions };
}
