/**
 * Personal notes end to end, shared by the Chromium and Firefox suites, keyboard only: select a
 * sentence of the reportultra article, Alt+Shift+A, type, Ctrl+Enter -> highlighted at once and
 * after a reload; on a second article of the site that says the same in other words the sentence is
 * highlighted and its card shows the note; edit, delete and undo from the keyboard.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formState, noteTexts, notesReady, readPopupNotes, selectText } from './annotation-probes';
import { browserGate, RESULTS_DIR, type BrowserKind } from './browsers';
import { pollPage, type E2eBrowser, type E2ePage } from './driver';
import { findTabIds, readCardHost, waitForReady } from './page-probes';
import { ARTICLE_URL, SECOND_ARTICLE_URL, startFixtureServer, type FixtureServer } from './server';

/** The sentence noted on the first article. */
export const QUOTE =
  'Kathryn Stoner of Stanford University notes that only Putin can end the war, a decision hinging on battlefield outcomes rather than diplomacy.';
/** The same claim in other words on the second article. */
export const REWORDED =
  'Only Putin can end the war, Stanford University’s Kathryn Stoner notes, and that decision hinges on battlefield outcomes rather than on diplomacy.';
const NOTE = 'Stoner: only Putin decides. Source https://www.fsi.stanford.edu/';
const EDITED = 'Edited from the keyboard';

/**
 * Defines the annotations suite for one browser.
 * @param launch starts the browser with the extension
 */
