/**
 * The main job, shared by the Chromium and Firefox suites: the extension, loaded in a real browser
 * with the saved article served as https://reportultra.com/..., highlights the claims its starter
 * statements cover, and nothing else, without changing the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPopupOrder } from '../../../components/popup/verdict-order';
import { browserGate, CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, RESULTS_DIR, type BrowserKind } from './browsers';
import { pollPage, type E2eBrowser, type E2ePage, type PageFunction } from './driver';
import {
  foldText,
  foldedIncludes,
  loadExpectations,
  loadStarterStatements,
  type ExpectedMatch,
  type StarterExpectations,
} from './expectations';
import {
  FORBIDDEN_SELECTORS,
  findTabIds,
  pointAtPainted,
  readCardHost,
  readPageTexts,
  readHighlightLook,
  readPainted,
  wayToCard,
  readPopup,
  waitForReady,
  type CardHost,
  type PageTexts,
  type PaintedRange,
  type PopupState,
} from './page-probes';
import { ARTICLE_URL, startFixtureServer, type FixtureServer } from './server';

/** How a suite gets its browsers. */
export interface MainJobLaunchers {
  withExtension(server: FixtureServer): Promise<E2eBrowser>;
  plain(server: FixtureServer): Promise<E2eBrowser>;
}

/** Minimum number of painted sentences on the article. */
export const MIN_PAINTED = 10;

/** Runs a lazily started async step once; later callers share its promise (and its failure). */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

/** The expectation a painted sentence satisfies, if any. */
function expectationFor(expectations: StarterExpectations, text: string): ExpectedMatch | undefined {
  return expectations.expected.find((e) => foldedIncludes(text, e.sentenceIncludes));
}

/**
 * Defines the main-job suite for one browser.
 * @param kind which browser (for the gate, messages and artefact names)
 * @param launchers how to start the browser with and without the extension
 */
/** Selects the first 12 characters of painted claim `wanted` (as pointAtPainted counts); false when there is none. */
const selectStartOfPainted: PageFunction<number, boolean> = (wanted) => {
  let index = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      if (index++ !== wanted) continue;
      if (r.startContainer.nodeType !== Node.TEXT_NODE || (r.startContainer as Text).length < r.startOffset + 12) return false;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.startContainer, r.startOffset + 12);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
  }
  return false;
};

/** The centre of the Annotate button, once it is shown. */
const annotateButtonBox: PageFunction<null, { x: number; y: number } | null> = () => {
  const host = document.querySelector<HTMLElement>('claimlens-annotate-button');
  const r = host?.getBoundingClientRect();
  return host && host.style.display !== 'none' && r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
};

