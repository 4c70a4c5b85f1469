/**
 * Dynamic pages (hard cases 12-14): late content, a virtual-DOM re-render that replaces nodes, and
 * SPA navigation. Shared by the Chromium and Firefox suites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { browserGate, type BrowserKind } from './browsers';
import type { E2eBrowser, E2ePage, PageFunction } from './driver';
import { waitForReady } from './page-probes';

const BASE = 'https://reportultra.com/pages/';

interface Snapshot {
  texts: string[];
  /** Ranges whose start node has left the document (stale highlights). */
  stale: number;
}

const snapshot: PageFunction<null, Snapshot> = () => {
  const texts: string[] = [];
  let stale = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of highlight as unknown as Iterable<Range>) {
      if (!r.startContainer.isConnected) stale++;
      else texts.push(r.toString());
    }
  }
  return { texts: texts.sort(), stale };
};

/** Runs `action` (a click) in the page and times, in the page, until `count` fresh highlights exist. */
const clickAndTime: PageFunction<{ selector: string; count: number; includes: string }, number> = ({ selector, count, includes }) =>
  new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    (document.querySelector(selector) as HTMLElement).click();
    const check = () => {
      const texts: string[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('claimlens-')) continue;
        for (const r of h as unknown as Iterable<Range>) if (r.startContainer.isConnected) texts.push(r.toString());
      }
      if (texts.length === count && texts.some((t) => t.includes(includes))) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 10_000) reject(new Error(`after 10 s: ${JSON.stringify(texts)}`));
      else setTimeout(check, 20);
    };
    check();
  });

/**
 * Defines the dynamic-page suite for one browser.
 * @param launch starts the browser with the extension
 */
export function defineDynamicSuite(kind: BrowserKind, launch: (server: FixtureServer) => Promise<E2eBrowser>): void {
  const gate = browserGate(kind);
  describe.skipIf(gate.skip)(`dynamic pages in ${kind}`, () => {
    let server: FixtureServer | undefined;
    let browser: E2eBrowser | undefined;
    let page: E2ePage;

    beforeAll(async () => {
      gate.assertReady();
      server = await startFixtureServer();
      browser = await launch(server);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(file: string): Promise<Snapshot> {
      page = await browser!.newPage();
      await page.goto(BASE + file);
      await waitForReady(page, 15_000);
      return page.evaluate(snapshot, null);
    }

    it('highlights content that arrives later (infinite scroll), once', async () => {
      const first = await open('dynamic-infinite.html');
      expect(first.texts).toHaveLength(1);
      const ms = await page.evaluate(clickAndTime, { selector: '#more', count: 2, includes: 'drone attack on Kyiv' });
      console.log(`[e2e] ${kind}: late content highlighted ${ms.toFixed(0)} ms after it arrived`);
      const after = await page.evaluate(snapshot, null);
      expect(after.texts).toHaveLength(2);
      expect(new Set(after.texts).size).toBe(2);
      expect(after.stale).toBe(0);
      await page.close();
    });

    it('brings highlights back after a virtual-DOM re-render replaced the nodes, with none stale', async () => {
      const first = await open('dynamic-rerender.html');
      expect(first.texts).toEqual([expect.stringContaining('hundreds of thousands have died')]);
      const ms = await page.evaluate(clickAndTime, { selector: '#rerender', count: 2, includes: 'Istanbul' });
      console.log(`[e2e] ${kind}: re-rendered article highlighted again ${ms.toFixed(0)} ms after the render`);
      const after = await page.evaluate(snapshot, null);
      expect(after.stale).toBe(0);
      expect(after.texts).toHaveLength(2);
      await page.close();
    });

    it('clears old highlights and scans the new story after history.pushState', async () => {
      const first = await open('dynamic-spa.html');
      expect(first.texts).toEqual([expect.stringContaining('500% tariffs')]);
      const ms = await page.evaluate(clickAndTime, { selector: '#next', count: 1, includes: 'a fifth of Ukrainian territory' });
      console.log(`[e2e] ${kind}: new story highlighted ${ms.toFixed(0)} ms after pushState`);
      const after = await page.evaluate(snapshot, null);
      expect(after.texts.join(' ')).not.toContain('500%');
      expect(after.stale).toBe(0);
      await page.close();
    });

    /** Sends a message to the background from an extension page, as the library page does. */
    async function fromLibrary<T>(type: string, data: unknown): Promise<T> {
      const ext = await browser!.openExtensionPage('options.html');
      try {
        const reply = await ext.evaluate(
          ({ api, msg }) => (globalThis as unknown as Record<string, { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> } }>)[api]!.runtime.sendMessage(msg),
          { api: kind === 'chromium' ? 'chrome' : 'browser', msg: { type, data } },
        );
        if (!reply.ok) throw new Error(reply.error);
        return reply.data as T;
      } finally {
        await ext.close();
      }
    }
    const noteTexts: PageFunction<null, string[]> = () => {
      const h = CSS.highlights.get('claimlens-note') as unknown as Set<Range> | undefined;
      return h ? [...h].filter((r) => r.startContainer.isConnected).map((r) => r.toString()) : [];
    };
    /** Polls the page's note highlights until `ok` holds (10 s at most); returns the last reading. */
    async function notesUntil(ok: (texts: string[]) => boolean): Promise<string[]> {
      let texts = await page.evaluate(noteTexts, null);
      for (let i = 0; i < 100 && !ok(texts); i++) {
        await new Promise((r) => setTimeout(r, 100));
        texts = await page.evaluate(noteTexts, null);
      }
      return texts;
    }
    const noteOn = (url: string, exact: string) => ({
      url,
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }],
      body: { note: 'Checked this myself', tags: [], links: [] },
    });

    it('notes follow the open page: one saved elsewhere anchors once its text arrives, and a delete elsewhere removes it', async () => {
      await open('dynamic-infinite.html');
      const quote = 'Russia launched a drone attack on Kyiv';
      const { annotation } = await fromLibrary<{ annotation: { id: string } }>('saveAnnotation', noteOn(BASE + 'dynamic-infinite.html', quote));
      // Not on the page yet (the paragraph comes with "Load more"): an orphan, nothing painted.
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(noteTexts, null)).toEqual([]);
      await page.evaluate(() => (document.querySelector('#more') as HTMLElement).click(), null);
      expect(await notesUntil((t) => t.length > 0), 'the note never anchored in the late paragraph').toEqual([quote]);
      await fromLibrary('deleteAnnotation', { id: annotation.id });
      expect(await notesUntil((t) => t.length === 0), 'the deleted note is still painted').toEqual([]);
      await page.close();
    });

    it('after history.pushState the new story\'s notes are shown and the old story\'s are gone', async () => {
      const one = 'pushed for 500% tariffs on countries buying Russian oil';
      const two = 'a border village';
      const first = await fromLibrary<{ annotation: { id: string } }>('saveAnnotation', noteOn(BASE + 'dynamic-spa.html', one));
      const second = await fromLibrary<{ annotation: { id: string } }>('saveAnnotation', noteOn(BASE + 'dynamic-spa.html?story=2', two));
      await open('dynamic-spa.html');
      expect(await notesUntil((t) => t.length > 0)).toEqual([one]);
      await page.evaluate(() => (document.querySelector('#next') as HTMLElement).click(), null);
      expect(await notesUntil((t) => t.includes(two)), 'the second story\'s note did not appear').toEqual([two]);
      await page.close();
      for (const a of [first, second]) await fromLibrary('deleteAnnotation', { id: a.annotation.id });
    });
  });
}
