/**
 * Refreshes i18n/en after `docusaurus write-translations --locale en`: fills every
 * id listed in scripts/i18n/en-messages.json with its English text. Ids that are
 * still Chinese in i18n/en are then reported by scripts/check-content.mjs.
 *
 * Usage: npm run translations   (write-translations + this script)
 */
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const messages = JSON.parse(readFileSync('scripts/i18n/en-messages.json', 'utf8'));
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.json')) files.push(p);
  }
})('i18n/en');

let filled = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [id, entry] of Object.entries(data)) {
    if (id in messages && entry.message !== messages[id]) {
      entry.message = messages[id];
      filled++;
    }
  }
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}
console.log(`English messages applied: ${filled} updated in ${files.length} files.`);
