/**
 * Finds a Chromium/Chrome binary for the browser tests (playwright-core does not
 * download browsers, and downloads do not work on the CI machines anyway).
 * Order: $CHROME_PATH, Debian's /usr/bin/chromium, common Chrome locations.
 * On a Debian/Ubuntu machine where none is found and we are root, installs
 * Debian's `chromium` package (plus fonts-noto-cjk so Chinese renders); otherwise
 * exits with the exact command to run.
 *
 * Usage: import { findChromium } from './find-chromium.mjs'  or  node scripts/find-chromium.mjs
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function firstExisting() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function isRootOnDebian() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findChromium({ install = true } = {}) {
  const found = firstExisting();
  if (found) return found;
  if (install && isRootOnDebian()) {
    console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    const after = firstExisting();
    if (after) return after;
  }
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests.',
      'Install one, then run npm test again:',
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
      '  Fedora:        sudo dnf install chromium google-noto-sans-cjk-fonts',
      '  macOS:         brew install --cask chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
}

/** Launch flags that work headless, as root, on a machine without network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findChromium());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
