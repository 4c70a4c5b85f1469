/** Hard cases that need a real browser, in Chromium; the assertions are in support/hard-cases.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.mjs';
import { browserGate, CHROME_EXTENSION_DIR } from './support/browsers';
import { collectConsole, fromClaimLens } from './support/console-errors';
import { launchChromiumWithExtension, type ChromiumExtensionSession } from './support/chromium';
import { defineHardCaseSuite } from './support/hard-cases';

defineHardCaseSuite('chromium', (server) => launchChromiumWithExtension(server));

const gate = browserGate('chromium');

/** Texts of the live `claimlens-*` ranges, and how many ranges there are in all. */
function painted(): { texts: string[]; ranges: number } {
  const texts: string[] = [];
  let ranges = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of h as unknown as Iterable<Range>) {
      ranges++;
      if (r.startContainer.isConnected) texts.push(r.toString());
    }
  }
  return { texts: texts.sort(), ranges };
}

describe.skipIf(gate.skip)('hard case 26 in chromium: the extension is reloaded while a page is open', () => {
  let server: FixtureServer | undefined;
  let session: ChromiumExtensionSession | undefined;

  beforeAll(async () => {
    gate.assertReady();
    server = await startFixtureServer();
    // CDP Extensions.loadUnpacked (reloading the unpacked build as an update would) needs this switch.
    session = await launchChromiumWithExtension(server, { extraArgs: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('stops the old content script cleanly, and the updated one paints the open page again without a reload: no errors, no duplicates', async () => {
    const { context } = session!;
    const page = await context.newPage();
    const log = await collectConsole(page);
    await page.goto('https://reportultra.com/pages/hard-table.html');
    await page.waitForFunction(() => document.documentElement.dataset.claimlens === 'ready');
    const before = await page.evaluate(painted);
    expect(before.texts.length).toBeGreaterThan(1);

    // Reload the extension from disk, as an update does (chrome.runtime.reload() would unload a
    // command-line-loaded extension for good). The updated background puts its script into the open
    // tab (runtime.onInstalled, reason "update"); the new instance drops what the orphaned one
    // painted, and the orphan stops itself within its liveness period.
    await page.evaluate(() => (document.documentElement.dataset.claimlens = 'before-update'));
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_EXTENSION_DIR } as never);
    await cdp.detach();
    await page.waitForFunction(() => document.documentElement.dataset.claimlens === 'ready', null, { timeout: 15_000 });
    // Past the orphan's liveness period: a page mutation must not wake it (it would throw
    // "Extension context invalidated").
    await page.waitForTimeout(2500);
    await page.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>An aside with no claim.</p>'));
    await page.waitForTimeout(1000);
    const after = await page.evaluate(painted);
    expect(after.texts).toEqual(before.texts);
    expect(after.ranges).toBe(before.texts.length);

    await page.evaluate(() =>
      document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Since Russia’s 2022 invasion, hundreds of thousands have died, with recent months seeing intensified fighting in Kharkiv and Donetsk.</p>'),
    );
    await page.waitForFunction((n) => {
      let count = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('claimlens-')) count += (h as unknown as Set<Range>).size;
      return count === n;
    }, before.texts.length + 1, { timeout: 5_000 });
    await page.waitForTimeout(500);
    const last = await page.evaluate(painted);
    expect(last.ranges).toBe(before.texts.length + 1);
    expect(fromClaimLens(log.entries)).toEqual([]);
    await log.stop();
    await page.close();
  });
});
