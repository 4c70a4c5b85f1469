/**
 * Hard cases that need a real browser (../shared/docs/hard-cases.md: 10, 11, 15, 16, 17, 21, 22,
 * 23), on the fixture pages tests/fixtures/pages/hard-*.html. Shared by the Chromium and Firefox
 * suites; the pages load /vendor/hard-probe.js, which records element boxes before any extension runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { browserGate, type BrowserKind } from './browsers';
import { pollPage, type E2eBrowser, type E2ePage, type PageFunction } from './driver';
import { findTabIds, pointAtPainted, readCardHost, readPopup, waitForReady } from './page-probes';

const BASE = 'https://reportultra.com/pages/';

/** The claim sentences the fixtures use (each matches a starter-pack statement). */
export const CLAIMS = {
  kyiv: 'Russia launched a drone attack on Kyiv',
  istanbul: 'The May talks in Istanbul ended without a breakthrough',
  graham: 'have pushed for 500% tariffs',
  died: 'hundreds of thousands have died',
};

/** One painted range as the page sees it. */
export interface Painted {
  text: string;
  /** Start and end share one root (document or one shadow root). */
  oneRoot: boolean;
  /** 'document' or 'shadow' */
  root: string;
  /** Start and end lie in the same table cell (or neither in a cell). */
  oneCell: boolean;
  stale: boolean;
}

export const readPainted: PageFunction<null, Painted[]> = () => {
  const out: Painted[] = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of h as unknown as Iterable<Range>) {
      const el = (n: Node) => (n.nodeType === 1 ? (n as Element) : n.parentElement);
      const cell = (n: Node) => el(n)?.closest('td, th') ?? null;
      const root = r.startContainer.getRootNode();
      out.push({
        text: r.toString(),
        oneRoot: root === r.endContainer.getRootNode(),
        root: root === document ? 'document' : root instanceof ShadowRoot ? 'shadow' : 'other',
        oneCell: cell(r.startContainer) === cell(r.endContainer),
        stale: !r.startContainer.isConnected,
      });
    }
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
};

/** Element boxes that differ from what hard-probe.js recorded before the extension ran. */
export const layoutChanges: PageFunction<null, string[]> = () => {
  const probe = (window as unknown as { __probe: { boxes: string[] | null; snapshot(): string[] } }).__probe;
  if (!probe?.boxes) return ['hard-probe.js recorded no boxes'];
  const now = probe.snapshot();
  const diff: string[] = [];
  if (now.length !== probe.boxes.length) diff.push(`element count ${probe.boxes.length} -> ${now.length}`);
  now.forEach((b, i) => {
    if (b !== probe.boxes![i]) diff.push(`${probe.boxes![i]} -> ${b}`);
  });
  return diff.slice(0, 10);
};

const marksInPage: PageFunction<null, number> = () => document.querySelectorAll('claimlens-mark').length;

/**
 * Asks a frame (by element id) for its painted text through hard-probe.js's message; null when it
 * does not answer within a second, or when `ready` is asked for and the frame is not ready yet.
 */
const probeFrame: PageFunction<{ id: string; ready: boolean }, { href: string; ready: boolean; painted: string[] } | null> = ({ id, ready }) =>
  new Promise((resolve) => {
    const frame = document.getElementById(id) as HTMLIFrameElement;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || !e.data?.claimlensProbe) return;
      removeEventListener('message', onMessage);
      resolve(ready && !e.data.claimlensProbe.ready ? null : e.data.claimlensProbe);
    };
    addEventListener('message', onMessage);
    frame.contentWindow!.postMessage('claimlens-probe', '*');
    setTimeout(() => resolve(null), 1000);
  });

/** Painted text of a same-origin frame, read through `contentWindow` (null until it is ready). */
const sameOriginFrame: PageFunction<string, string[] | null> = (id) => {
  const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as (Window & typeof globalThis) | null;
  if (!win || win.document.documentElement.dataset.claimlens !== 'ready') return null;
  const out: string[] = [];
  for (const [name, h] of win.CSS.highlights) if (name.startsWith('claimlens-')) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
  return out;
};

