// Starts Debian's Chromium with a built ClaimLens for the benchmark commands: a fresh profile, the
// unpacked extension, and the switches this machine's closed network needs (docs/toolchain.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * @param {string} extensionDir the unpacked build, e.g. `.output/chrome-mv3`
 * @param {{ args?: string[] } & Record<string, unknown>} [options] more switches, and other
 *   `launchPersistentContext` options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, id: string, profile: string, close: () => Promise<void> }>}
 *   `id` is the extension id; `close` ends the browser and removes the profile
 */
export async function launchWithExtension(extensionDir, { args = [], ...options } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', ...args,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    id: new URL(sw.url()).host,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
