// Chromium for browser tests: the system's Debian build (playwright never downloads one here),
// launched headless with everything that would phone home switched off.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const screenshotDir = join(repoRoot, 'test-results', 'screenshots');
const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where a test saves the screenshot called `name` (".png" added if missing). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  const file = name.endsWith('.png') ? name : `${name}.png`;
  return join(screenshotDir, file.replace(/[^\w.-]+/g, '-'));
}

/** Where a test saves a screenshot the documentation shows (docs/screenshots/, committed). */
export function docsScreenshotPath(name: string): string {
  mkdirSync(docsScreenshotDir, { recursive: true });
  const file = name.endsWith('.png') ? name : `${name}.png`;
  return join(docsScreenshotDir, file.replace(/[^\w.-]+/g, '-'));
}
