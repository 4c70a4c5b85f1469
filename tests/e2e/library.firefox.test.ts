/**
 * The import path in Firefox ESR: a ClaimReview file dropped on the library page is imported and
 * its claims are highlighted on a page; a truncated file changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGate } from './support/browsers';
import type { E2eBrowser, E2ePage } from './support/driver';
import { launchFirefoxWithExtension } from './support/firefox';
import { EXPECTED_VERDICTS, confirmImport, dropForReview, libraryFixture, openLibrary, paintedOnFixture } from './support/library-flow';
import { readDatabase } from './support/library-probes';
import { startFixtureServer, type FixtureServer } from './support/server';

const gate = browserGate('firefox');

describe.skipIf(gate.skip)('library import in firefox', () => {
  let server: FixtureServer | undefined;
  let browser: E2eBrowser | undefined;
  let page: E2ePage;

  beforeAll(async () => {
    gate.assertReady();
    server = await startFixtureServer();
    browser = await launchFirefoxWithExtension(server);
    page = await openLibrary(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a ClaimReview file and highlights its claims', async () => {
    const review = await dropForReview(page, 'claimreviews.json', libraryFixture('claimreviews.json'));
    expect(review).toMatchObject({ step: 'review', valid: 3, errors: 0 });
    expect(await confirmImport(page)).toMatch(/3 new statements/);
    const painted = await paintedOnFixture(browser!);
    const byText = Object.fromEntries(painted.map((p) => [p.text.trim(), p.verdict]));
    expect(byText).toMatchObject(EXPECTED_VERDICTS);
  });

  it('refuses a truncated file and writes nothing', async () => {
    const before = await page.evaluate(readDatabase, null);
    const text = libraryFixture('hostile.json');
    const state = await dropForReview(page, 'cut.json', text.slice(0, 200));
    expect(state?.error).toMatch(/not valid JSON.*Nothing was imported/);
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
  });
});
