/**
 * Serves build/ on 127.0.0.1 for the whole browser-test run, starts the proxy that
 * makes every request leaving localhost fail (./browser.ts launch), and makes sure a
 * Chromium exists (installing Debian's package when possible, see scripts/find-chromium.mjs).
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** The proxy for every non-local request: it closes each connection at once. */
    deadProxy: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('build/index.html') || !existsSync('build/en/index.html')) {
    throw new Error('No production build of both locales in build/: run `npm run build` first (npm test does).');
  }
  const chromiumPath: string = findChromium();
  // Cacheable, as a real host's files are: see serveStatic.
  const server: { url: string; close: () => Promise<void> } = await serveStatic('build', 0, { cache: true });
  const deadProxy = createServer((socket) => socket.destroy());
  await new Promise<void>((ready) => deadProxy.listen(0, '127.0.0.1', ready));
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('deadProxy', `http://127.0.0.1:${(deadProxy.address() as AddressInfo).port}`);
  return async () => {
    deadProxy.close();
    await server.close();
  };
}