const click: PageFunction<string, null> = (selector) => {
  (document.querySelector(selector) as HTMLElement).click();
  return null;
};

/** Whether any sheet adopted by the open shadow root of `#id` holds ClaimLens's ::highlight rules. */
const shadowHasRules: PageFunction<string, boolean> = (id) => {
  const root = document.getElementById(id)!.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  return sheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('claimlens-')));
};

/** Long tasks (from hard-probe.js) that started after the first `claimlens:scan` began, and the scan's duration. */
export const scanCost: PageFunction<null, { scanMs: number | null; longest: number; longTasks: number | null }> = () => {
  const probe = (window as unknown as { __probe: { longTasks: Array<{ start: number; duration: number }> } }).__probe;
  const scan = performance.getEntriesByName('claimlens:scan', 'measure')[0];
  const supported = PerformanceObserver.supportedEntryTypes?.includes('longtask');
  const after = probe.longTasks.filter((t) => scan && t.start >= scan.startTime);
  return {
    scanMs: scan ? scan.duration : null,
    longest: Math.max(0, ...after.map((t) => t.duration)),
    longTasks: supported ? after.length : null,
  };
};

/** The sentence noted in the same-origin frame of hard-iframe.html. */
const FRAME_NOTE_QUOTE = 'Hours later, Russia launched a drone attack on Kyiv, injuring 14 and sparking fires across multiple districts, including a medical facility.';

type FrameWin = Window & typeof globalThis;
/** Whether the notes of a same-origin frame (by element id) have finished their first pass. */
const frameNotesReady: PageFunction<string, boolean | null> = (id) => {
  const doc = (document.getElementById(id) as HTMLIFrameElement | null)?.contentDocument;
  return doc?.documentElement.dataset.claimlensNotes === 'ready' || null;
};
/** Focuses a same-origin frame and selects `text` in it (the whole of one text node's occurrence). */
const selectInFrame: PageFunction<{ id: string; text: string }, boolean> = ({ id, text }) => {
  const frame = document.getElementById(id) as HTMLIFrameElement;
  const win = frame.contentWindow as FrameWin;
  const doc = win.document;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    frame.scrollIntoView({ block: 'center' });
    frame.focus();
    win.focus();
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const sel = win.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }
  return false;
};
/** True once the annotate form is open in a same-origin frame and has the focus there. */
const frameFormOpen: PageFunction<string, boolean | null> = (id) => {
  const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
  return (!!doc.querySelector('claimlens-annotate') && doc.activeElement?.localName === 'claimlens-annotate') || null;
};
/** Texts of the `claimlens-note` ranges of a same-origin frame; null while there are none. */
const frameNoteTexts: PageFunction<string, string[] | null> = (id) => {
  const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as FrameWin;
  const h = win.CSS.highlights.get('claimlens-note');
  const texts = h ? Array.from(h as unknown as Iterable<Range>, (r) => r.toString().replace(/\s+/g, ' ')) : [];
  return texts.length ? texts : null;
};
/** Whether a same-origin frame shows the reveal flash. */
const frameFlashed: PageFunction<string, boolean | null> = (id) => {
  const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as FrameWin;
  return win.CSS.highlights.has('claimlens-flash') || null;
};
/** The popup's note items (id, state) once it lists at least `n`. */
const readPopupNoteIds: PageFunction<number, Array<{ id: string; state: string }> | null> = (n) => {
  const items = Array.from(document.querySelectorAll<HTMLElement>('li[data-annotation-id]'), (li) => ({ id: li.dataset.annotationId!, state: li.dataset.state ?? 'orphan' }));
  return items.length >= n ? items : null;
};
/** Deletes every personal note through the background (from an extension page). */
const deleteNotes: PageFunction<{ api: string }, number> = async ({ api }) => {
  const rt = (globalThis as unknown as Record<string, { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { rows: Array<{ id: string }> } }> } }>)[api]!.runtime;
  const { data } = await rt.sendMessage({ type: 'libraryQuery', data: { filter: { query: '', source: 'notes' }, offset: 0, limit: 100 } });
  const ids = data.rows.map((r) => r.id);
  if (ids.length) await rt.sendMessage({ type: 'deleteRecords', data: { statements: [], notes: ids } });
  return ids.length;
};

