import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient, MAX_REPORTED_CLAIMS, type PageClaim, type StatementView } from '../../lib/messages';
import { HitTester } from '../../lib/page/hit-test';
import { LayoutWatch } from '../../lib/page/layout-watch';
import { highlightStyleCss, SwitchableSheet } from '../../lib/page/highlight-style';
import { createPainter, dropLeftoverHighlights } from '../../lib/page/paint';
import { publicationDate } from '../../lib/page/page-date';
import { pageHeadline } from '../../lib/page/page-headline';
import { observeChanges, type ChangeObserver } from '../../lib/page/observe';
import { Scanner, type ScanItem } from '../../lib/page/scanner';
import type { HighlightStyle } from '../../lib/settings';
import { CardHost, isCardKey } from './card-host';
import { CheckworthyPaint } from './checkworthy-paint';
import { headingToCard } from './hover-intent';
import { pickRevealed } from './reveal-pick';
import highlightCss from './highlights.css?inline';

/** How long the card stays after the pointer leaves a highlight, ms (time to move onto the card). */
const HIDE_DELAY = 300;
/** How long the pointer rests on another claim, met on its way to the card, before that claim takes the card, ms. */
const SWITCH_DELAY = 400;
/**
 * How long the pointer stays on a claim before it opens the card (or takes it from another claim),
 * ms: a hand passing over the text on its way elsewhere opens nothing (hover intent). Short enough
 * to feel immediate when the reader points on purpose.
 */
const OPEN_DELAY = 200;
/** Scroll events this soon after a reveal are the reveal's own scroll, ms (a frame or two, slack for slow pages). */
const REVEAL_SCROLL_MS = 400;
/** How long a revealed sentence flashes, ms. */
const FLASH_MS = 1500;
/**
 * How often a quiet page checks that the extension is still there, ms. After an update or reload
 * the old content script is orphaned; Chromium tells it nothing, so it looks (hard case 26).
 */
export const LIVENESS_MS = 2000;

interface Painted {
  range: Range;
  statement: StatementView;
  sentence: string;
  score: number;
}

/** A sentence's answer: a matched statement, or (setting on) just "check-worthy". */
type Match = { statement: StatementView; score: number } | { worthy: true };

function toPainted(items: Array<ScanItem<Match>>): Painted[] {
  return items.flatMap((it) => ('statement' in it.match ? [{ range: it.range, sentence: it.sentence, ...it.match }] : []));
}

function worthyRanges(items: Array<ScanItem<Match>>): Range[] {
  return items.filter((it) => 'worthy' in it.match).map((it) => it.range);
}

export const send = createClient((m) => browser.runtime.sendMessage(m));

/** One page's ClaimLens state: scanning, painting, the hover card and reveal requests. */
export class PageSession {
  private readonly painter;
  private readonly worthyPaint: CheckworthyPaint;
  private readonly hit = new HitTester<Painted>([]);
  /** The hover card; the note layer (annotate-layer.ts) shows notes in it too. */
  readonly card: CardHost;
  private readonly layout: LayoutWatch;
  private painted: Painted[] = [];
  /** Hoverable ranges of another layer (personal notes), hit-tested with the claims. */
  private overlay: Painted[] = [];
  private hideTimer: number | undefined;
  /** The claim the pointer last opened the card for (the card may show another since: checked). */
  private pointed: Painted | undefined;
  /** The last point over the pointed claim or the card: where the way to the card starts. */
  private aim: { x: number; y: number } | undefined;
  /** Pending opening of the card for a claim under the pointer (hover intent), or hand-over to a claim crossed on the way to it. */
  private switchTimer: number | undefined;
  /** The claim {@link switchTimer} will open the card for. */
  private pending: Painted | undefined;
  private flashTimer: number | undefined;
  private frame = 0;
  /** Latest pointer position: several moves can arrive within one frame; the last one counts. */
  private pointer = { x: 0, y: 0 };
  /** The pointer is over ClaimLens's own page UI (the Annotate button, the note form), not the page. */
  private overOwnUi = false;
  private readonly scanner: Scanner<Match>;
  private observer: ChangeObserver | undefined;
  private scanning: Promise<void> | undefined;
  private dirty = false;
  /** What was last reported to the background, to skip identical reports. */
  private reported = '';
  /** The site is switched off: nothing is scanned or painted. */
  private suspended = false;
  /** The card on show was opened by keyboard focus (moving the focus away closes it). */
  private focusCard = false;
  /** The element that had the focus when the window lost it (see the window's blur listener). */
  private focusLeftOn: Element | null = null;
  /** The document's scroll position right after the last reveal (its own late scroll event is not a move). */
  private revealedScroll: { x: number; y: number } | undefined;
  /** When `reveal` last scrolled (performance.now(), ms). */
  private revealedAt = -Infinity;
  /** Called after every completed scan (the note layer re-anchors when the text or URL changed). */
  private readonly scanned: Array<() => void> = [];
  /** The highlight-style rules (setting `highlightStyle`), in the document and painted shadow roots. */
  private readonly styleSheet: SwitchableSheet;

