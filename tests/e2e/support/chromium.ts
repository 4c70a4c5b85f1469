/**
 * Debian's Chromium driven by playwright-core over CDP, with or without the unpacked MV3 build
 * (.output/chrome-mv3). reportultra.com resolves to the local fixture server through
 * --host-resolver-rules; its self-signed certificate is accepted through ignoreHTTPSErrors.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH, packageVersion } from './browsers';
import type { E2eBrowser, E2ePage, PageFunction } from './driver';
import type { FixtureServer } from './server';

/** Flags both launches share (see docs: toolchain.md, "Chromium with the extension"). */
function baseArgs(httpsPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Every other host fails at once (saved real-world pages reference many; offline they would hang the load event).
    `--host-resolver-rules=MAP reportultra.com 127.0.0.1:${httpsPort}, MAP www.reportultra.com 127.0.0.1:${httpsPort}, MAP * ~NOTFOUND`,
  ];
}

/** Chromium with the extension loaded. */
export interface ChromiumExtensionSession extends E2eBrowser {
  context: BrowserContext;
  /** The extension id (host of its service worker URL). */
  extensionId: string;
  /** The extension's service worker; `serviceWorker.evaluate(...)` runs inside it. */
  serviceWorker: Worker;
}

/** Options for {@link launchChromiumWithExtension}. */
export interface ChromiumLaunchOptions {
  /** Default true. */
  headless?: boolean;
  /** Unpacked extension folder; default .output/chrome-mv3. */
  extensionDir?: string;
  /** How long to wait for the extension's service worker; default 15 s. */
  workerTimeoutMs?: number;
  /** Viewport size; default 1280x900. */
  viewport?: { width: number; height: number };
  /** More command-line switches (e.g. `--enable-unsafe-extension-debugging` for CDP `Extensions.*`). */
  extraArgs?: string[];
}

/**
 * Launches Chromium with the unpacked extension in a fresh profile.
 * @param server the running fixture server (its HTTPS port answers for reportultra.com)
 * @throws Error when the extension's service worker does not start within `workerTimeoutMs`
 */
export async function launchChromiumWithExtension(
  server: FixtureServer,
  options: ChromiumLaunchOptions = {},
): Promise<ChromiumExtensionSession> {
  const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...baseArgs(server.httpsPort), ...(options.extraArgs ?? [])],
  });
  try {
    const timeout = options.workerTimeoutMs ?? 15_000;
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        timeout,
        predicate: (w) => w.url().startsWith('chrome-extension://'),
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const version = await chromiumVersion(context);
    const session = wrapContext(context, `${version} via playwright-core ${packageVersion('playwright-core')} (CDP)`, async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    });
    return {
      ...session,
      context,
      extensionId,
      serviceWorker,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async openExtensionPage(path) {
        const page = await session.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw new Error(
      `Chromium started but the extension's service worker did not (is ${dir} a complete MV3 build?): ${String(error)}`,
    );
  }
}

/**
 * Launches Chromium without any extension, for baseline runs (what the page looks like untouched).
 * @param server the running fixture server
 */
export async function launchPlainChromium(server: FixtureServer, options: { headless?: boolean } = {}): Promise<E2eBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: baseArgs(server.httpsPort),
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
  const label = `Chromium ${browser.version()} via playwright-core ${packageVersion('playwright-core')} (CDP), no extension`;
  return wrapContext(context, label, () => browser.close());
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  return product.replace(/^(Headless)?Chrome\//, 'Chromium ');
}

function wrapContext(context: BrowserContext, label: string, close: () => Promise<void>): E2eBrowser {
  return {
    label,
    async newPage() {
      return wrapPage(await context.newPage());
    },
    extensionUrl() {
      throw new Error('This Chromium has no extension loaded');
    },
    async openExtensionPage() {
      throw new Error('This Chromium has no extension loaded');
    },
    close,
  };
}

/** Wraps a playwright page in the shared driver interface. */
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
      await page.screenshot({ path });
    },
    async setViewport(width, height) {
      await page.setViewportSize({ width, height });
    },
    async press(keys) {
      await page.keyboard.press(keys);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async setColorScheme(colorScheme) {
      await page.emulateMedia({ colorScheme });
    },
    readCardShadow: () => readCardShadow(page),
    async close() {
      await page.close();
    },
  };
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Reads the closed shadow root of the first `<claimlens-card>` through CDP
 * (`DOM.getDocument` with `pierce: true`, then `DOM.getOuterHTML`).
 * @returns its visible text (style/script text left out, whitespace collapsed) and HTML,
 *   or null when there is no card or it has no shadow root
 */
export async function readCardShadow(page: Page): Promise<{ text: string; html: string } | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === 'CLAIMLENS-CARD');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const parts: string[] = [];
    collectText(shadow, parts);
    const htmlParts = await Promise.all(
      (shadow.children ?? []).map(
        async (child) => ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML,
      ),
    );
    return { text: parts.join(' ').replace(/\s+/g, ' ').trim(), html: htmlParts.join('') };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

function collectText(node: CdpNode, out: string[]): void {
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT' || node.nodeName === 'TEMPLATE') return;
  if (node.nodeType === 3) out.push(node.nodeValue);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collectText(child, out);
}
