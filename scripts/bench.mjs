/**
 * `npm run bench`: Lighthouse on the home page and every chapter index page of both
 * locales, mobile and desktop presets, against the production build served locally
 * the way GitHub Pages serves it (gzip). Writes BENCHMARKS.md (scores, and per page the
 * JS/CSS/font bytes loaded, raw and gzip) and exits non-zero when a budget is missed:
 * mobile performance ≥ 98; accessibility, best practices and SEO = 100 (both presets).
 *
 * Pages are discovered from the build: "/" and "/en/", and every sitemap path that has
 * pages below it (a chapter's index). Usage:
 *   npm run bench                 builds both locales first
 *   npm run bench -- --no-build   uses the existing build/
 *   npm run bench -- --runs 3     mobile runs per page (default 5)
 * Lighthouse's mobile score varies by several points from run to run (it scales the
 * main-thread time it observed by 4, so a busy or shared machine shows up). Each page
 * is therefore measured five times on the mobile preset, and the run with the median
 * performance score is reported: Lighthouse's guidance (docs/variability.md, "Run
 * Lighthouse Multiple Times") is that the median of 5 runs is twice as stable as 1 run.
 * On the shared machine run it under the heavy lock: flock /tmp/guide-heavy.lock npm run bench
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const runsArg = process.argv.indexOf('--runs');
const MOBILE_RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 5;

function sitemap(file) {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Home and chapter index pages of one locale's sitemap. */
function pagesOf(file, home) {
  const paths = sitemap(file);
  const chapters = paths.filter((p) => p !== home && paths.some((q) => q.startsWith(`${p}/`)));
  return [home, ...chapters];
}

/** The built file behind a URL path (as scripts/static-server.mjs resolves it). */
function builtFile(pathname) {
  const clean = decodeURIComponent(pathname).replace(/\/$/, '');
  for (const f of [`build${clean}`, `build${clean}.html`, `build${clean}/index.html`]) {
    if (existsSync(f) && !f.endsWith('/build')) {
      try {
        return readFileSync(f);
      } catch {
        // a directory
      }
    }
  }
  return null;
}

const KINDS = { Script: 'js', Stylesheet: 'css', Font: 'font' };