  /**
   * @param doc the page (or frame) document
   * @param ctx the content script's context: everything stops when it is invalidated
   * @param options.showCheckworthy also mark unmatched check-worthy sentences (highlight
   *   `claimlens-checkworthy`; setting `showCheckworthy` in storage.local, off by default)
   * @param options.highlightStyle how matched sentences look (setting `highlightStyle`, default `background`)
   */
  constructor(
    private readonly doc: Document,
    private readonly ctx: ContentScriptContext,
    private readonly options: { showCheckworthy?: boolean; highlightStyle?: HighlightStyle } = {},
  ) {
    dropLeftoverHighlights(doc.defaultView!); // before anything of this instance paints
    this.styleSheet = new SwitchableSheet(doc.defaultView!);
    this.styleSheet.attach(doc);
    this.styleSheet.set(highlightStyleCss(options.highlightStyle ?? 'background'));
    this.worthyPaint = new CheckworthyPaint(doc);
    this.painter = createPainter(doc.defaultView!, { treeCss: highlightCss, onShadowRoot: (root) => this.styleSheet.attach(root) });
    this.card = new CardHost(doc);
    this.scanner = new Scanner(doc, async (texts, article) => {
      const { matches, checkworthy } = await send('match', {
        url: location.href,
        sentences: texts.map((text, i) => ({ key: String(i), text })),
        checkworthy: this.options.showCheckworthy,
        // read at each request: a single-page app may change its headline after its URL
        date: publicationDate(this.doc, article),
        headline: pageHeadline(this.doc, article),
      });
      const out: Array<Match | null> = texts.map(() => null);
      for (const key of checkworthy ?? []) out[Number(key)] = { worthy: true };
      for (const m of matches) out[Number(m.key)] = { statement: m.statement, score: m.score };
      return out;
    });
    const win = doc.defaultView!;
    ctx.addEventListener(doc, 'pointermove', (e) => this.onPointer(e), { passive: true });
    ctx.addEventListener(
      win,
      'scroll',
      (e) => {
        this.hit.invalidate();
        // The card belongs next to its sentence: when the page moves, it goes; but not for the
        // scroll a reveal made itself (its event arrives after the card opened, late in a tab in
        // the background: the document is still where the reveal put it), nor while the keyboard is
        // in it (a keyboard user would lose the focus; Escape closes it).
        if (performance.now() - this.revealedAt < REVEAL_SCROLL_MS || this.card.hasFocus() || this.card.held) return;
        const at = this.revealedScroll;
        if (at && (e.target === doc || e.target === doc.documentElement) && win.scrollX === at.x && win.scrollY === at.y) return;
        this.revealedScroll = undefined;
        if (!this.card.contains(this.pointer.x, this.pointer.y)) this.card.hide();
      },
      { passive: true, capture: true },
    );
    ctx.addEventListener(win, 'resize', () => this.hit.invalidate(), { passive: true });
    this.layout = new LayoutWatch(win, () => this.hit.invalidate(), ctx.signal);
    // Each tick asks ctx.isValid, which stops everything once orphaned; and puts the style sheet
    // and the highlights back if the page replaced its adopted sheets or cleared CSS.highlights.
    ctx.setInterval(() => {
      this.styleSheet.reattach();
      this.painter.restore();
      this.worthyPaint.restore();
    }, LIVENESS_MS);
    ctx.addEventListener(doc, 'keydown', (e) => {
      if (e.key === 'Escape') this.card.hide();
      // Into the open card (opened by focus, from the popup or by the pointer): its links are then a Tab away.
      else if (isCardKey(e) && this.card.enter()) e.preventDefault();
    });
    // Keyboard route to a card in the page: focus on a link (or any focusable element) inside a
    // painted sentence shows that sentence's card beside it, without taking the focus.
    ctx.addEventListener(doc, 'focusin', (e) => this.onFocus(e.target));
    // The window losing the focus (to the popup, another tab or app) leaves the page's focused
    // element in place; coming back, the browser focuses it again: not the reader moving.
    ctx.addEventListener(win, 'blur', (e) => {
      if (e.target === win) this.focusLeftOn = doc.activeElement;
    });
    ctx.onInvalidated(() => this.destroy());
  }

