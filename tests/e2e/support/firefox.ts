/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with or without the temporary add-on
 * (.output/firefox-mv2). Firefox cannot map a host name to a port, so every request goes through
 * the fixture server's CONNECT proxy, which tunnels it to the local reportultra.com.
 */
import { basename } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, packageVersion, readManifest } from './browsers';
import type { E2eBrowser, E2ePage, PageFunction } from './driver';
import type { FixtureServer } from './server';

/** Pinned moz-extension:// host, so extension page URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = '6f0b8c2e-3a41-4d7e-9c55-2b1f8a7d4e10';
/** Fallback add-on id when the manifest has none (it should: wxt.config.ts sets it). */
const DEFAULT_GECKO_ID = 'claimlens@claimlens.app';

/** Firefox with the extension installed. */
export interface FirefoxExtensionSession extends E2eBrowser {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** `moz-extension://<FIREFOX_EXTENSION_UUID>` */
  origin: string;
}

function proxyPrefs(server: FixtureServer): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': server.proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': server.proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

async function launch(server: FixtureServer, extraPrefs: Record<string, unknown>, headless: boolean): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...proxyPrefs(server), ...extraPrefs },
  });
}

async function label(browser: Browser, suffix = ''): Promise<string> {
  const raw = await browser.version(); // e.g. "firefox/153.8.0esr"
  const version = raw.replace(/^firefox\//i, '');
  const name = /esr/i.test(version) || /esr/i.test(basename(FIREFOX_PATH)) ? 'Firefox ESR' : 'Firefox';
  return `${name} ${version} via puppeteer-core ${packageVersion('puppeteer-core')} (WebDriver BiDi)${suffix}`;
}

/**
 * Launches Firefox through the fixture proxy and installs the extension as a temporary add-on.
 * @param server the running fixture server
 * @param options.extensionDir default .output/firefox-mv2
 */
export async function launchFirefoxWithExtension(
  server: FixtureServer,
  options: { extensionDir?: string; headless?: boolean } = {},
): Promise<FirefoxExtensionSession> {
  const dir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const addonId = readManifest(dir).browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
  const browser = await launch(
    server,
    { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }) },
    options.headless ?? true,
  );
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox refused the add-on in ${dir}: ${String(error)}`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const session = wrapBrowser(browser, await label(browser));
  return {
    ...session,
    browser,
    addonId,
    origin,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const raw = await browser.newPage();
      const url = `${origin}/${path.replace(/^\//, '')}`;
      await gotoExtensionPage(raw, url);
      return wrapPage(raw);
    },
  };
}

/**
 * Opens a moz-extension:// URL. The BiDi load event never arrives for these pages (toolchain.md),
 * so the navigation is started without waiting for it and the document is polled instead.
 * @throws Error when the document has not loaded within `timeoutMs`
 */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  void page.goto(url, { timeout: timeoutMs + 5_000 }).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`);
      last = state;
      if (state === `complete ${url}`) return;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`Firefox did not load ${url} within ${timeoutMs} ms (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Launches Firefox through the fixture proxy without any add-on (baseline runs).
 * @param server the running fixture server
 */
export async function launchPlainFirefox(server: FixtureServer, options: { headless?: boolean } = {}): Promise<E2eBrowser> {
  const browser = await launch(server, {}, options.headless ?? true);
  return wrapBrowser(browser, await label(browser, ', no extension'));
}

function wrapBrowser(browser: Browser, browserLabel: string): E2eBrowser {
  return {
    label: browserLabel,
    async newPage() {
      return wrapPage(await browser.newPage());
    },
    extensionUrl() {
      throw new Error('This Firefox has no extension installed');
    },
    async openExtensionPage() {
      throw new Error('This Firefox has no extension installed');
    },
    async close() {
      await browser.close();
    },
  };
}

/** Wraps a puppeteer page in the shared driver interface. */
export function wrapPage(page: Page): E2ePage {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
      // The driver's own generics (handles, unboxing) add nothing here: arguments and results are plain JSON.
      return (page.evaluate as unknown as (f: PageFunction<A, R>, a: A) => Promise<R>).call(page, fn, arg);
    },
    async mouseMove(x, y, steps = 5) {
      await page.mouse.move(x, y, { steps });
    },
    async mouseClick(x, y) {
      await page.mouse.click(x, y);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async press(keys) {
      // puppeteer has no chords: hold the modifiers, press the key, release in reverse order.
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async close() {
      await page.close();
    },
  };
}
