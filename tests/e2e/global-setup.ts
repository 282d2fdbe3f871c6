/**
 * Serves build/ on 127.0.0.1 for the whole browser-test run and makes sure a
 * Chromium exists (installing Debian's package when possible, see scripts/find-chromium.mjs).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('build/index.html') || !existsSync('build/en/index.html')) {
    throw new Error('No production build of both locales in build/: run `npm run build` first (npm test does).');
  }
  const chromiumPath: string = findChromium();
  const server: { url: string; close: () => Promise<void> } = await serveStatic('build');
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => server.close();
}