  /**
   * Scans now, then keeps the page in step: content changes (late content, re-renders) rescan
   * after a quiet period, and SPA navigation clears and rescans.
   */
  start(): Promise<void> {
    this.observer = observeChanges(this.doc, () => void (this.ctx.isValid && this.requestScan()), { signal: this.ctx.signal });
    this.ctx.addEventListener(this.doc.defaultView!, 'wxt:locationchange', () => {
      this.scanner.reset();
      this.painter.clear();
      this.painted = [];
      this.layout.reset();
      void this.requestScan();
    });
    return this.requestScan();
  }

  /** Adds a function called after each completed scan: the first, and each after a change or navigation. */
  onScanned(fn: () => void): void {
    this.scanned.push(fn);
  }

  /**
   * Applies changed settings to the open page: a new highlight style repaints at once; a new match
   * sensitivity or check-worthy choice asks the background again for every sentence.
   */
  updateSettings(changed: { highlightStyle?: HighlightStyle; showCheckworthy?: boolean; rematch?: boolean }): void {
    if (changed.highlightStyle) this.styleSheet.set(highlightStyleCss(changed.highlightStyle));
    if (changed.showCheckworthy !== undefined) this.options.showCheckworthy = changed.showCheckworthy;
    if (changed.showCheckworthy !== undefined || changed.rematch) {
      this.scanner.reset();
      void this.requestScan();
    }
  }

  /**
   * The site was switched off: clears what is painted, the card and the badge, and scans no more
   * until {@link resume}.
   */
  suspend(): void {
    this.suspended = true;
    this.painter.clear();
    this.worthyPaint.set([]);
    this.card.hide();
    this.painted = [];
    this.setOverlay(this.overlay);
    this.layout.reset();
    this.reported = '';
    void send('report', { url: location.href, claims: [], total: 0 }).catch(() => undefined);
  }

  /** The site was switched on again: reads and matches the page afresh. */
  resume(): void {
    this.suspended = false;
    this.scanner.reset();
    void this.requestScan();
  }

