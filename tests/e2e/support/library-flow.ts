/**
 * Steps the library e2e suites share: import a file through the library page, and read what the
 * content script painted on the fixture page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browsers';
import { pollPage, type E2eBrowser, type E2ePage } from './driver';
import { click, dropFile, importState } from './library-probes';
import { FORBIDDEN_SELECTORS, readPainted, waitForReady, type PaintedRange } from './page-probes';

/** The fixture page whose sentences tests/library/fixtures/claimreviews.json covers. */
export const LIBRARY_PAGE_URL = 'https://reportultra.com/pages/library-claims.html';

/** The sentences of the fixture page that tests/library/fixtures/claimreviews.json covers, and their verdicts. */
export const EXPECTED_VERDICTS: Record<string, string> = {
  'The Moon is made of green cheese according to NASA.': 'false',
  'Glacier Bay National Park received 4,200 visitors in January 2025.': 'mostly-true',
  'Tidewater City doubled its recycling rate between 2020 and 2024.': 'mixed',
};

/** A fixture file of tests/library/fixtures/. */
export function libraryFixture(name: string): string {
  return readFileSync(join(ROOT, 'tests/library/fixtures', name), 'utf8');
}

/** Opens the library page and waits for it to render. */
export async function openLibrary(browser: E2eBrowser): Promise<E2ePage> {
  const page = await browser.openExtensionPage('options.html');
  await pollPage(page, () => !!document.querySelector('[data-claimlens-library]'), null, 10_000, 'the library page to render');
  return page;
}

/**
 * Drops a file on the import tab and waits for the review step (or an error).
 * @returns the import panel's state at review, or with the error shown
 */
export async function dropForReview(page: E2ePage, name: string, text: string, type = 'application/json') {
  await page.evaluate(click, '[data-tab="import"]');
  await page.evaluate(click, '[data-import-done] button:not(.primary)'); // "Import another file"
  await pollPage(page, () => document.querySelector('section.import')?.getAttribute('data-import-step') === 'pick', null, 5_000, 'the import panel');
  await page.evaluate(dropFile, { name, text, type });
  return pollPage(page, importState, null, 30_000, 'the review step or an error').then(async () =>
    pollPage(page, () => {
      const s = document.querySelector<HTMLElement>('section.import');
      const step = s?.dataset.importStep;
      return step === 'review' || step === 'mapping' || (step === 'pick' && !!s?.querySelector('[data-import-error]')) ? step : null;
    }, null, 60_000, 'the review step or an error').then(() => page.evaluate(importState, null)),
  );
}

/** Clicks Import on the review step and waits for the done message. */
export async function confirmImport(page: E2ePage): Promise<string> {
  await page.evaluate(click, '.review button.primary');
  const done = await pollPage(page, () => {
    const s = document.querySelector<HTMLElement>('section.import');
    return s?.querySelector<HTMLElement>('[data-import-done]')?.innerText ?? s?.querySelector<HTMLElement>('[data-import-error]')?.innerText ?? null;
  }, null, 120_000, 'the import to finish');
  return done;
}

/** Opens the fixture page in a new tab and reads what ClaimLens painted. */
export async function paintedOnFixture(browser: E2eBrowser): Promise<PaintedRange[]> {
  const page = await browser.newPage();
  try {
    await page.goto(LIBRARY_PAGE_URL);
    await waitForReady(page, 15_000);
    return await page.evaluate(readPainted, FORBIDDEN_SELECTORS);
  } finally {
    await page.close();
  }
}
