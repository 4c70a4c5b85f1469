/** Hard cases that need a real browser, in Firefox; the assertions are in support/hard-cases.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.mjs';
import { browserGate, FIREFOX_EXTENSION_DIR } from './support/browsers';
import { launchFirefoxWithExtension, type FirefoxExtensionSession } from './support/firefox';
import { defineHardCaseSuite } from './support/hard-cases';

defineHardCaseSuite('firefox', (server) => launchFirefoxWithExtension(server));

const gate = browserGate('firefox');

/** How many `claimlens-*` ranges are registered, and the live ones' texts. */
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

describe.skipIf(gate.skip)('hard case 26 in firefox: the add-on is reinstalled while a page is open', () => {
  let server: FixtureServer | undefined;
  let session: FirefoxExtensionSession | undefined;

  beforeAll(async () => {
    gate.assertReady();
    server = await startFixtureServer();
    session = await launchFirefoxWithExtension(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the new content script replaces the old one: no duplicates, no errors, later content painted once', async () => {
    const page = await session!.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('https://reportultra.com/pages/hard-table.html');
    await page.waitForFunction(() => document.documentElement.dataset.claimlens === 'ready');
    const before = await page.evaluate(painted);
    expect(before.texts.length).toBeGreaterThan(1);
    await page.evaluate(() => delete document.documentElement.dataset.claimlens);

    await session!.browser.installExtension(FIREFOX_EXTENSION_DIR); // same id: an in-place update
    await page.waitForFunction(() => document.documentElement.dataset.claimlens === 'ready', { timeout: 15_000 });
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
    }, { timeout: 5_000 }, before.texts.length + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect((await page.evaluate(painted)).ranges).toBe(before.texts.length + 1);
    expect(errors.filter((e) => /claimlens|extension/i.test(e))).toEqual([]);
    await page.close();
  });
});