  /** Runs a scan, or queues one when a scan is under way (never two at once). */
  private async requestScan(): Promise<void> {
    if (this.suspended) return;
    if (this.scanning) {
      this.dirty = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.dirty = false;
        try {
          await this.scan();
        } catch (e) {
          if (!this.ctx.isInvalid) console.warn('ClaimLens: scan failed:', e instanceof Error ? e.message : e);
          return;
        }
      } while (this.dirty && !this.ctx.isInvalid);
    })();
    try {
      await this.scanning;
    } finally {
      this.scanning = undefined;
    }
  }

  /** Reads the article, matches its new sentences, paints the matches and reports them. */
  private async scan(): Promise<void> {
    const perf = this.doc.defaultView!.performance;
    const start = perf.now();
    // Visible text first: on a page with nothing painted yet, what is on screen is painted before
    // the rest has been matched.
    const onVisible = this.painted.length ? undefined : (items: Array<ScanItem<Match>>) => this.show(toPainted(items));
    const result = await this.scanner.scan({ signal: this.ctx.signal, onVisible });
    if (this.ctx.isInvalid) return;
    // reset while it waited (the library changed again): what it found is old; the queued scan redoes it
    if (result.stale) {
      this.dirty = true;
      return;
    }
    const found = toPainted(result.items);
    this.show(found);
    this.worthyPaint.set(worthyRanges(result.items));
    for (const root of result.shadowRoots) this.observer?.watch(root);
    perf.measure('claimlens:scan', { start, end: perf.now() });
    this.doc.documentElement.dataset.claimlens = 'ready';
    for (const fn of this.scanned) fn();
    const claims: PageClaim[] = found
      .slice(0, MAX_REPORTED_CLAIMS)
      .map((p, index) => ({ index, sentence: p.sentence, statement: p.statement, score: p.score }));
    const signature = claims.map((c) => c.statement.id + c.sentence).join('|') + location.href + found.length;
    // Every frame reports its own claims: the background lists them per frame (badge and popup).
    if (signature !== this.reported) {
      this.reported = signature;
      await send('report', { url: location.href, claims, total: found.length });
    }
  }

  /** Replaces what is painted (and hit-tested) with `found`. */
  private show(found: Painted[]): void {
    this.observer?.pause();
    this.painter.clear();
    this.painter.paint(found.map((p) => ({ range: p.range, verdict: p.statement.verdict })));
    this.observer?.resume();
    this.painted = found;
    this.setOverlay(this.overlay);
    this.layout.track(found.map((p) => p.range));
  }

  /**
   * Replaces the hoverable ranges of the note layer; the innermost range under the pointer wins, so a
   * note inside a matched sentence and the sentence are both hoverable (hard case 18).
   */
  setOverlay(targets: Array<{ range: Range; statement: StatementView }>): void {
    this.overlay = targets.map((t) => ({ ...t, sentence: '', score: 1 }));
    this.hit.set([...this.painted, ...this.overlay].map((p) => ({ range: p.range, value: p })));
  }

  /**
   * Scrolls a painted claim into view, flashes it and opens its card (the keyboard route to a
   * card, from the popup). The claim is found by statement and sentence, so a rescan since the
   * popup opened does not reveal the wrong one; `index` is the fallback.
   */
  reveal(target: { index: number; statementId?: string; sentence?: string }): boolean {
    const p = pickRevealed(this.painted, target);
    if (!p) return false;
    const el = p.range.startContainer.parentElement;
    this.revealedAt = performance.now();
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const view = this.doc.defaultView!;
    this.revealedScroll = { x: view.scrollX, y: view.scrollY };
    const win = this.doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown };
    if (win.CSS?.highlights && win.Highlight) {
      win.CSS.highlights.set('claimlens-flash', new win.Highlight(p.range));
      if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
      this.flashTimer = this.ctx.setTimeout(() => {
        this.flashTimer = undefined;
        win.CSS?.highlights?.delete('claimlens-flash');
      }, FLASH_MS);
    }
    const rect = p.range.getClientRects()[0];
    if (rect) {
      this.hit.invalidate();
      this.focusCard = false; // the reveal's card: a later focus move elsewhere does not close it
      this.card.show(p.statement, rect, { sentence: p.range.getBoundingClientRect(), hint: true });
    }
    return true;
  }

  private onFocus(target: EventTarget | null): void {
    const el = target instanceof Element ? target : null;
    const regained = el !== null && el === this.focusLeftOn;
    this.focusLeftOn = null;
    if (!el || el.localName.startsWith('claimlens-')) return; // ClaimLens's own UI, the card itself
    if (this.card.returningFocus) return; // the card just closed and gave the focus back
    // the window got its focus back: the card shown meanwhile (a reveal from the popup) stays
    if (regained) return;
    // Notes (the overlay) first: the innermost layer, as under the pointer.
    const p = [...this.overlay, ...this.painted].find((x) => x.range.intersectsNode(el));
    if (p) {
      this.focusCard = true;
      // a card the pointer left is on its way out: the keyboard's card must not go with it
      this.cancelHide();
      this.cancelSwitch();
      this.card.show(p.statement, el.getBoundingClientRect(), { sentence: p.range.getBoundingClientRect(), hint: true });
    } else if (this.focusCard) {
      this.focusCard = false;
      this.card.hide();
    }
  }

  private onPointer(e: PointerEvent): void {
    // A move to where the pointer already is: Firefox sends one after a scroll or reflow. The hand
    // did not move, so a card opened from the popup or by the keyboard stays.
    if (e.clientX === this.pointer.x && e.clientY === this.pointer.y) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    // Text under ClaimLens's own button or form is not pointed at (the card is hit-tested apart).
    // Their closed shadow roots retarget the event to the host, so the target alone tells.
    const t = e.target as Element | null;
    this.overOwnUi = !!t?.localName?.startsWith('claimlens-') && t.localName !== 'claimlens-card';
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.pointerAt();
    });
  }

  /**
   * The card under the pointer's control: open the claim under it, keep the card while the pointer
   * is over it or on its way to it, hide it a moment after the pointer left both.
   * @param settled the pointer stayed {@link OPEN_DELAY} on a claim ({@link SWITCH_DELAY} when it crossed
   *   it on the way to the card): the claim under it may open or take the card now
   */
  private pointerAt(settled = false): void {
    // a card holding an offer (a deleted note's Undo), or the keyboard's focus (Alt+Shift+C), stays
    // put whatever the pointer does: Esc or × closes it
    if (this.card.held || this.card.holdsFocus()) {
      this.cancelHide();
      this.cancelSwitch();
      return;
    }
    const { x, y } = this.pointer;
    // Over the card, the card stays: text under it must not swap the card away.
    const overCard = this.card.contains(x, y);
    const hit = overCard || this.overOwnUi ? undefined : this.hit.at(x, y);
    const box = this.card.box();
    const showsPointed = !!box && !!this.pointed && this.card.statementId === this.pointed.statement.id;
    const heading = showsPointed && !!this.aim && headingToCard(this.aim, { x, y }, box!);
    if (!overCard && !hit) {
      this.cancelSwitch();
      // between the lines on the way to the card, each move restarts the wait
      if (heading) this.cancelHide();
      if (this.hideTimer === undefined) {
        // a card shown since (the keyboard's, a reveal's) is not the one the pointer left
        const shown = this.card.showCount;
        this.hideTimer = this.ctx.setTimeout(() => {
          this.hideTimer = undefined;
          if (!this.card.held && !this.card.holdsFocus() && this.card.showCount === shown) this.card.hide();
        }, HIDE_DELAY);
      }
      return;
    }
    this.cancelHide();
    const p = hit?.target.value;
    if (!hit || !p || (showsPointed && p === this.pointed)) {
      // on the card, or on another line of the claim it shows: the card stays where it is
      this.cancelSwitch();
      this.aim = { x, y };
      return;
    }
    if (!settled) {
      // Crossing other claims on the way to the card: they take it only once the pointer rests on
      // one (each move restarts the wait).
      if (heading) this.openLater(p, SWITCH_DELAY);
      // Elsewhere a claim opens the card once the pointer has stayed on it a moment (moves along
      // it do not restart the wait).
      else if (this.pending !== p) this.openLater(p, OPEN_DELAY);
      return;
    }
    this.cancelSwitch();
    this.pointed = p;
    this.aim = { x, y };
    this.focusCard = false;
    this.card.show(p.statement, hit.rect, { sentence: hit.bounds });
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private cancelSwitch(): void {
    if (this.switchTimer !== undefined) clearTimeout(this.switchTimer);
    this.switchTimer = undefined;
    this.pending = undefined;
  }

  /** Looks again in `ms`: the card opens for `p` if the pointer is still on it. */
  private openLater(p: Painted, ms: number): void {
    this.cancelSwitch();
    this.pending = p;
    this.switchTimer = this.ctx.setTimeout(() => {
      this.switchTimer = undefined;
      this.pending = undefined;
      this.pointerAt(true);
    }, ms);
  }

  private destroy(): void {
    this.painter.clear();
    this.worthyPaint.set([]);
    this.styleSheet.destroy();
    this.card.destroy();
    this.painted = [];
  }
}
