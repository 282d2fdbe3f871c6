/**
 * Remark plugin: fills in each `<Term id="…">` of a page with that term's glossary
 * text in the page's locale, at build time, as props (`label`, `other`,
 * `definition`, `href`). The Term component then needs no glossary data of its own,
 * so a chapter page ships the few definitions it uses instead of all terms of both
 * languages (src/data/glossary stays out of every page's bundle).
 *
 * The locale is read from the file's path: English pages live under `i18n/en/`.
 * An unknown id fails the build, naming the file.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { glossaryHref, glossaryTerm, termLabel, type GlossaryLocale } from '../src/data/glossary';

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: unknown;
}
interface JsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: JsxAttribute[];
}

/** Which glossary language a source file is written in. */
export function localeOfFile(path: string | undefined): GlossaryLocale {
  return path && /[\\/]i18n[\\/]en[\\/]/.test(path) ? 'en' : 'zh';
}

/** The props `<Term id>` gets in a locale; throws for an unknown id. */
export function termProps(id: string, locale: GlossaryLocale): Record<string, string> {
  const term = glossaryTerm(id);
  if (!term) throw new Error(`unknown glossary term "${id}"`);
  const props: Record<string, string> = {
    label: termLabel(term, locale),
    name: term[locale],
    definition: term.definition[locale],
    href: glossaryHref(id),
  };
  // The Chinese pages also give the English name (the English pages stay in English).
  if (locale === 'zh' && term.en.toLowerCase() !== term.zh.toLowerCase()) props.other = term.en;
  return props;
}

export default function remarkGlossaryTerms() {
  return (tree: Root, file: VFile): void => {
    const locale = localeOfFile(file.path);
    visit(tree, (node) => {
      const el = node as unknown as JsxElement;
      if ((el.type !== 'mdxJsxTextElement' && el.type !== 'mdxJsxFlowElement') || el.name !== 'Term') return;
      const idAttr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttr || typeof idAttr.value !== 'string') {
        throw new Error(`${file.path}: <Term> needs a literal id="…"`);
      }
      let props: Record<string, string>;
      try {
        props = termProps(idAttr.value, locale);
      } catch (e) {
        throw new Error(`${file.path}: ${(e as Error).message}`);
      }
      const kept = el.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name in props));
      el.attributes = [
        ...kept,
        ...Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value })),
      ];
    });
  };
}