export function defineAnnotationsSuite(kind: BrowserKind, launch: (server: FixtureServer) => Promise<E2eBrowser>): void {
  const gate = browserGate(kind);

  describe.skipIf(gate.skip)(`personal notes in ${kind}, keyboard only`, () => {
    let server: FixtureServer | undefined;
    let browser: E2eBrowser | undefined;
    let page: E2ePage;
    const shot = (name: string) => page.screenshot(join(RESULTS_DIR, `${kind}-notes-${name}.png`));

    async function open(url: string) {
      await page.goto(url);
      await waitForReady(page, 15_000);
      await pollPage(page, notesReady, null, 10_000, 'data-claimlens-notes="ready"');
    }
    /** Puts the caret inside `text` and presses Alt+Shift+A: the note's card opens with focus on Edit. */
    async function openCardByKeyboard(text: string) {
      expect(await page.evaluate(selectText, { text, collapsed: true })).toBe(true);
      await page.press('Alt+Shift+KeyA');
      return pollPage(page, readCardHost, null, 5_000, 'the note card after Alt+Shift+A on a caret in the note');
    }
    /** The popup's notes for the tab showing `url`. */
    async function popupNotes(url: string) {
      const api = kind === 'chromium' ? 'chrome' : 'browser';
      const probe = await browser!.openExtensionPage('popup.html');
      const [tabId] = await probe.evaluate(findTabIds, { prefix: url, api });
      await probe.close();
      const view = await browser!.openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        return await pollPage(view, readPopupNotes, null, 10_000, 'the popup to list notes');
      } finally {
        await view.close();
      }
    }

    beforeAll(async () => {
      gate.assertReady();
      mkdirSync(RESULTS_DIR, { recursive: true });
      server = await startFixtureServer();
      browser = await launch(server);
      page = await browser.newPage();
      await open(ARTICLE_URL);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('Alt+Shift+A without a selection says what to do, and the hint stays long enough to read', async () => {
      // A caret in the text (as a click leaves it): a selection change, but nothing selected.
      expect(await page.evaluate(selectText, { text: QUOTE, collapsed: true })).toBe(true);
      await page.press('Alt+Shift+KeyA');
      const hint = () => {
        const host = document.querySelector<HTMLElement>('claimlens-annotate-button');
        return !!host && host.style.display !== 'none' && host.getBoundingClientRect().height > 0;
      };
      const shown = () => page.evaluate(hint, null);
      await pollPage(page, hint, null, 2_000, 'the hint after Alt+Shift+A with nothing selected');
      expect(await page.evaluate(() => !!document.querySelector('claimlens-annotate'), null), 'a form opened with nothing selected').toBe(false);
      // Past the selection-settle delay (250 ms), the hint is still there.
      await new Promise((r) => setTimeout(r, 800));
      expect(await shown(), 'the hint vanished before it could be read').toBe(true);
      await shot('no-selection-hint');
    });

    it('opens the form on Alt+Shift+A with focus in it; light and dark screenshots', async () => {
      expect(await page.evaluate(selectText, { text: QUOTE, collapsed: false })).toBe(true);
      await page.press('Alt+Shift+KeyA');
      const state = await pollPage(page, () => {
        const s = { open: !!document.querySelector('claimlens-annotate'), focus: document.activeElement?.localName ?? '' };
        return s.open && s.focus === 'claimlens-annotate' ? s : null;
      }, null, 5_000, 'the annotate form with keyboard focus');
      expect(state.focus).toBe('claimlens-annotate');
      await shot('form-light');
      if (page.setColorScheme) {
        await page.setColorScheme('dark');
        await shot('form-dark');
        await page.setColorScheme('light');
      } else {
        console.log(`[e2e] ${kind}: no colour-scheme emulation over this protocol; dark screenshot taken in Chromium`);
      }
      // A window too short for the form where it opened: it moves (and scrolls inside) so its
      // buttons stay on screen.
      const size = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }), null);
      await page.setViewport(size.width, 260);
      try {
        const box = await pollPage(page, () => {
          const r = document.querySelector('claimlens-annotate')!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight ? { top: r.top, bottom: r.bottom, height: innerHeight } : null;
        }, null, 5_000, 'the form inside a 260 px window');
        expect(box.bottom).toBeLessThanOrEqual(box.height);
        await shot('form-short-window');
      } finally {
        await page.setViewport(size.width, size.height);
      }
      expect((await page.evaluate(formState, null)).focus, 'focus stays in the form').toBe('claimlens-annotate');
    });

    it('saves with Ctrl+Enter: the sentence is highlighted at once and focus is back in the page', async () => {
      await page.type(NOTE);
      await page.press('Control+Enter');
      const texts = await pollPage(page, () => {
        const f = document.querySelector('claimlens-annotate');
        const h = CSS.highlights.get('claimlens-note');
        return !f && h && h.size ? [...(h as unknown as Iterable<AbstractRange>)].length : null;
      }, null, 5_000, 'the form to close and claimlens-note to hold a range');
      expect(texts).toBe(1);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
      expect((await page.evaluate(formState, null)).focus).toBe('page');
      await shot('saved');
    });

    it('is still highlighted after a reload', async () => {
      await open(ARTICLE_URL);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
      const notes = await popupNotes(ARTICLE_URL);
      expect(notes.map((n) => n.state)).toEqual(['anchored']);
      expect(notes[0]!.text).toContain('Stoner: only Putin decides.');
    });

    it('highlights the same claim in other words on a second article, and its card shows the note', async () => {
      await open(SECOND_ARTICLE_URL);
      expect(await page.evaluate(noteTexts, null)).toEqual([REWORDED]);
      const host = await openCardByKeyboard('hinges on battlefield outcomes');
      expect(host.statementId).toMatch(/^note:/);
      await shot('second-article-card');
      if (page.readCardShadow) {
        const shadow = await page.readCardShadow();
        expect(shadow?.text).toContain('Stoner: only Putin decides.');
        expect(shadow?.text).toContain('made on another page');
        expect(shadow?.html).toContain('href="https://www.fsi.stanford.edu/"');
      }
      const notes = await popupNotes(SECOND_ARTICLE_URL);
      expect(notes.map((n) => n.state)).toEqual(['matched']);
    });

    it('edits the note from the card with the keyboard', async () => {
      await openCardByKeyboard('hinges on battlefield outcomes');
      await page.press('Enter'); // Edit has focus
      await pollPage(page, () => document.activeElement?.localName === 'claimlens-annotate', null, 5_000, 'the edit form with focus');
      await page.press('Control+KeyA');
      await page.type(EDITED);
      await page.press('Control+Enter');
      await pollPage(page, () => !document.querySelector('claimlens-annotate'), null, 5_000, 'the edit form to close');
      const notes = await popupNotes(SECOND_ARTICLE_URL);
      expect(notes[0]!.text).toContain(EDITED);
      expect(notes[0]!.text).not.toContain('Stoner: only Putin decides.');
    });

    it('deletes the note from the card, and Undo brings it back', async () => {
      await open(ARTICLE_URL);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
      await openCardByKeyboard('hinging on battlefield outcomes');
      // the page scrolling under a card the keyboard is in does not close it (nor take the focus)
      await page.evaluate(() => new Promise<void>((resolve) => {
        scrollBy(0, 30);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }), null);
      expect(await page.evaluate(readCardHost, null)).not.toBeNull();
      await pollPage(page, () => document.activeElement?.localName === 'claimlens-card' || null, null, 5_000, 'the focus in the card');
      await page.press('Tab'); // Edit -> Delete
      await page.press('Enter');
      await pollPage(page, () => !CSS.highlights.get('claimlens-note')?.size, null, 5_000, 'the note highlight to go');
      await shot('deleted-undo');
      await page.press('Enter'); // Undo has focus
      const back = await pollPage(page, () => CSS.highlights.get('claimlens-note')?.size ?? 0, null, 5_000, 'the note highlight to come back');
      expect(back).toBe(1);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
      await open(ARTICLE_URL);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
    });

    it("keeps a deleted note's Undo while the pointer passes over the card and leaves it", async () => {
      const width = await page.evaluate(() => innerWidth, null);
      await open(ARTICLE_URL);
      expect(await page.evaluate(noteTexts, null)).toEqual([QUOTE]);
      const host = await openCardByKeyboard('hinging on battlefield outcomes');
      await pollPage(page, () => document.activeElement?.localName === 'claimlens-card' || null, null, 5_000, 'the focus in the card');
      await page.press('Tab'); // Edit -> Delete
      await page.press('Enter');
      await pollPage(page, () => !CSS.highlights.get('claimlens-note')?.size, null, 5_000, 'the note highlight to go');
      // the hand goes over the card and away, across the page
      await page.mouseMove((host.left + host.right) / 2, (host.top + host.bottom) / 2);
      await page.mouseMove(width - 4, 4);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(readCardHost, null), 'the card with Undo went when the pointer left').not.toBeNull();
      await page.press('Enter'); // Undo still has the focus
      expect(await pollPage(page, () => CSS.highlights.get('claimlens-note')?.size ?? 0, null, 5_000, 'the note highlight to come back')).toBe(1);
    });
  });
}
