/**
 * The library page in Chromium: import a ClaimReview file by drag and drop and see its claims
 * highlighted; hostile and broken files; export a backup, delete all data, import the backup and
 * get the same database back.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGate, RESULTS_DIR } from './support/browsers';
import { launchChromiumWithExtension, type ChromiumExtensionSession } from './support/chromium';
import { pollPage, type E2ePage } from './support/driver';
import { EXPECTED_VERDICTS, LIBRARY_PAGE_URL, confirmImport, dropForReview, libraryFixture, openLibrary, paintedOnFixture } from './support/library-flow';
import { noteTexts, notesReady } from './support/annotation-probes';
import { click, dropFile, importState, readDatabase, typeInto } from './support/library-probes';
import { FORBIDDEN_SELECTORS, findTabIds, readPainted, waitForReady, type PaintedRange } from './support/page-probes';
import { startFixtureServer, type FixtureServer } from './support/server';

const gate = browserGate('chromium');

describe.skipIf(gate.skip)('library page in chromium', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumExtensionSession | undefined;
  let page: E2ePage;
  let raw: Page;

  beforeAll(async () => {
    gate.assertReady();
    mkdirSync(RESULTS_DIR, { recursive: true });
    server = await startFixtureServer();
    browser = await launchChromiumWithExtension(server);
    page = await openLibrary(browser);
    raw = browser.context.pages().find((p) => p.url().endsWith('/options.html'))!;
    // Any alert() from imported markup would be recorded here.
    await page.evaluate(() => {
      (window as unknown as { alerts: unknown[] }).alerts = [];
      window.alert = (m?: unknown) => void (window as unknown as { alerts: unknown[] }).alerts.push(m);
    }, null);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a ClaimReview file dropped on the import tab; its claims are highlighted on a page, an open one too', async () => {
    const open = await browser!.newPage();
    await open.goto(LIBRARY_PAGE_URL);
    await waitForReady(open, 15_000);
    const byText = (painted: PaintedRange[]) => Object.fromEntries(painted.map((p) => [p.text.trim(), p.verdict]));
    expect(Object.keys(byText(await open.evaluate(readPainted, FORBIDDEN_SELECTORS)))).not.toContain(Object.keys(EXPECTED_VERDICTS)[0]);

    const review = await dropForReview(page, 'claimreviews.json', libraryFixture('claimreviews.json'));
    expect(review).toMatchObject({ step: 'review', valid: 3, errors: 0 });
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-review.png'));
    expect(await confirmImport(page)).toMatch(/3 new statements/);
    const painted = await paintedOnFixture(browser!);
    expect(byText(painted)).toMatchObject(EXPECTED_VERDICTS);
    expect(painted.some((p) => p.text.includes('weather'))).toBe(false);
    // The page that was open during the import is matched again without a reload.
    const first = Object.keys(EXPECTED_VERDICTS)[0]!;
    const again = await pollPage(open, (args) => {
      const hit = [...CSS.highlights].some(([name, h]) => name.startsWith('claimlens-') && [...(h as unknown as Set<Range>)].some((r) => r.toString().trim() === args.first));
      return hit ? true : null;
    }, { first }, 10_000, 'the imported claim on the page that was open');
    expect(again).toBe(true);
    expect(byText(await open.evaluate(readPainted, FORBIDDEN_SELECTORS))).toMatchObject(EXPECTED_VERDICTS);
    await open.close();
  });

  it("imports another tool's W3C Web Annotations; the note is listed and anchors on its page like a note made there", async () => {
    const review = await dropForReview(page, 'annotations.jsonld', libraryFixture('annotations.jsonld'), 'application/ld+json');
    expect(review).toMatchObject({ step: 'review', valid: 1, errors: 0 });
    expect(await confirmImport(page)).toMatch(/1 note\b/);
    const [note] = (await page.evaluate(readDatabase, null)).annotations as Array<Record<string, unknown>>;
    expect(note).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', url: LIBRARY_PAGE_URL, body: { verdict: 'unproven', tags: ['weather'] } });
    const article = await browser!.newPage();
    try {
      await article.goto(LIBRARY_PAGE_URL);
      await waitForReady(article, 15_000);
      await pollPage(article, notesReady, null, 10_000, 'data-claimlens-notes="ready"');
      expect(await article.evaluate(noteTexts, null)).toEqual(['talks about the weather on Wednesday']);
    } finally {
      await article.close();
    }
    await page.evaluate(click, '[data-tab="library"]');
    await pollPage(page, () => !!document.querySelector('input[name="q"]'), null, 5_000, 'the search box');
    await page.evaluate(typeInto, { selector: 'input[name="q"]', value: 'weather records' });
    await pollPage(page, () => !!document.querySelector('button.row[data-note-id]'), null, 5_000, 'the note in the list');
    await page.evaluate(click, 'button.row[data-note-id]');
    const detail = await pollPage(page, () => document.querySelector<HTMLElement>('aside.detail[aria-label="Note"]')?.innerText ?? null, null, 5_000, 'the note');
    expect(detail).toContain('“talks about the weather on Wednesday”');
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-note.png'));
    await page.evaluate(typeInto, { selector: 'input[name="q"]', value: '' });
  });

  it('popup: "Save this fact-check" on a page with ClaimReview markup saves it only when asked', async () => {
    const article = await browser!.newPage();
    await article.goto(LIBRARY_PAGE_URL);
    const probe = await browser!.openExtensionPage('popup.html');
    const [tabId] = await probe.evaluate(findTabIds, { prefix: LIBRARY_PAGE_URL, api: 'chrome' });
    await probe.close();
    const popup = await browser!.openExtensionPage(`popup.html?tabId=${tabId}`);
    await pollPage(popup, () => !!document.querySelector('[data-capture]'), null, 10_000, 'the capture button');
    const captured = () => page.evaluate(readDatabase, null).then((db) => (db.statements as Array<{ origin: string; text: string }>).filter((s) => s.origin === 'captured'));
    expect(await captured()).toEqual([]);
    await popup.evaluate(click, '[data-capture]');
    await pollPage(popup, () => /Saved 1 fact-check/.test(document.querySelector('.notice')?.textContent ?? ''), null, 10_000, 'saved');
    expect((await captured()).map((s) => s.text)).toEqual(['The harbour ferry carried two million passengers in 2024.']);
    await popup.close();
    await article.close();
  });

  it('imports the same file again as merged duplicates, not new rows', async () => {
    const before = (await page.evaluate(readDatabase, null)).statements!.length;
    await dropForReview(page, 'claimreviews.json', libraryFixture('claimreviews.json'));
    expect(await confirmImport(page)).toMatch(/0 new statements, 3 duplicates merged/);
    expect((await page.evaluate(readDatabase, null)).statements).toHaveLength(before);
  });

  it('truncated JSON: a clear message and nothing written', async () => {
    const before = await page.evaluate(readDatabase, null);
    const text = libraryFixture('claimreviews.json');
    const state = await dropForReview(page, 'cut.json', text.slice(0, Math.floor(text.length * 0.6)));
    expect(state?.error).toMatch(/"cut\.json" is not valid JSON .*cut off.*Nothing was imported/);
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
  });

  it('a 50 MB file: refused with the size and the limit, nothing written', async () => {
    const before = await page.evaluate(readDatabase, null);
    await page.evaluate(click, '[data-tab="import"]');
    await page.evaluate(dropFile, { name: 'huge.json', text: '', type: 'application/json', size: 50 * 1024 * 1024 });
    const error = await pollPage(page, () => document.querySelector<HTMLElement>('[data-import-error]')?.innerText ?? null, null, 10_000, 'the size error');
    expect(error).toMatch(/"huge\.json" is 50\.0 MB; ClaimLens imports files up to 40\.0 MB/);
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
  });

  it('CSV with a BOM, semicolons and quoted newlines goes through the column mapping', async () => {
    const state = await dropForReview(page, 'semicolons.csv', libraryFixture('semicolons.csv'), 'text/csv');
    expect(state?.step).toBe('mapping');
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-csv-mapping.png'));
    await page.evaluate(click, '.mapping button[type="submit"]');
    const review = await pollPage(page, importState, null, 10_000, 'review').then(() =>
      pollPage(page, () => (document.querySelector('.review') ? true : null), null, 10_000, 'the review step'),
    );
    expect(review).toBe(true);
    expect(await page.evaluate(importState, null)).toMatchObject({ valid: 2, errors: 1 });
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.issues.error')!.innerText, null)).toMatch(/3\s+column "claim"\s+is missing/);
    expect(await confirmImport(page)).toMatch(/2 new statements/);
  });

  it('hostile file: per-row report; markup shows as text, no script runs, the javascript: link is not clickable', async () => {
    const state = await dropForReview(page, 'hostile.json', libraryFixture('hostile.json'));
    expect(state).toMatchObject({ step: 'review', valid: 2, errors: 2 });
    expect(state?.text).toMatch(/2\s+claimReviewed\s+must be text/);
    expect(state?.text).toMatch(/"Three Bananas" is not on a known rating scale/);
    expect(state?.text).toMatch(/url\s+is not an http\(s\) link; it was left out/);
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-hostile-review.png'));
    expect(await confirmImport(page)).toMatch(/2 new statements/);

    await page.evaluate(click, '[data-tab="library"]');
    await pollPage(page, () => !!document.querySelector('input[name="q"]'), null, 5_000, 'the search box');
    await page.evaluate(typeInto, { selector: 'input[name="q"]', value: 'harbour bridge' });
    await pollPage(page, () => document.querySelector('[data-total]')?.getAttribute('data-total') === '1' && !!document.querySelector('button.row'), null, 5_000, 'one search hit');
    await page.evaluate(click, 'button.row');
    const detail = await pollPage(page, () => document.querySelector<HTMLElement>('aside.detail')?.innerText ?? null, null, 5_000, 'the detail pane');
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-hostile-detail.png'));
    expect(detail).toContain('<img src=x onerror=alert(1)> The toll did not change.');
    expect(detail).toContain('<b>Bold Reviewer</b>');
    const dom = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('main b').length,
      unsafeLinks: Array.from(document.querySelectorAll('a')).filter((a) => !/^https?:/.test(a.href)).length,
      alerts: (window as unknown as { alerts: unknown[] }).alerts.length,
    }), null);
    expect(dom).toEqual({ imgs: 0, bold: 0, unsafeLinks: 0, alerts: 0 });
  });

  it('export the backup, delete all data, import the backup: the database is identical', async () => {
    await page.evaluate(click, '[data-tab="settings"]');
    await pollPage(page, () => !!document.querySelector('input[name="showCheckworthy"]'), null, 5_000, 'settings');
    await page.evaluate(click, 'input[name="showCheckworthy"]');
    await pollPage(page, () => !!document.querySelector('[data-settings-status]'), null, 5_000, 'the setting to save');
    const before = await page.evaluate(readDatabase, null);
    expect(before.statements!.length).toBeGreaterThan(27);
    expect(before.annotations).toHaveLength(1); // the imported note goes through the backup too

    await page.evaluate(click, '[data-tab="export"]');
    await pollPage(page, () => !!document.querySelector('[data-export="backup"]'), null, 5_000, 'export');
    const [download] = await Promise.all([raw.waitForEvent('download'), page.evaluate(click, '[data-export="backup"]')]);
    const backupText = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^claimlens-\d{4}-\d{2}-\d{2}-claimlens-backup\.json$/);

    await page.evaluate(click, '[data-tab="settings"]');
    await pollPage(page, () => !!document.querySelector('input[name="confirmDelete"]'), null, 5_000, 'settings');
    await page.evaluate(typeInto, { selector: 'input[name="confirmDelete"]', value: 'delete all' });
    await page.evaluate(click, '.danger-zone button[type="submit"]');
    await pollPage(page, () => /Deleted all data/.test(document.querySelector('[data-settings-status]')?.textContent ?? ''), null, 10_000, 'delete all');
    expect(await page.evaluate(readDatabase, null)).toEqual({ statements: [], annotations: [], packs: [], trash: [] });
    expect(await page.evaluate(() => (document.querySelector('input[name="showCheckworthy"]') as HTMLInputElement).checked, null)).toBe(false);
    // The empty library offers the way back to the starter pack.
    await page.evaluate(click, '[data-tab="library"]');
    await pollPage(page, () => !!document.querySelector('.empty-state [data-add-starter]'), null, 5_000, 'the empty library with "Add the starter pack"');

    const review = await dropForReview(page, 'backup.json', backupText);
    expect(review).toMatchObject({ step: 'review', valid: before.statements!.length + before.annotations!.length, errors: 0 });
    await confirmImport(page);
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
    await page.evaluate(click, '[data-tab="settings"]');
    const restored = await pollPage(page, () => (document.querySelector('input[name="showCheckworthy"]') as HTMLInputElement | null)?.checked ?? null, null, 5_000, 'settings');
    expect(restored).toBe(true);
  });

  it('deletes a statement and undoes it', async () => {
    await page.evaluate(click, '[data-tab="library"]');
    await pollPage(page, () => !!document.querySelector('button.row[data-statement-id]'), null, 5_000, 'rows');
    const before = await page.evaluate(readDatabase, null);
    await page.evaluate(click, 'button.row[data-statement-id]');
    await pollPage(page, () => !!document.querySelector('aside.detail button.danger'), null, 5_000, 'detail');
    await page.evaluate(click, 'aside.detail button.danger');
    await pollPage(page, () => !!document.querySelector('[data-undo]'), null, 5_000, 'the undo offer');
    expect((await page.evaluate(readDatabase, null)).statements).toHaveLength(before.statements!.length - 1);
    await page.screenshot(join(RESULTS_DIR, 'chromium-library-undo.png'));
    await page.evaluate(click, '[data-undo]');
    await pollPage(page, () => /Restored/.test(document.querySelector('.toast')?.textContent ?? ''), null, 5_000, 'restored');
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
  });

  it('deletes a pack into the trash and its Undo brings every record back: the database is identical', async () => {
    await page.evaluate(click, '[data-tab="library"]');
    const before = await page.evaluate(readDatabase, null);
    const starter = before.statements!.filter((s) => (s as { packId?: string }).packId === 'starter').length;
    expect(starter).toBeGreaterThan(10);
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[name="source"]')!;
      select.value = 'pack:starter';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await pollPage(page, () => [...document.querySelectorAll('button.danger')].find((b) => /Delete pack/.test(b.textContent ?? '')) ? true : null, null, 5_000, 'the Delete pack button');
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('button.danger')].find((b) => /Delete pack/.test(b.textContent ?? ''))!.click(), null);
    await pollPage(page, () => !!document.querySelector('[data-undo]') || null, null, 10_000, 'the undo offer');
    expect(await page.evaluate(() => document.querySelector('.toast')?.textContent ?? '', null)).toContain(`(${starter} statements)`);
    const deleted = await page.evaluate(readDatabase, null);
    expect(deleted.statements).toHaveLength(before.statements!.length - starter);
    expect(deleted.trash, 'the removed records wait in the trash, with what they are').toHaveLength(2);
    await page.evaluate(click, '[data-undo]');
    await pollPage(page, () => /Restored/.test(document.querySelector('.toast')?.textContent ?? '') || null, null, 10_000, 'restored');
    expect(await page.evaluate(readDatabase, null)).toEqual(before);
  });
});
