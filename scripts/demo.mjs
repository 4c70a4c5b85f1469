#!/usr/bin/env node
// `npm run demo`: builds the Chromium extension, serves the saved reportultra article as
// https://reportultra.com/..., opens it in Chromium with ClaimLens and saves three screenshots:
//   page.png  the article with its claims highlighted (whole page)
//   card.png  the hover card open over a highlighted sentence
//   popup.png the popup (popup.html?tabId=N opened as a tab, 420x600)
// into demo-output/<timestamp>/, whose absolute path is the last line printed.
// Options: --keep-open (leave the browser open until Ctrl+C), --no-build (use the existing
// .output/chrome-mv3). Headed when DISPLAY is set, headless otherwise.
/* global CSS, chrome */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ARTICLE_URL, startFixtureServer } from './fixture-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = process.env.CLAIMLENS_CHROME_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
const keepOpen = process.argv.includes('--keep-open');
const build = !process.argv.includes('--no-build');

/** @param {string} message */
function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(CHROMIUM)) {
  fail(`${CHROMIUM} not found: apt-get install -y chromium (or set CLAIMLENS_CHROMIUM)`);
}
if (build) {
  console.log('demo: npx wxt build');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('the build failed (see above)');
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) fail(`${EXTENSION_DIR} has no build: run npx wxt build`);

const outDir = resolve(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(outDir, { recursive: true });
const server = await startFixtureServer();
const profile = mkdtempSync(join(tmpdir(), 'claimlens-demo-'));
const headless = !process.env.DISPLAY;
console.log(`demo: Chromium ${headless ? 'headless' : 'headed'}, article served from 127.0.0.1:${server.httpsPort}`);

const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless,
  ignoreHTTPSErrors: true,
  viewport: { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=MAP reportultra.com 127.0.0.1:${server.httpsPort}, MAP www.reportultra.com 127.0.0.1:${server.httpsPort}`,
  ],
});

async function shutdown() {
  await context.close().catch(() => {});
  await server.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

try {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(ARTICLE_URL);
  await page
    .waitForFunction(() => document.documentElement.dataset.claimlens === 'ready', null, { timeout: 15_000 })
    .catch(() => {
      throw new Error('the page never became ready (no data-claimlens="ready" within 15 s)');
    });
  const count = await page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name.startsWith('claimlens-')).reduce((n, [, h]) => n + h.size, 0),
  );
  console.log(`demo: ${count} sentences highlighted`);
  await page.screenshot({ path: join(outDir, 'page.png'), fullPage: true });

  // Hover the middle of the first highlighted sentence.
  const point = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const el = range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = [...range.getClientRects()].find((rc) => rc.width > 2 && rc.height > 2);
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!point) throw new Error('no highlighted sentence to hover');
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await page
    .waitForFunction(() => {
      const card = document.querySelector('claimlens-card');
      return !!card && !card.hidden && !!card.getAttribute('data-statement-id');
    }, null, { timeout: 5_000 })
    .catch(() => console.error('demo: the hover card did not appear; card.png shows the page under the mouse'));
  await page.waitForTimeout(300); // let the card finish its entrance
  await page.screenshot({ path: join(outDir, 'card.png') });

  const tabs = await worker.evaluate((url) => chrome.tabs.query({ url: `${url}*` }), ARTICLE_URL);
  const tabId = tabs[0]?.id;
  if (tabId === undefined) throw new Error('chrome.tabs.query found no tab with the article');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup
    .waitForSelector('[data-claimlens-popup] li[data-statement-id]', { timeout: 10_000 })
    .catch(() => console.error('demo: the popup listed no claims within 10 s'));
  await popup.screenshot({ path: join(outDir, 'popup.png') });
  await page.bringToFront();
} catch (error) {
  await shutdown();
  fail(error instanceof Error ? error.message : String(error));
}

if (keepOpen) {
  console.log('demo: browser left open; Ctrl+C to quit');
  process.on('SIGINT', () => shutdown().then(() => process.exit(0)));
  context.on('close', () => shutdown().then(() => process.exit(0)));
} else {
  await shutdown();
}
console.log(outDir);
