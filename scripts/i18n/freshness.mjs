/**
 * Translation freshness of the English doc pages (see freshness-lib.mjs for the rule).
 *
 *   npm run i18n:status                  lists stale pages (Chinese source changed since the
 *                                        translation) and pages without a recorded hash;
 *                                        exits 1 when a hash is missing, 0 otherwise
 *                                        (--strict: also 1 when a page is stale)
 *   npm run i18n:stamp -- <files…>       records the Chinese source's current hash in the given
 *                                        English pages, after you updated their translation
 *                                        (English or Chinese paths both work)
 *   npm run i18n:stamp -- --missing      stamps only the pages that have no hash yet (new pages)
 *   npm run i18n:stamp -- --all          stamps every English page (only when all are up to date!)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  SOURCE_DIR,
  TRANSLATION_DIR,
  lastChanged,
  sourceHash,
  translationStatus,
  withRecordedHash,
} from './freshness-lib.mjs';

const siteDir = process.cwd();
const [command = 'status', ...args] = process.argv.slice(2);
const show = (p) => relative(siteDir, p);

function status() {
  const pages = translationStatus(siteDir);
  const by = (state) => pages.filter((p) => p.state === state);
  const stale = by('stale');
  const missing = by('missing');
  const orphans = by('no-source');
  console.log(
    `English doc pages: ${pages.length}; up to date ${by('fresh').length}, stale ${stale.length}, without hash ${missing.length}, without Chinese source ${orphans.length}.`,
  );
  if (stale.length) {
    console.log(
      '\nStale: the Chinese source changed after the translation (update the English page, then `npm run i18n:stamp -- <file>`):',
    );
    for (const p of stale)
      console.log(
        `  ${show(p.translation)}  (source ${show(p.source)} changed ${lastChanged(p.source) ?? 'at an unknown date'}; recorded ${p.recorded}, now ${p.current})`,
      );
  }
  if (missing.length) {
    console.log('\nWithout source_hash (stamp new pages with `npm run i18n:stamp -- --missing`):');
    for (const p of missing) console.log(`  ${show(p.translation)}`);
  }
  if (orphans.length) {
    console.log('\nNo Chinese source:');
    for (const p of orphans) console.log(`  ${show(p.translation)}`);
  }
  const strict = args.includes('--strict');
  process.exit(missing.length || orphans.length || (strict && stale.length) ? 1 : 0);
}

function stamp() {
  const pages = translationStatus(siteDir);
  let chosen;
  if (args.includes('--all')) chosen = pages;
  else if (args.includes('--missing')) chosen = pages.filter((p) => p.state === 'missing');
  else {
    const wanted = args.filter((a) => !a.startsWith('--')).map((a) => resolve(siteDir, a));
    if (!wanted.length) {
      console.error('Which pages? npm run i18n:stamp -- <English or Chinese file…> | --missing | --all');
      process.exit(2);
    }
    chosen = wanted.map((file) => {
      const page = pages.find((p) => resolve(p.translation) === file || resolve(p.source) === file);
      if (!page) {
        console.error(`${show(file)} is neither a page under ${TRANSLATION_DIR}/ nor its source under ${SOURCE_DIR}/`);
        process.exit(2);
      }
      return page;
    });
  }
  let changed = 0;
  for (const p of chosen) {
    if (p.current === null) {
      console.error(`skipped ${show(p.translation)}: no Chinese source ${show(p.source)}`);
      continue;
    }
    const text = readFileSync(p.translation, 'utf8');
    const next = withRecordedHash(text, sourceHash(readFileSync(p.source, 'utf8')));
    if (next !== text) {
      writeFileSync(p.translation, next);
      changed++;
      console.log(`stamped ${show(p.translation)}`);
    }
  }
  console.log(`${changed} page(s) stamped, ${chosen.length - changed} already up to date.`);
}

if (command === 'status') status();
else if (command === 'stamp') stamp();
else {
  console.error(`unknown command "${command}": use status or stamp`);
  process.exit(2);
}
