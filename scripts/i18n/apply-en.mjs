/**
 * Refreshes i18n/en after `docusaurus write-translations --locale en`: writes the
 * English text of every id listed in i18n-src/en/*.json (one file per widget or
 * area, each with one section per translation file, e.g. {"code.json": {id: text}})
 * and lists the ids that are still untranslated (Chinese).
 * The content test (tests/unit/content.test.ts) fails while any remain.
 *
 * Usage: npm run translations   (write-translations + this script)
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const sections = {};
for (const name of readdirSync('i18n-src/en')
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  for (const [file, messages] of Object.entries(JSON.parse(readFileSync(join('i18n-src/en', name), 'utf8')))) {
    sections[file] = { ...sections[file], ...messages };
  }
}
const CJK = /[\u3400-\u9fff]/;
let updated = 0;
const missing = [];
for (const [file, messages] of Object.entries(sections)) {
  const path = join('i18n/en', file);
  if (!existsSync(path)) continue;
  const data = JSON.parse(readFileSync(path, 'utf8'));
  for (const [id, entry] of Object.entries(data)) {
    if (id in messages) {
      if (entry.message !== messages[id]) updated++;
      entry.message = messages[id];
    } else if (CJK.test(entry.message)) {
      missing.push(`${file}: "${id}": ${entry.message}`);
    }
  }
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
}
console.log(`English messages: ${updated} updated.`);
if (missing.length) {
  console.log(`Still untranslated — add them to a file in i18n-src/en/:\n  ${missing.join('\n  ')}`);
}