/** JS/CSS/font bytes the page loaded, raw (uncompressed) and gzip, from Lighthouse's network records. */
function weights(lhr, origin) {
  const out = { js: [0, 0], css: [0, 0], font: [0, 0] };
  const seen = new Set();
  for (const item of lhr.audits['network-requests']?.details?.items ?? []) {
    const kind = KINDS[item.resourceType];
    if (!kind || seen.has(item.url) || !item.url.startsWith(origin)) continue;
    seen.add(item.url);
    const body = builtFile(new URL(item.url).pathname);
    const raw = body ? body.length : (item.resourceSize ?? 0);
    const gz = body ? gzipSync(body, { level: 9 }).length : (item.transferSize ?? 0);
    out[kind][0] += raw;
    out[kind][1] += gz;
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** One Lighthouse run of one page with one preset. */
async function measure(origin, path, preset, port) {
  const url = origin + path;
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(lhr.categories).flatMap((cat) =>
    cat.id === 'performance'
      ? []
      : cat.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${cat.id}: ${ref.id}`),
  );
  const metrics = {
    fcp: lhr.audits['first-contentful-paint']?.numericValue,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue,
    tbt: lhr.audits['total-blocking-time']?.numericValue,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
  };
  // Where the main thread went (scripts by evaluation time), to know what to fix.
  const bootup = (lhr.audits['bootup-time']?.details?.items ?? [])
    .filter((i) => typeof i.url === 'string' && i.url.startsWith('http'))
    .sort((a, b) => b.scripting - a.scripting)
    .slice(0, 3)
    .map((i) => `${new URL(i.url).pathname} ${Math.round(i.scripting)} ms`);
  // Lighthouse's own measure of this machine's speed (higher is faster), to read scores by.
  const benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
  return { path, preset, scores, weights: weights(lhr, origin), failing, metrics, bootup, benchmarkIndex };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const r = spawnSync('npx', ['docusaurus', 'build'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!existsSync('build/sitemap.xml') || !existsSync('build/en/sitemap.xml')) {
    throw new Error('No build of both locales in build/: run without --no-build.');
  }
  const pages = [...pagesOf('build/sitemap.xml', '/'), ...pagesOf('build/en/sitemap.xml', '/en/')];
  const chromePath = findChromium();
  const server = await serveStatic('build', 0, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS,
  });
  const rows = [];
  try {
    for (const path of pages) {
      for (const preset of ['mobile', 'desktop']) {
        const runs = [];
        for (let i = 0; i < (preset === 'mobile' ? MOBILE_RUNS : 1); i++) {
          runs.push(await measure(server.url, path, preset, chrome.port));
        }
        runs.sort((a, b) => a.scores.performance - b.scores.performance);
        const row = { ...runs[Math.floor(runs.length / 2)], perfRuns: runs.map((r) => r.scores.performance) };
        console.log(
          `${path} ${preset}: ${CATEGORIES.map((c) => `${c} ${row.scores[c]}`).join(', ')}` +
            (runs.length > 1 ? ` (performance of ${runs.length} runs: ${row.perfRuns.join(', ')})` : '') +
            (row.failing.length ? ` — failing: ${row.failing.join(', ')}` : ''),
        );
        rows.push(row);
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const misses = [];
  for (const r of rows) {
    for (const c of CATEGORIES) {
      if (c === 'performance' && r.preset !== 'mobile') continue;
      if (r.scores[c] < BUDGETS[c]) misses.push(`${r.path} (${r.preset}) ${c} ${r.scores[c]} < ${BUDGETS[c]}`);
    }
  }

  const chromium = version(chromePath, ['--version']);
  // The code measured: HEAD, and whether the tree differed from it (BENCHMARKS.md aside).
  const changed = version('git', ['status', '--porcelain', '--', '.', ':!BENCHMARKS.md']);
  const commit = version('git', ['rev-parse', '--short', 'HEAD']) + (changed ? ' with uncommitted changes' : '');
  const indexes = rows
    .map((r) => r.benchmarkIndex)
    .filter((n) => typeof n === 'number')
    .sort((a, b) => a - b);
  const speed = indexes.length
    ? `Lighthouse benchmarkIndex (CPU speed, higher is faster) ${Math.round(indexes[0])}–${Math.round(indexes.at(-1))}, median ${Math.round(indexes[Math.floor(indexes.length / 2)])}`
    : 'Lighthouse benchmarkIndex unknown';
  const lhVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (scripts/bench.mjs): Lighthouse on the home page and every chapter',
    'index page of both locales, against the production build served locally with gzip (as GitHub',
    'Pages serves it). Bytes are what the page loaded during the Lighthouse run, per type, raw and',
    'gzip-compressed (level 9), in KiB. Do not edit by hand: re-run the script.',
    '',
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${commit}`,
    `- Machine: ${cpus().length} CPU threads (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${process.platform}; ${speed}`,
    `- Node ${process.version}, ${chromium}, Lighthouse ${lhVersion}`,
    `- Mobile: the run with the median performance score of ${MOBILE_RUNS} per page (all runs' scores in the last column); desktop: one run`,
    `- Budgets: mobile performance ≥ ${BUDGETS.performance}; accessibility, best practices, SEO = 100 (both presets)`,
    '',
    '| Page | Preset | Perf. | A11y | Best pr. | SEO | FCP / LCP (ms) | TBT (ms) | CLS | JS raw / gzip | CSS raw / gzip | Fonts raw / gzip | Perf. of all runs |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${r.preset} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ` +
        `${Math.round(r.metrics.fcp)} / ${Math.round(r.metrics.lcp)} | ${Math.round(r.metrics.tbt)} | ${r.metrics.cls.toFixed(3)} | ` +
        `${kb(r.weights.js[0])} / ${kb(r.weights.js[1])} | ${kb(r.weights.css[0])} / ${kb(r.weights.css[1])} | ` +
        `${kb(r.weights.font[0])} / ${kb(r.weights.font[1])} | ${r.perfRuns.join(', ')} |`,
    ),
    '',
    misses.length === 0 ? 'All budgets met.' : `Budget misses (${misses.length}):`,
    ...misses.map((m) => `- ${m}`),
    '',
  ];
  lines.push(
    'Scripts with the most main-thread evaluation time on mobile (simulated slow CPU), per page:',
    '',
    ...rows.filter((r) => r.preset === 'mobile').map((r) => `- \`${r.path}\`: ${r.bootup.join('; ') || '—'}`),
    '',
  );
  const failingAudits = [...new Set(rows.flatMap((r) => r.failing))];
  if (failingAudits.length > 0) {
    lines.push('Audits below full score (accessibility, best practices, SEO):', '');
    for (const a of failingAudits) {
      const where = rows.filter((r) => r.failing.includes(a)).map((r) => `\`${r.path}\` ${r.preset}`);
      lines.push(`- ${a}: ${where.join(', ')}`);
    }
    lines.push('');
  }
  writeFileSync('BENCHMARKS.md', lines.join('\n'));
  // The file is committed: keep it in the repository's format (npm test checks prettier).
  spawnSync('npx', ['prettier', '--write', 'BENCHMARKS.md'], { stdio: 'ignore' });
  console.log(`\nWrote BENCHMARKS.md (${rows.length} runs).`);
  if (misses.length > 0) {
    console.error(`Budget misses:\n  ${misses.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
