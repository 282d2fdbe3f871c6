/**
 * Words for jieba, the Chinese segmenter of the local search index: the two-character runs
 * of Chinese in the glossary's Chinese term names (去重, 词元, 散度…). jieba's own dictionary
 * does not know some of them and cuts them into single characters (去重 → 去 + 重, and 去 is
 * a stop word), so a search for 去重 looked for 重. With them, the index holds the whole term
 * and the search box (which segments a query with the index's own words) finds it.
 * Longer terms stay out: as one word, 低秩适配 would no longer match a search for 低秩.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GLOSSARY_DIR = join(__dirname, '..', 'src', 'data', 'glossary');
// High enough that jieba keeps a term whole rather than cutting it into common words.
const FREQUENCY = 100_000;

/** The glossary's two-character Chinese words, sorted, without repeats. */
export function glossaryZhWords(dir = GLOSSARY_DIR): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^\d\d-[\w-]+\.json$/.test(f))) {
    const terms = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, { zh: string }>;
    for (const { zh } of Object.values(terms)) {
      for (const run of zh.match(/\p{Unified_Ideograph}+/gu) ?? []) if (run.length === 2) words.add(run);
    }
  }
  return [...words].sort();
}

/** jieba's user-dictionary format: one `word frequency` per line. */
export function searchZhDictionary(dir = GLOSSARY_DIR): string {
  return glossaryZhWords(dir)
    .map((w) => `${w} ${FREQUENCY}`)
    .join('\n');
}