/** Watches the page for `ms`: true if a claim card was shown at any moment. */
const cardSeenWithin: PageFunction<number, boolean> = (ms) =>
  new Promise((resolve) => {
    const end = performance.now() + ms;
    const look = () => {
      if ((document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId) return resolve(true);
      if (performance.now() >= end) return resolve(false);
      requestAnimationFrame(look);
    };
    look();
  });

export function defineMainJobSuite(kind: BrowserKind, launchers: MainJobLaunchers): void {
  const gate = browserGate(kind);

  describe.skipIf(gate.skip)(`main job in ${kind}: the reportultra article`, () => {
    let server: FixtureServer | undefined;
    let browser: E2eBrowser | undefined;
    let page: E2ePage;
    let expectations: StarterExpectations;
    let baseline: PageTexts;
    let painted: PaintedRange[];

    beforeAll(async () => {
      gate.assertReady();
      expectations = loadExpectations();
      mkdirSync(RESULTS_DIR, { recursive: true });
      server = await startFixtureServer();

      const plain = await launchers.plain(server);
      console.log(`[e2e] ${kind} baseline: ${plain.label}`);
      try {
          const plainPage = await plain.newPage();
          await plainPage.goto(ARTICLE_URL);
          baseline = await plainPage.evaluate(readPageTexts, null);
      } finally {
        await plain.close();
      }

      browser = await launchers.withExtension(server);
      console.log(`[e2e] ${kind} with ClaimLens: ${browser.label}`);
      page = await browser.newPage();
      await page.goto(ARTICLE_URL);
      const scanMs = await waitForReady(page, 15_000);
      painted = await page.evaluate(readPainted, FORBIDDEN_SELECTORS);
      await page.screenshot(join(RESULTS_DIR, `${kind}-page.png`));
      console.log(
        `[e2e] ${kind}: ready; claimlens:scan ${scanMs === null ? 'not visible to the page' : `${scanMs.toFixed(1)} ms`}; ` +
          `${painted.length} painted sentences`,
      );
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** The popup for the article's tab, read once. */
    const popup = once(async (): Promise<PopupState> => {
      const b = browser!;
      const api = kind === 'chromium' ? 'chrome' : 'browser';
      const probe = await b.openExtensionPage('popup.html');
      let tabIds: number[];
      try {
        tabIds = await probe.evaluate(findTabIds, { prefix: ARTICLE_URL, api });
      } finally {
        await probe.close();
      }
      expect(tabIds, `tabs.query found no tab for ${ARTICLE_URL}`).toHaveLength(1);
      const view = await b.openExtensionPage(`popup.html?tabId=${tabIds[0]}`);
      try {
        await view.setViewport(420, 600);
        const state = await pollPage(view, readPopup, null, 10_000, 'the popup to list claims (li[data-statement-id])');
        await view.screenshot(join(RESULTS_DIR, `${kind}-popup.png`));
        return state;
      } finally {
        await view.close();
      }
    });

    it(`paints at least ${MIN_PAINTED} sentences`, () => {
      const list = painted.map((p) => `${p.verdict}: ${p.text}`).join('\n');
      expect(painted.length, `painted:\n${list}`).toBeGreaterThanOrEqual(MIN_PAINTED);
    });

    it('paints only sentences of expected statements, each listed under its statement in the popup', async () => {
      const unexpected = painted.filter((p) => !expectationFor(expectations, p.text));
      expect(unexpected.map((p) => p.text), 'painted sentences that no expectation covers').toEqual([]);

      const { items } = await popup();
      const problems: string[] = [];
      for (const p of painted) {
        const e = expectationFor(expectations, p.text)!;
        const item = items.find((i) => i.statementId === e.statementId && foldedIncludes(i.text, e.sentenceIncludes));
        if (!item) {
          const ids = items.filter((i) => foldedIncludes(i.text, e.sentenceIncludes)).map((i) => i.statementId);
          problems.push(`"${e.sentenceIncludes}" should be listed under ${e.statementId}, popup has it under [${ids.join(', ')}]`);
        } else if (item.verdict !== p.verdict) {
          problems.push(`"${e.sentenceIncludes}" is painted as ${p.verdict} but listed under ${item.verdict}`);
        }
      }
      expect(problems).toEqual([]);

      const expectedIds = new Set(expectations.expected.map((e) => e.statementId));
      expect(items.filter((i) => !expectedIds.has(i.statementId)).map((i) => `${i.statementId}: ${i.text}`)).toEqual([]);

      const missed = expectations.expected.filter((e) => !painted.some((p) => foldedIncludes(p.text, e.sentenceIncludes)));
      if (missed.length) console.log(`[e2e] ${kind}: expected but not painted: ${missed.map((e) => e.statementId).join(', ')}`);
    });

    it('shows none of the unrelated statements', async () => {
      const { items, html } = await popup();
      const pageHtml = await page.evaluate(() => document.documentElement.outerHTML, null);
      for (const id of expectations.unrelated) {
        expect(items.map((i) => i.statementId)).not.toContain(id);
        expect(html.includes(id), `popup HTML mentions ${id}`).toBe(false);
        expect(pageHtml.includes(id), `article page HTML mentions ${id}`).toBe(false);
      }
    });

    it('paints nothing in the header, share bar, sidebar, form fields, related posts, footer, banners, ads or scripts', () => {
      const offending = painted.filter((p) => p.forbidden.length).map((p) => `${p.forbidden.join(' ')}: ${p.text}`);
      expect(offending).toEqual([]);
    });

    it('leaves the article text and the textarea exactly as without the extension', async () => {
      const now = await page.evaluate(readPageTexts, null);
      expect(now.textareaValue).toBe(baseline.textareaValue);
      expect(now.articleText).toBe(baseline.articleText);
    });

    it('shows the hover card with verdict, summary and source over a painted sentence', async () => {
      // The longest expected sentence: it wraps, so the card must clear the lines after the hovered one.
      const target = painted.filter((p) => expectationFor(expectations, p.text)).sort((a, b) => b.text.length - a.text.length)[0];
      expect(target, 'no painted sentence to hover').toBeDefined();
      const expected = expectationFor(expectations, target!.text)!;
      const point = await page.evaluate(pointAtPainted, target!.index);
      expect(point, `painted range #${target!.index} has no client rect`).not.toBeNull();
      expect(point!.topInArticle, `something covers the sentence: ${point!.topElement}`).toBe(true);

      // In from the right margin along the hovered line, as a reader's pointer comes: a diagonal from
      // the corner would cross other sentences, whose card may then lie over this one.
      const width = await page.evaluate(() => innerWidth, null);
      await page.mouseMove(width - 4, point!.y);
      await pollPage(page, () => !(document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId, null, 5_000, 'no card');
      await page.mouseMove(point!.x, point!.y);
      let host: CardHost;
      try {
        host = await pollPage(page, readCardHost, null, 5_000, '<claimlens-card data-statement-id> after hovering');
      } finally {
        await page.screenshot(join(RESULTS_DIR, `${kind}-card.png`));
      }
      expect(host.statementId).toBe(expected.statementId);
      expect(host.verdict).toBe(target!.verdict);
      expect(expectations.unrelated).not.toContain(host.statementId);
      expect(host.width * host.height, 'the card host has an empty bounding box').toBeGreaterThan(0);
      expect(point!.lines, 'the hovered sentence should wrap for this check to mean something').toBeGreaterThan(1);
      const clear = host.top >= point!.sentenceBottom - 1 || host.bottom <= point!.sentenceTop + 1;
      expect(clear, `the card (${host.top}-${host.bottom}) covers the sentence (${point!.sentenceTop}-${point!.sentenceBottom})`).toBe(true);

      if (!page.readCardShadow) {
        console.log(`[e2e] ${kind}: card host ok (${host.statementId}, ${host.verdict}); screenshot test-results/${kind}-card.png`);
        return;
      }
      const shadow = await page.readCardShadow();
      expect(shadow, 'claimlens-card has no shadow root').not.toBeNull();
      const extensionDir = kind === 'chromium' ? CHROME_EXTENSION_DIR : FIREFOX_EXTENSION_DIR;
      const statement = loadStarterStatements([extensionDir]).get(host.statementId);
      expect(statement, `statement ${host.statementId} not in a ClaimReview JSON under assets/, public/ or ${extensionDir}`).toBeDefined();
      const text = foldText(shadow!.text);
      const verdictShown =
        text.includes(foldText(statement!.verdictLabel)) || text.includes(foldText(statement!.verdict.replace(/-/g, ' ')));
      expect(verdictShown, `card shows neither "${statement!.verdictLabel}" nor "${statement!.verdict}": ${shadow!.text}`).toBe(true);
      const summaryStart = foldText(statement!.summary).slice(0, 60);
      expect(text, 'card shows the summary').toContain(summaryStart);
      expect(text, 'card names the source').toContain(foldText(statement!.reviewer));
      if (statement!.reviewUrl) {
        expect(shadow!.html, 'card links the source').toContain(`href="${new URL(statement!.reviewUrl).origin}`);
      }
      for (const id of expectations.unrelated) expect(shadow!.html).not.toContain(id);
    });

    it('keeps the card while the pointer moves along its claim and on to the card across other claims; a claim the pointer rests on takes it', async () => {
      const width = await page.evaluate(() => innerWidth, null);
      for (const target of painted) {
        const point = await page.evaluate(pointAtPainted, target.index);
        if (!point || point.lines < 2) continue;
        await page.mouseMove(width - 4, point.y);
        await pollPage(page, () => !(document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId, null, 5_000, 'no card');
        await page.mouseMove(point.x, point.y);
        const host = await pollPage(page, readCardHost, null, 5_000, 'the card after hovering');
        const { way, secondLine } = await page.evaluate(wayToCard, { index: target.index, card: host });
        if (!way || !secondLine) continue;
        // along the claim's own lines: the card stays where it opened
        await page.mouseMove(secondLine.x, secondLine.y);
        await page.mouseMove(way.start.x, way.start.y);
        expect(await page.evaluate(readCardHost, null), 'the card moved or changed while the pointer stayed on its claim').toEqual(host);
        // on to the card, crossing another claim on the way
        // one move a point, back to back: a hand's speed, not a probe's
        const last = way.points[way.points.length - 1]!;
        await page.mouseMove(last.x, last.y, way.points.length);
        const onCard = await page.evaluate(readCardHost, null);
        try {
          expect(onCard, `the card changed on the way to it: ${JSON.stringify({ host, onCard })}`).toEqual(host);
        } finally {
          await page.screenshot(join(RESULTS_DIR, `${kind}-card-reached.png`));
        }
        // resting on the crossed claim hands the card over to it
        await page.mouseMove(way.crossing.x, way.crossing.y);
        await new Promise((r) => setTimeout(r, 700));
        const rested = await page.evaluate(readCardHost, null);
        expect(rested, 'no card over the claim the pointer rested on').not.toBeNull();
        // (the other claim may be another sentence of the same statement: then the card moved to it)
        expect(rested, 'the card stayed after the pointer rested on another claim').not.toEqual(host);
        await page.mouseMove(width - 4, 4);
        await pollPage(page, () => !(document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId, null, 5_000, 'no card');
        return;
      }
      throw new Error('no painted claim whose way to its card crosses another claim');
    });

    it('opens no card for a pointer that passes over a claim without stopping (hover intent)', async () => {
      const width = await page.evaluate(() => innerWidth, null);
      const point = await page.evaluate(pointAtPainted, painted[0]!.index);
      expect(point, 'a painted claim to pass over').not.toBeNull();
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.mouseMove(width - 4, 4);
        await pollPage(page, () => !(document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId, null, 5_000, 'no card');
        const t0 = Date.now();
        await page.mouseMove(point!.x, point!.y, 1);
        await new Promise((r) => setTimeout(r, 40));
        // on past the claim, to where its card would open (below it, or the margin)
        await page.mouseMove(width - 4, point!.y + 110, 1);
        // a machine too slow to pass within 150 ms makes this no pass-through: try again
        if (Date.now() - t0 > 150) continue;
        expect(await page.evaluate(cardSeenWithin, 700), 'a card opened for a claim the pointer only passed over').toBe(false);
        // a claim the pointer stays on opens its card
        await page.mouseMove(point!.x, point!.y);
        await pollPage(page, readCardHost, null, 5_000, 'the card after the pointer stayed on the claim');
        return;
      }
      throw new Error('the machine never moved the pointer over and past a claim within 150 ms');
    });

    it("the Annotate button over a claim's text opens no card for the text under it, nor does its click", async () => {
      const width = await page.evaluate(() => innerWidth, null);
      await page.mouseMove(width - 4, 4);
      await pollPage(page, () => !(document.querySelector('claimlens-card') as HTMLElement | null)?.dataset.statementId, null, 5_000, 'no card');
      for (const target of painted) {
        const point = await page.evaluate(pointAtPainted, target.index);
        if (!point || point.lines < 2) continue;
        // the claim's first words selected: the button shows on the claim's second line
        if (!(await page.evaluate(selectStartOfPainted, target.index))) continue;
        const box = await pollPage(page, annotateButtonBox, null, 5_000, 'the Annotate button by the selection');
        await page.mouseMove(box.x, box.y, 1);
        expect(await page.evaluate(cardSeenWithin, 700), 'a card opened under the Annotate button').toBe(false);
        await page.mouseClick(box.x, box.y);
        await pollPage(page, () => !!document.querySelector('claimlens-annotate') || null, null, 5_000, 'the note form');
        expect(await page.evaluate(cardSeenWithin, 500), 'a card opened with the note form').toBe(false);
        await page.press('Escape');
        await pollPage(page, () => !document.querySelector('claimlens-annotate') || null, null, 5_000, 'the form to close');
        await page.evaluate(() => getSelection()?.removeAllRanges(), null);
        return;
      }
      throw new Error('no painted claim of two lines to select the start of');
    });

    it('lists the claims in the popup grouped by verdict, each heading with its count', async () => {
      const { sections, items } = await popup();
      expect(items.length).toBeGreaterThanOrEqual(MIN_PAINTED);
      expect(new Set(items.map((i) => i.verdict))).not.toContain(null);
      for (const s of sections) {
        expect(s.count, `section ${s.verdict} is empty`).toBeGreaterThan(0);
        expect(s.heading, `heading of section ${s.verdict}`).toMatch(new RegExp(`(^|\\D)${s.count}(\\D|$)`));
      }
      const popupVerdicts = sections.map((s) => s.verdict);
      expect(new Set(popupVerdicts).size, 'one section per verdict').toBe(popupVerdicts.length);
      // in the popup's order: false first, true last (components/popup/verdict-order.ts)
      expect(popupVerdicts).toEqual(inPopupOrder(painted.map((p) => p.verdict)));
    });

    it('the popup for a tab that is not open (?tabId=) says so instead of showing an empty list', async () => {
      for (const bad of ['999999', 'abc']) {
        const view = await browser!.openExtensionPage(`popup.html?tabId=${bad}`);
        try {
          const alert = await pollPage(view, () => document.querySelector('[role=alert]')?.textContent ?? null, null, 5_000, 'the popup\'s alert');
          expect(alert).toContain(`no open tab "${bad}"`);
          expect(await view.evaluate(() => document.querySelectorAll('li[data-statement-id]').length, null)).toBe(0);
        } finally {
          await view.close();
        }
      }
    });

    /** Writes settings as the library page does (storage.local), from an extension page. */
    async function setSettings(values: Record<string, unknown>): Promise<void> {
      const probe = await browser!.openExtensionPage('popup.html');
      try {
        await probe.evaluate(
          ({ api, values: v }) => (globalThis as unknown as Record<string, { storage: { local: { set(x: unknown): Promise<void> } } }>)[api]!.storage.local.set(v),
          { api: kind === 'chromium' ? 'chrome' : 'browser', values },
        );
      } finally {
        await probe.close();
      }
    }
    const transparent = (c: string) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
    /** Reads `read()` every 100 ms until `ok` holds (5 s at most), and returns the last value. */
    async function settle<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
      let v = await read();
      for (let i = 0; i < 50 && !ok(v); i++) {
        await new Promise((r) => setTimeout(r, 100));
        v = await read();
      }
      return v;
    }
    const look = () => page.evaluate(readHighlightLook, null);

    it('keyboard focus on a link inside a painted sentence shows its card; Esc closes it', async () => {
      const sentence = painted.find((p) => p.text.includes('Vladimir Putin'));
      expect(sentence, 'no painted sentence with the "Vladimir Putin" link').toBeDefined();
      const expected = expectationFor(expectations, sentence!.text)!;
      await page.evaluate(() => (document.querySelector('article a[href="/tag/vladimir-putin/"]') as HTMLElement).focus(), null);
      const host = await pollPage(page, readCardHost, null, 5_000, 'the card after focusing a link in a painted sentence');
      expect(host.statementId).toBe(expected.statementId);
      if (page.readCardShadow) expect((await page.readCardShadow())?.text).toContain('Alt+Shift+C');
      // Alt+Shift+C moves the focus into the card; Tab then walks its Close button and Source link
      // (the focus stays in the card's closed shadow root, so the page sees the host); Esc returns it.
      const focused = () => page.evaluate(() => {
        const a = document.activeElement;
        return a?.localName === 'claimlens-card' ? 'card' : a?.getAttribute('href') ?? a?.localName ?? null;
      }, null);
      await page.press('Alt+Shift+KeyC');
      expect(await focused()).toBe('card');
      // the hand moving over the page meanwhile neither closes the card nor takes the focus out of it
      const width = await page.evaluate(() => innerWidth, null);
      await page.mouseMove(width / 2, 200);
      await page.mouseMove(width - 4, 4);
      await new Promise((r) => setTimeout(r, 800));
      expect((await page.evaluate(readCardHost, null))?.statementId, 'the card the keyboard is in closed when the pointer moved').toBe(expected.statementId);
      expect(await focused()).toBe('card');
      await page.press('Tab');
      await page.press('Tab');
      expect(await focused(), 'Close and Source are in the card').toBe('card');
      expect((await page.evaluate(readCardHost, null))?.statementId, 'the card stays open while the keyboard is in it').toBe(expected.statementId);
      await page.press('Escape');
      await pollPage(page, () => (document.querySelector('claimlens-card')?.getAttribute('data-statement-id') ? null : true), null, 5_000, 'the card to close on Esc');
      expect(await focused(), 'the focus goes back to the link it came from').toBe('/tag/vladimir-putin/');
      // Focus on a link outside painted text opens nothing.
      await page.evaluate(() => (document.querySelector('header a, nav a') as HTMLElement).focus(), null);
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(readCardHost, null)).toBeNull();
    });

    it('from the popup, Enter on a claim far down the article scrolls to it and opens its card', async () => {
      const b = browser!;
      const api = kind === 'chromium' ? 'chrome' : 'browser';
      await page.evaluate(() => window.scrollTo(0, 0), null);
      // A link in a painted sentence keeps the keyboard focus (its card closed with Esc) while the
      // reader uses the popup: coming back to the page must not swap the revealed card for the link's.
      await page.evaluate(() => (document.querySelector('article a[href="/tag/vladimir-putin/"]') as HTMLElement).focus(), null);
      await pollPage(page, readCardHost, null, 5_000, 'the card of the focused link');
      await page.press('Escape');
      await pollPage(page, () => (document.querySelector('claimlens-card')?.getAttribute('data-statement-id') ? null : true), null, 5_000, 'the card to close on Esc');
      const probe = await b.openExtensionPage('popup.html');
      const [tabId] = await probe.evaluate(findTabIds, { prefix: ARTICLE_URL, api }).finally(() => probe.close());
      const view = await b.openExtensionPage(`popup.html?tabId=${tabId}`);
      let last: { id: string; index: number } | null;
      try {
        await pollPage(view, readPopup, null, 10_000, 'the popup to list claims');
        // The last claim in the article: the one furthest down the page.
        last = await view.evaluate(() => {
          const buttons = Array.from(document.querySelectorAll<HTMLElement>('li[data-statement-id] button.claim'));
          const b = buttons[buttons.length - 1];
          if (!b) return null;
          b.focus();
          return { id: b.closest('li')!.getAttribute('data-statement-id')!, index: buttons.length - 1 };
        }, null);
        expect(last, 'no claim button in the popup').not.toBeNull();
        await view.press('Enter');
        const host = await pollPage(page, readCardHost, null, 5_000, 'the card after a reveal from the popup');
        const scrolled = await page.evaluate(() => window.scrollY, null);
        expect(scrolled, 'the article did not scroll to the claim').toBeGreaterThan(0);
        // The card stays open after the scroll has settled.
        await new Promise((r) => setTimeout(r, 600));
        expect((await page.evaluate(readCardHost, null))?.statementId).toBe(host.statementId);
        // back to the page: the window had lost the focus and the browser focuses the link again
        await page.evaluate(() => {
          window.dispatchEvent(new FocusEvent('blur'));
          document.activeElement!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        }, null);
        await new Promise((r) => setTimeout(r, 300));
        expect((await page.evaluate(readCardHost, null))?.statementId, 'the focused link took the revealed card').toBe(host.statementId);
        const items = (await pollPage(view, readPopup, null, 5_000, 'the popup list')).items;
        expect(items.map((i) => i.statementId)).toContain(host.statementId);
      } finally {
        await view.close();
      }
    });

    // Last in the suite: these change what is painted, and put it back.
    it('the per-site switch applies to the open page at once: off clears every highlight, on paints them again', async () => {
      const read = () => page.evaluate(readPainted, FORBIDDEN_SELECTORS);
      await setSettings({ disabledHosts: [new URL(ARTICLE_URL).hostname] });
      expect((await settle(read, (p) => p.length === 0)).map((p) => p.text), 'highlights left after switching the site off').toEqual([]);
      await setSettings({ disabledHosts: [] });
      expect((await settle(read, (p) => p.length === painted.length)).length).toBe(painted.length);
    });

    it('marks unmatched check-worthy sentences when the setting is on, keeps the mark through CSS.highlights.clear(), and removes it when off', async () => {
      const worthy = () =>
        page.evaluate(() => {
          const h = CSS.highlights.get('claimlens-checkworthy') as unknown as Set<Range> | undefined;
          return h ? [...h].map((r) => r.toString().trim()) : [];
        }, null);
      expect(await worthy(), 'off by default').toEqual([]);
      await setSettings({ showCheckworthy: true });
      try {
      const marked = await settle(worthy, (w) => w.length > 0);
      expect(marked.length, 'check-worthy sentences of the article').toBeGreaterThan(0);
      const claims = new Set(painted.map((p) => p.text.trim()));
      expect(marked.filter((t) => claims.has(t)), 'a matched sentence is painted by verdict, not marked check-worthy').toEqual([]);
      await page.evaluate(() => CSS.highlights.clear(), null);
      expect((await settle(worthy, (w) => w.length === marked.length)).length, 'the mark comes back after a page script clears the registry').toBe(marked.length);
      } finally {
        // the later tests count claim highlights with the setting off
        await setSettings({ showCheckworthy: false });
      }
      expect(await settle(worthy, (w) => w.length === 0)).toEqual([]);
      // the claims' highlights came back with it
      expect((await settle(() => page.evaluate(readPainted, FORBIDDEN_SELECTORS), (p) => p.length === painted.length)).length).toBe(painted.length);
    });

    it('paints again after a page script clears CSS.highlights', async () => {
      await page.evaluate(() => CSS.highlights.clear(), null);
      const back = await pollPage(page, () => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('claimlens-')) n += (h as unknown as Set<Range>).size;
        return n || null;
      }, null, 6_000, 'the highlights to come back after CSS.highlights.clear()');
      expect(back).toBe(painted.length);
    });

    it('switches the open page to underlined highlights and back when the highlight style setting changes', async () => {
      const before = await look();
      expect(before, 'no verdict highlight to read').not.toBeNull();
      expect(transparent(before!.background), `background style: ${before!.background}`).toBe(false);
      await setSettings({ highlightStyle: 'underline' });
      const under = await settle(look, (l) => !!l && transparent(l.background));
      await page.screenshot(join(RESULTS_DIR, `${kind}-underline.png`));
      expect(transparent(under!.background), `underline style still has a background: ${under?.background}`).toBe(true);
      expect(under!.decoration).toContain('underline');
      await setSettings({ highlightStyle: 'background' });
      expect((await settle(look, (l) => !!l && !transparent(l.background)))?.background).toBe(before!.background);
    });

    it('rematches the open page when the match sensitivity changes: strict paints a subset, balanced all again', async () => {
      const read = () => page.evaluate(readPainted, FORBIDDEN_SELECTORS);
      await setSettings({ matchSensitivity: 'strict' });
      const strict = await settle(read, (p) => p.length < painted.length);
      expect(strict.length, 'strict painted as many sentences as balanced').toBeLessThan(painted.length);
      expect(strict.length).toBeGreaterThan(0);
      expect(strict.filter((p) => !painted.some((q) => q.text === p.text)).map((p) => p.text), 'strict painted a sentence balanced did not').toEqual([]);
      await setSettings({ matchSensitivity: 'balanced' });
      expect((await settle(read, (p) => p.length === painted.length)).length).toBe(painted.length);
    });
  });
}
