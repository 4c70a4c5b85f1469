/**
 * Smoke test for Firefox ESR (puppeteer-core, WebDriver BiDi): the local reportultra.com answers
 * through the fixture server's CONNECT proxy, and the built add-on installs with its pinned
 * moz-extension:// origin and a running background page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGate, FIREFOX_EXTENSION_DIR, readManifest } from './support/browsers';
import { FIREFOX_EXTENSION_UUID, launchFirefoxWithExtension, launchPlainFirefox } from './support/firefox';
import { ARTICLE_URL, startFixtureServer, type FixtureServer } from './support/server';

type BrowserGlobal = {
  browser: { runtime: { getManifest(): { name: string; version: string }; getBackgroundPage(): Promise<unknown> } };
};

let server: FixtureServer | undefined;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

const browserOnly = browserGate('firefox', { extension: false });
describe.skipIf(browserOnly.skip)('firefox harness', () => {
  it('loads https://reportultra.com/... through the CONNECT proxy', async () => {
    browserOnly.assertReady();
    const browser = await launchPlainFirefox(server!);
    console.log(`[e2e] firefox: ${browser.label}`);
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

const gate = browserGate('firefox');
describe.skipIf(gate.skip)('firefox with ClaimLens', () => {
  it('installs the add-on at its pinned moz-extension:// origin with a running background page', async () => {
    gate.assertReady();
    const session = await launchFirefoxWithExtension(server!);
    console.log(`[e2e] firefox: ${session.label}, add-on ${session.addonId}`);
    try {
      const page = await session.openExtensionPage('popup.html');
      const seen = await page.evaluate(async () => {
        const { runtime } = (globalThis as unknown as BrowserGlobal).browser;
        return { origin: location.origin, manifest: runtime.getManifest(), background: !!(await runtime.getBackgroundPage()) };
      }, null);
      const built = readManifest(FIREFOX_EXTENSION_DIR);
      expect(seen.origin).toBe(`moz-extension://${FIREFOX_EXTENSION_UUID}`);
      expect(seen.manifest.name).toBe(built.name);
      expect(seen.manifest.version).toBe(built.version);
      expect(seen.background).toBe(true);
    } finally {
      await session.close();
    }
  });
});