const has = (list: Painted[], part: string) => list.some((p) => p.text.includes(part));

/**
 * Defines the hard-case suite for one browser.
 * @param launch starts the browser with the extension
 */
export function defineHardCaseSuite(kind: BrowserKind, launch: (server: FixtureServer) => Promise<E2eBrowser>): void {
  const gate = browserGate(kind);
  describe.skipIf(gate.skip)(`hard cases in ${kind}`, () => {
    let server: FixtureServer | undefined;
    let browser: E2eBrowser | undefined;
    const pages: E2ePage[] = [];

    beforeAll(async () => {
      gate.assertReady();
      server = await startFixtureServer();
      browser = await launch(server);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(file: string, timeoutMs = 15_000): Promise<{ page: E2ePage; painted: Painted[] }> {
      while (pages.length) await pages.pop()!.close();
      const page = await browser!.newPage();
      pages.push(page);
      await page.goto(BASE + file);
      await waitForReady(page, timeoutMs);
      return { page, painted: await page.evaluate(readPainted, null) };
    }

    it('10: paints claims in table cells cell by cell, layout unchanged', async () => {
      const { page, painted } = await open('hard-table.html');
      expect(has(painted, CLAIMS.kyiv) && has(painted, CLAIMS.istanbul), JSON.stringify(painted)).toBe(true);
      expect(painted.every((p) => p.oneCell && p.oneRoot)).toBe(true);
      expect(painted.some((p) => p.text.includes('Senator Lindsey Graham'))).toBe(false); // never across cells
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
    });

    it('11: page CSS on every span and mark leaves the highlights and the layout alone', async () => {
      const { page, painted } = await open('hard-styled-spans.html');
      expect(painted.map((p) => p.text)).toEqual([expect.stringContaining(CLAIMS.died)]);
      expect(await page.evaluate(marksInPage, null)).toBe(0);
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
    });

    it('15: scans frames where the extension runs, each on its own, and never reaches across origins', async () => {
      const { page, painted } = await open('hard-iframe.html');
      expect(painted.map((p) => p.text)).toEqual([expect.stringContaining(CLAIMS.graham)]);
      const same = await pollPage(page, sameOriginFrame, 'same', 10_000, 'the same-origin frame to be scanned');
      expect(same).toEqual([expect.stringContaining(CLAIMS.kyiv)]);
      const srcdoc = await pollPage(page, sameOriginFrame, 'srcdoc', 10_000, 'the srcdoc frame to be scanned');
      expect(srcdoc).toEqual([expect.stringContaining(CLAIMS.istanbul)]);
      const crossWanted = { id: 'cross', ready: true };
      const cross = await pollPage(page, probeFrame, crossWanted, 10_000, 'the www.reportultra.com frame to be scanned by its own content script');
      expect(cross.painted).toEqual([expect.stringContaining(CLAIMS.kyiv)]);
      const data = await page.evaluate(probeFrame, { id: 'data', ready: false });
      expect(data, 'the data: frame answers the probe').not.toBeNull();
      expect(data).toMatchObject({ ready: false, painted: [] });
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
      // The popup lists every frame's claims, and a click reveals one in its own frame.
      const probe = await browser!.openExtensionPage('popup.html');
      const [tabId] = await probe.evaluate(findTabIds, { prefix: BASE + 'hard-iframe.html', api: kind === 'chromium' ? 'chrome' : 'browser' });
      await probe.close();
      const view = await browser!.openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        const listed = await pollPage(view, async () => {
          const ids = Array.from(document.querySelectorAll<HTMLElement>('li[data-statement-id]'), (li) => li.dataset.statementId!);
          return ids.length >= 4 ? ids.sort() : null;
        }, null, 10_000, 'the popup to list the claims of the page and its frames');
        expect(listed).toEqual(['starter-graham-500-tariffs', 'starter-istanbul-talks', 'starter-kyiv-drone-attack', 'starter-kyiv-drone-attack']);
        expect((await view.evaluate(readPopup, null))?.html).not.toContain('No fact-checked claims');
        await view.evaluate(click, 'li[data-statement-id="starter-istanbul-talks"] button');
        const flashed = await pollPage(page, () => {
          const win = (document.getElementById('srcdoc') as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
          return win.CSS.highlights.has('claimlens-flash') || null;
        }, null, 5_000, 'the srcdoc frame to flash the claim the popup revealed');
        expect(flashed).toBe(true);
        expect(await view.evaluate(() => document.querySelector('[role=status], .notice')?.textContent ?? '', null)).not.toMatch(/no longer on the page/);
      } finally {
        await view.close();
      }
    });

    it('15b: a note made in a frame of its own address is saved, painted there, listed in the popup, revealed in its frame and found after a reload', async () => {
      const { page } = await open('hard-iframe.html');
      await pollPage(page, sameOriginFrame, 'same', 10_000, 'the same-origin frame to be scanned');
      await pollPage(page, frameNotesReady, 'same', 10_000, 'the notes of the same-origin frame to be ready');
      expect(await page.evaluate(selectInFrame, { id: 'same', text: FRAME_NOTE_QUOTE }), 'the frame holds the sentence').toBe(true);
      await page.press('Alt+Shift+KeyA');
      await pollPage(page, frameFormOpen, 'same', 5_000, 'the annotate form in the frame, with the focus');
      expect(await page.evaluate(() => !!document.querySelector('claimlens-annotate'), null), 'no form in the top page').toBe(false);
      await page.type('Noted inside a frame');
      await page.press('Control+Enter');
      expect(await pollPage(page, frameNoteTexts, 'same', 5_000, 'the note painted in the frame')).toEqual([FRAME_NOTE_QUOTE]);
      const api = kind === 'chromium' ? 'chrome' : 'browser';
      const probe = await browser!.openExtensionPage('popup.html');
      const [tabId] = await probe.evaluate(findTabIds, { prefix: BASE + 'hard-iframe.html', api });
      await probe.close();
      let noteId = '';
      try {
        for (const reload of [false, true]) {
          if (reload) {
            await page.goto(BASE + 'hard-iframe.html');
            await waitForReady(page, 15_000);
            expect(await pollPage(page, frameNoteTexts, 'same', 10_000, 'the note anchored again in the frame after a reload')).toEqual([FRAME_NOTE_QUOTE]);
          }
          const view = await browser!.openExtensionPage(`popup.html?tabId=${tabId}`);
          try {
            // anchored where it was made; the www.reportultra.com frame states the same sentence: matched there
            const listed = await pollPage(view, readPopupNoteIds, 2, 10_000, 'the popup to list the note in both frames');
            expect(listed.map((n) => n.state).sort()).toEqual(['anchored', 'matched']);
            noteId = listed[0]!.id;
            expect(listed[1]!.id).toBe(noteId);
            await view.evaluate(click, `li[data-annotation-id="${noteId}"][data-state="anchored"] button.claim`);
            const flashed = await pollPage(page, frameFlashed, 'same', 5_000, 'the frame to flash the note the popup revealed');
            expect(flashed).toBe(true);
            expect(await view.evaluate(() => document.querySelector('.notes .notice')?.textContent ?? '', null)).toBe('');
          } finally {
            await view.close();
          }
        }
      } finally {
        // The note's claim is stated on other fixture pages too: leave no note behind for later cases.
        const lib = await browser!.openExtensionPage('popup.html');
        await lib.evaluate(deleteNotes, { api }).finally(() => lib.close());
      }
    });

    it('16: reads open shadow roots without spanning a boundary, styles them, and follows late shadow content', async () => {
      const { page, painted } = await open('hard-shadow.html');
      expect(painted.every((p) => p.oneRoot)).toBe(true);
      expect(painted.find((p) => p.text.includes(CLAIMS.kyiv))?.root).toBe('shadow');
      expect(painted.find((p) => p.text.includes(CLAIMS.died))?.root).toBe('document'); // slotted light DOM
      expect(has(painted, CLAIMS.istanbul)).toBe(false); // closed shadow root
      expect(await page.evaluate(shadowHasRules, 'open')).toBe(true);
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
      await page.evaluate(click, '#more');
      const late = await pollPage(page, (part) => {
        const root = document.getElementById('late')!.shadowRoot!;
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('claimlens-')) continue;
          for (const r of h as unknown as Iterable<Range>) if (r.startContainer.getRootNode() === root && r.toString().includes(part)) return true;
        }
        return false;
      }, CLAIMS.graham, 5_000, 'the late shadow-root claim to be painted');
      expect(late).toBe(true);
    });

    it('17: paints all 200 claims of a 300,000-character page', async () => {
      const { page, painted } = await open('hard-large.html', 60_000);
      const info = await page.evaluate(() => ({
        chars: document.body.textContent!.length,
        claims: (window as unknown as { __claims: number }).__claims,
      }), null);
      expect(info.chars).toBeGreaterThan(290_000);
      expect(painted.filter((p) => !p.stale)).toHaveLength(info.claims);
      expect(info.claims).toBe(200);
      const cost = await page.evaluate(scanCost, null);
      console.log(
        `[e2e] ${kind}: ${info.chars} characters, ${painted.length} highlights, claimlens:scan ${cost.scanMs?.toFixed(0)} ms, ` +
          (cost.longTasks === null ? 'no Long Tasks API' : `${cost.longTasks} long tasks after scan start, longest ${cost.longest.toFixed(0)} ms`) +
          ' (budget figures: npm run bench:page)',
      );
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
    });

    it('21: paints inside right-to-left text without touching the DOM or the shaping', async () => {
      const { page, painted } = await open('hard-rtl.html');
      expect(has(painted, CLAIMS.kyiv) && has(painted, CLAIMS.istanbul), JSON.stringify(painted)).toBe(true);
      expect(await page.evaluate(marksInPage, null)).toBe(0);
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
    });

    it('22: under a strict CSP the highlights and a styled hover card render, with no violation', async () => {
      const { page, painted } = await open('hard-csp.html');
      expect(painted.map((p) => p.text)).toEqual([expect.stringContaining(CLAIMS.graham)]);
      const at = await page.evaluate(pointAtPainted, 0);
      expect(at).not.toBeNull();
      await page.mouseMove(at!.x, at!.y);
      const card = await pollPage(page, readCardHost, null, 5_000, 'the hover card');
      expect(card.width, 'the card is 360 px wide only when its stylesheet applied').toBeCloseTo(360, 0);
      const violations = await page.evaluate(() => (window as unknown as { __probe: { violations: string[] } }).__probe.violations, null);
      expect(violations).toEqual([]);
    });

    it('23: matches DOM text under text-transform and ::first-letter', async () => {
      const { page, painted } = await open('hard-text-transform.html');
      expect(painted.map((p) => p.text)).toEqual([
        expect.stringContaining('Since Russia’s 2022 invasion, hundreds of thousands have died'),
        expect.stringContaining(CLAIMS.istanbul),
      ]);
      expect(await page.evaluate(layoutChanges, null)).toEqual([]);
    });
  });
}
