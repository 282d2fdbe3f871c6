/**
 * `npm test`: every check, in the order that fails fastest.
 *   1. typecheck, lint, format check                       (seconds)
 *   2. unit tests: math core vs PyTorch/TRL references, kit, content   (~30 s)
 *   3. production build of both locales (broken links/anchors/KaTeX fail it)
 *   4. a build with Algolia DocSearch configured (dummy keys), to prove that path builds
 *   5. browser tests against the served build in the system Chromium
 * Stops at the first failing step and exits non-zero. Set SKIP_ALGOLIA_BUILD=1 to
 * skip step 4 locally.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['typecheck', npx, ['tsc', '--noEmit', '-p', '.']],
  ['lint', npx, ['eslint', '.', '--max-warnings=0']],
  ['format', npx, ['prettier', '--check', '.']],
  ['unit tests', npx, ['vitest', 'run']],
  ['build (zh-Hans + en)', npx, ['docusaurus', 'build']],
  [
    'build with Algolia DocSearch configured',
    npx,
    ['docusaurus', 'build', '--locale', 'zh-Hans', '--out-dir', '.cache/build-algolia'],
    { ALGOLIA_APP_ID: 'TESTAPPID', ALGOLIA_API_KEY: 'test-search-only-key', ALGOLIA_INDEX_NAME: 'llm-guide' },
  ],
  ['browser tests', npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const results = [];
for (const [name, cmd, args, env] of steps) {
  if (name.includes('Algolia') && process.env.SKIP_ALGOLIA_BUILD) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  results.push({ name, ok: r.status === 0, seconds });
  if (name.includes('Algolia')) rmSync('.cache/build-algolia', { recursive: true, force: true });
  if (r.status !== 0) break;
}

console.log('\nnpm test summary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
