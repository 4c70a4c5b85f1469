/**
 * Smoke test for Debian's Chromium (playwright-core): the local reportultra.com answers through
 * --host-resolver-rules, and the built MV3 extension installs and starts its service worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGate, CHROME_EXTENSION_DIR, readManifest } from './support/browsers';
import { launchChromiumWithExtension, launchPlainChromium } from './support/chromium';
import { ARTICLE_URL, startFixtureServer, type FixtureServer } from './support/server';

type ChromeGlobal = { chrome: { runtime: { getManifest(): { name: string; version: string } } } };

let server: FixtureServer | undefined;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

const browserOnly = browserGate('chromium', { extension: false });
describe.skipIf(browserOnly.skip)('chromium harness', () => {
  it('loads https://reportultra.com/... from the local fixture server', async () => {
    browserOnly.assertReady();
    const browser = await launchPlainChromium(server!);
    console.log(`[e2e] chromium: ${browser.label}`);
    try {
      const page = await browser.newPage();
      await page.goto(ARTICLE_URL);
      const seen = await page.evaluate(() => ({ href: location.href, h1: document.querySelector('h1')?.textContent }), null);
      expect(seen.href).toBe(ARTICLE_URL);
      expect(seen.h1).toContain('no progress');
    } finally {
      await browser.close();
    }
  });
});

const gate = browserGate('chromium');
describe.skipIf(gate.skip)('chromium with ClaimLens', () => {
  it('installs the extension and starts its service worker', async () => {
    gate.assertReady();
    const session = await launchChromiumWithExtension(server!);
    console.log(`[e2e] chromium: ${session.label}, extension ${session.extensionId}`);
    try {
      expect(session.extensionId).toMatch(/^[a-p]{32}$/);
      const manifest = await session.serviceWorker.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest(),
      );
      const built = readManifest(CHROME_EXTENSION_DIR);
      expect(manifest.name).toBe(built.name);
      expect(manifest.version).toBe(built.version);
      expect(built.manifest_version).toBe(3);
    } finally {
      await session.close();
    }
  });
});
