/**
 * Refreshes i18n/en after `docusaurus write-translations --locale en`: writes the
 * English text of every id listed in scripts/i18n/en-messages.json (one section per
 * translation file) and lists the ids that are still untranslated (Chinese).
 * The content test (tests/unit/content.test.ts) fails while any remain.
 *
 * Usage: npm run translations   (write-translations + this script)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const sections = JSON.parse(readFileSync('scripts/i18n/en-messages.json', 'utf8'));
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
  console.log(`Still untranslated — add them to scripts/i18n/en-messages.json:\n  ${missing.join('\n  ')}`);
}
