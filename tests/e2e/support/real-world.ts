/**
 * Real news pages (tests/fixtures/real-world/, Mozilla Readability's test pages) with the extension:
 * no ClaimLens console error, no layout change against a run without the extension, and ClaimLens
 * reading the article (its extraction compared with Readability's `<name>.article.html`).
 * Shared by the Chromium and Firefox suites.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_WORLD_DIR, startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { browserGate, type BrowserKind } from './browsers';
import type { E2eBrowser, E2ePage, PageFunction } from './driver';
import { extractInPage } from './extract-bundle';
import { waitForReady } from './page-probes';

/** Page names: every `<name>.html` with a `<name>.article.html` beside it. */
export const REAL_WORLD_PAGES = existsSync(REAL_WORLD_DIR)
  ? readdirSync(REAL_WORLD_DIR)
      .filter((f) => f.endsWith('.article.html'))
      .map((f) => f.slice(0, -'.article.html'.length))
      .sort()
  : [];

/** Words (letters or digits, lower-cased) of a text, for the overlap measure. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Word-multiset overlap of what ClaimLens read with the reference article text.
 * @returns precision (share of the read words that are article words), recall (share of the article
 *   read) and F1, each 0..1; word counts of both sides
 */
export function overlap(read: string[], article: string[]): { precision: number; recall: number; f1: number; read: number; article: number } {
  const counts = new Map<string, number>();
  for (const w of article) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of read) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  const precision = read.length ? common / read.length : 0;
  const recall = article.length ? common / article.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, read: read.length, article: article.length };
}

/** The text of Readability's article body, text nodes joined by spaces. */
export function articleText(name: string): string {
  const win = new Window();
  win.document.body.innerHTML = readFileSync(join(REAL_WORLD_DIR, `${name}.article.html`), 'utf8');
  const walker = win.document.createTreeWalker(win.document.body, 4);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as unknown as Text).data);
  void win.happyDOM.close();
  return parts.join(' ');
}

/** Element boxes (tag and rounded box) of everything in the body, in document order. */
export const boxes: PageFunction<null, string[]> = () =>
  Array.from(document.querySelectorAll('body *')).map((el) => {
    const r = el.getBoundingClientRect();
    return `${el.tagName} ${[r.x, r.y, r.width, r.height].map((v) => Math.round(v)).join(',')}`;
  });

/** A browser with the extension and a way to read ClaimLens's console errors so far. */
export interface RealWorldBrowser {
  browser: E2eBrowser;
  /** Console errors, warnings and exceptions from ClaimLens since launch. */
  claimLensErrors(): string[];
}

/** Figures per page, for docs/real-world.md. */
export const REAL_WORLD_FIGURES: Array<{ kind: BrowserKind; name: string; precision: number; recall: number; f1: number; read: number; article: number; scanMs: number | null }> = [];

const SETTLE_MS = 800;

/**
 * Defines the real-world suite for one browser.
 * @param launch starts the browser with the extension (and its console watch)
 * @param launchPlain starts the same browser without the extension (the layout baseline)
 */
export function defineRealWorldSuite(
  kind: BrowserKind,
  launch: (server: FixtureServer) => Promise<RealWorldBrowser>,
  launchPlain: (server: FixtureServer) => Promise<E2eBrowser>,
): void {
  const gate = browserGate(kind);
  describe.skipIf(gate.skip)(`real-world pages in ${kind}`, () => {
    let server: FixtureServer | undefined;
    let withExt: RealWorldBrowser | undefined;
    let plain: E2eBrowser | undefined;
    let extract: (arg: null) => string[];

    beforeAll(async () => {
      gate.assertReady();
      expect(REAL_WORLD_PAGES.length, `no pages in ${REAL_WORLD_DIR}`).toBeGreaterThan(10);
      server = await startFixtureServer();
      [withExt, plain, extract] = await Promise.all([launch(server), launchPlain(server), extractInPage()]);
    });
    afterAll(async () => {
      await withExt?.browser.close();
      await plain?.close();
      await server?.close();
      const rows = REAL_WORLD_FIGURES.filter((f) => f.kind === kind);
      if (rows.length) {
        console.log(`[e2e] ${kind}: article overlap (words; precision = read words that are article words, recall = article words read)`);
        for (const r of rows) {
          console.log(
            `[e2e]   ${r.name.padEnd(12)} precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}` +
              `  (${r.read} words read, ${r.article} in the article; scan ${r.scanMs?.toFixed(0) ?? '?'} ms)`,
          );
        }
      }
    });

    async function load(browser: E2eBrowser, name: string, ready: boolean): Promise<{ page: E2ePage; scanMs: number | null }> {
      const page = await browser.newPage();
      await page.goto(`https://reportultra.com/real-world/${name}.html`);
      const scanMs = ready ? await waitForReady(page, 30_000) : null;
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      return { page, scanMs };
    }

    for (const name of REAL_WORLD_PAGES) {
      it(`${name}: no ClaimLens error, layout unchanged, reads the article`, async () => {
        const errorsBefore = withExt!.claimLensErrors().length;
        const [bare, ext] = await Promise.all([load(plain!, name, false), load(withExt!.browser, name, true)]);
        const [baseline, after] = await Promise.all([bare.page.evaluate(boxes, null), ext.page.evaluate(boxes, null)]);
        const read = await ext.page.evaluate(extract, null);
        await Promise.all([bare.page.close(), ext.page.close()]);

        const figures = overlap(words(read.join(' ')), words(articleText(name)));
        REAL_WORLD_FIGURES.push({ kind, name, ...figures, scanMs: ext.scanMs });
        expect(withExt!.claimLensErrors().slice(errorsBefore)).toEqual([]);
        const changed = after.map((b, i) => (b === baseline[i] ? null : `${baseline[i]} -> ${b}`)).filter(Boolean);
        expect(after.length, 'element count with and without the extension').toBe(baseline.length);
        expect(changed.slice(0, 5)).toEqual([]);
        // A floor, not a target: below it ClaimLens would be reading mostly something else.
        expect(figures.precision, `${name}: most words ClaimLens reads should be article words`).toBeGreaterThan(0.5);
      });
    }
  });
}
