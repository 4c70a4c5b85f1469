import './annotate-highlights.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NoteCardActions } from '../../components/ClaimCardNote';
import { describeText, trimSpan } from '../../lib/anchor/describe';
import { anchorQuote } from '../../lib/anchor/match-quote';
import { offsetsOfRange, pageText, rangeOfOffsets, type PageText } from '../../lib/anchor/page-text';
import { sameSite, targetUrl } from '../../lib/anchor/target-url';
import type { NoteView, PageNote, StatementView } from '../../lib/messages';
import { extractBlocks } from '../../lib/page/extract';
import { createPainter } from '../../lib/page/paint';
import type { AnnotationRecord } from '../../lib/store/annotations';
import { noteCardView } from '../../lib/store/note-statement';
import { AnnotateButton } from './annotate-button';
import { FormHost } from './annotate-form-host';
import { matchNotedClaims, type Shown } from './annotate-match';
import { LIVENESS_MS, send, type PageSession } from './page-session';

/** How long a revealed note flashes, ms (as for claims). */
const FLASH_MS = 1500;
/** Longest stretch of anchoring work before yielding to the page, ms (under the 50 ms long-task mark). */
const SLICE_MS = 30;

/** What opening the form led to; `reason` says what to do when it did not open. */
export type OpenResult = { opened: boolean; reason?: string };

/**
 * The reader's notes on one page: anchors the page's notes (lib/anchor), finds noted claims in other
 * words (matchNotes), paints them as `claimlens-note`, shows them in the hover card with Edit/Delete/
 * Undo, opens the annotate form, and reports the page's notes and orphans for the popup.
 */
export class NoteLayer {
  private readonly painter;
  private readonly form: FormHost;
  readonly button: AnnotateButton;
  /** Canonical URL notes on this page target (changes with SPA navigation). */
  private url: string;
  /** The page text the notes were last anchored in; unchanged text needs no new anchoring. */
  private anchoredIn: string | undefined;
  /** The site is switched off (the popup's per-site switch). */
  private suspended = false;
  /** The page-change work under way: changes are handled one after another, never at once. */
  private following: Promise<void> = Promise.resolve();
  private records: AnnotationRecord[] = [];
  private shown: Shown[] = [];
  private orphans: AnnotationRecord[] = [];
  private total = 0;
  private lastDeleted: AnnotationRecord | undefined;

  constructor(
    private readonly doc: Document,
    private readonly ctx: ContentScriptContext,
    private readonly session: PageSession,
  ) {
    this.painter = createPainter(doc.defaultView!);
    this.form = new FormHost(doc);
    this.button = new AnnotateButton(doc, () => void this.openForSelection());
    this.url = this.currentUrl();
    session.card.noteCard = (statement, focus) => this.cardFor(statement, focus);
    // A page that clears CSS.highlights loses the notes too: they come back on the next tick.
    ctx.setInterval(() => this.painter.restore(), LIVENESS_MS);
    ctx.onInvalidated(() => {
      this.painter.clear();
      this.form.destroy();
      this.button.destroy();
    });
  }

  /** The annotate form is open in this document. */
  get formOpen(): boolean {
    return this.form.isOpen;
  }

  /**
   * Keeps the notes in step with the page: after a scan that followed a content change, notes are
   * anchored again when the page text changed; after SPA navigation (a new canonical URL) the new
   * page's notes are loaded. Call once the first load is done.
   */
  follow(): void {
    this.session.onScanned(() => {
      this.following = this.following.then(() => this.pageChanged()).catch((e: unknown) => {
        if (!this.ctx.isInvalid) console.warn('ClaimLens: notes could not follow the page:', e instanceof Error ? e.message : e);
      });
    });
  }

  /** The site was switched off: the notes' highlights go, and nothing is anchored until {@link resume}. */
  suspend(): void {
    this.suspended = true;
    this.shown = [];
    this.repaint();
    this.form.destroy();
    this.button.hide();
  }

  /** The site was switched on again: the notes are loaded and anchored afresh. */
  resume(): void {
    this.suspended = false;
    void this.reload();
  }

  /** Loads the notes again (another tab or the library changed them). */
  reload(): Promise<void> {
    this.following = this.following.then(() => this.load()).catch((e: unknown) => {
      if (!this.ctx.isInvalid) console.warn('ClaimLens: notes could not be shown:', e instanceof Error ? e.message : e);
    });
    return this.following;
  }

  private async pageChanged(): Promise<void> {
    if (this.ctx.isInvalid || this.suspended) return;
    const url = this.currentUrl();
    if (url !== this.url) {
      this.url = url;
      this.records = [];
      this.shown = [];
      this.orphans = [];
      this.repaint();
      await this.load();
      return;
    }
    const pt = this.readText();
    if (pt.text !== this.anchoredIn) await this.refresh(pt);
  }

  private currentUrl(): string {
    return targetUrl(this.doc.location.href, this.doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'));
  }

  /** Loads the page's notes, anchors and matches them, paints and reports; sets `data-claimlens-notes="ready"`. */
  async load(): Promise<void> {
    if (this.suspended) return;
    const { annotations, total } = await send('annotationsForPage', { url: this.url });
    if (this.ctx.isInvalid) return;
    this.records = annotations;
    this.total = total;
    await this.refresh();
    this.doc.documentElement.dataset.claimlensNotes = 'ready';
  }

  private readText(): PageText {
    return pageText(extractBlocks(this.doc.body));
  }

  /**
   * Anchors every note of the page again, matches noted claims, repaints and reports. Yields to the
   * page every {@link SLICE_MS} so many notes on a long page never make one long task.
   * @param exhaustiveFor a note to search for without the per-note time budget ("Find again")
   */
  private async refresh(pt = this.readText(), exhaustiveFor?: string): Promise<void> {
    this.anchoredIn = pt.text;
    const anchored: Shown[] = [];
    const orphans: AnnotationRecord[] = [];
    let slice = performance.now();
    for (const r of this.records) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise<void>((resolve) => this.ctx.setTimeout(() => resolve(), 0));
        if (this.ctx.isInvalid) return;
        slice = performance.now();
      }
      const a = anchorQuote(pt.text, r.target.selector[0], r.target.selector[1], { exhaustive: r.id === exhaustiveFor });
      if (!a) orphans.push(r);
      else anchored.push({ range: rangeOfOffsets(pt, a.start, a.end, this.doc), view: noteCardView(r), state: 'anchored', start: a.start, end: a.end });
    }
    const matched = this.total > 0 ? await matchNotedClaims(pt, this.doc, this.url, anchored) : [];
    if (this.ctx.isInvalid) return;
    this.shown = [...anchored, ...matched];
    this.orphans = orphans;
    this.repaint();
    await this.report();
  }

  private repaint(): void {
    this.painter.clear();
    this.painter.paint(this.shown.map((s) => ({ range: s.range, verdict: 'note' })));
    // Draw notes above a matched sentence's verdict colour (hard case 18).
    const highlights = (this.doc.defaultView as unknown as { CSS?: { highlights?: Map<string, { priority: number }> } }).CSS?.highlights;
    const note = highlights?.get('claimlens-note');
    if (note) note.priority = 1;
    this.session.setOverlay(this.shown.map((s) => ({ range: s.range, statement: s.view })));
  }

  private async report(): Promise<void> {
    const item = (v: NoteView, state: PageNote['state'], sentence?: string): PageNote => ({
      annotationId: v.annotationId, quote: v.quote, note: v.note, verdict: v.verdict, state, sentence,
    });
    const notes = [
      ...this.shown.map((s) => item(s.view.note!, s.state, s.sentence)),
      ...this.orphans.map((r) => item(noteCardView(r).note!, 'orphan')),
    ];
    await send('reportNotes', { url: this.url, notes }).catch(() => undefined);
  }

  /**
   * Alt+Shift+A, the Annotate button, the context menu and the popup land here. With a selection:
   * opens the form (or the card of the note that is exactly this selection). With a caret inside a
   * note: opens that note's card with focus on Edit. Otherwise shows what to do.
   */
  async openForSelection(): Promise<OpenResult> {
    if (this.suspended) return this.refuse('ClaimLens is off on this site: switch it on in the ClaimLens popup.');
    if (this.form.isOpen) {
      this.form.focus();
      return { opened: true };
    }
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (range?.collapsed) {
      const hit = this.shownAt(range.startContainer, range.startOffset);
      if (hit) return this.openCard(hit);
    }
    if (!range || range.collapsed) return this.refuse('Select the text you want to annotate, then press Alt+Shift+A.');
    const pt = this.readText();
    const raw = offsetsOfRange(pt, range);
    const span = raw && trimSpan(pt.text, raw.start, raw.end);
    if (!span || span.start === span.end) {
      return this.refuse('ClaimLens annotates the text of the page: not form fields, hidden text or its own panels.');
    }
    const same = this.shown.find((s) => s.state === 'anchored' && s.start === span.start && s.end === span.end);
    if (same) return this.openCard(same);
    let selectors;
    try {
      selectors = describeText(pt.text, span.start, span.end);
    } catch (e) {
      return this.refuse(e instanceof Error ? e.message : String(e));
    }
    const saved = range.cloneRange();
    this.button.hide();
    this.form.open({
      quote: selectors[0].exact,
      anchor: range.getBoundingClientRect(),
      onSave: async (body) => {
        const { annotation } = await send('saveAnnotation', { url: this.url, selectors, body });
        this.records.push(annotation);
        this.total++;
        const view = noteCardView(annotation);
        this.shown.push({ range: rangeOfOffsets(pt, span.start, span.end, this.doc), view, state: 'anchored', start: span.start, end: span.end });
        this.repaint();
        this.doc.getSelection()?.collapseToEnd(); // the selection colour would hide the new highlight
        void this.report();
      },
      onCancel: () => this.doc.getSelection()?.addRange(saved),
    });
    return { opened: true };
  }

  private refuse(reason: string): OpenResult {
    this.button.toast(reason);
    return { opened: false, reason };
  }

  /** The innermost shown note containing a DOM point. */
  private shownAt(node: Node, offset: number): Shown | undefined {
    const hits = this.shown.filter((s) => s.range.isPointInRange(node, offset));
    return hits.sort((a, b) => a.range.toString().length - b.range.toString().length)[0];
  }

  private openCard(s: Shown): OpenResult {
    const rect = Array.from(s.range.getClientRects()).find((r) => r.width > 0) ?? s.range.getBoundingClientRect();
    this.session.card.show(s.view, rect, { focus: true, sentence: s.range.getBoundingClientRect() });
    return { opened: true };
  }

  private cardFor(statement: StatementView, focus: boolean): { actions?: NoteCardActions; matched: boolean } {
    const note = statement.note!;
    const matched = !this.records.some((r) => r.id === note.annotationId);
    if (!sameSite(this.doc.location.href, note.url)) return { matched };
    return {
      matched,
      actions: {
        onEdit: () => this.edit(note),
        onDelete: () => this.remove(note.annotationId),
        onUndo: () => this.undo(),
        onDone: () => this.session.card.hide(),
        onHold: (held) => (this.session.card.held = held),
        autoFocus: focus,
      },
    };
  }

  /** Opens the form on an existing note; saving refuses when another tab changed it meanwhile. */
  private edit(note: NoteView): void {
    this.session.card.hide();
    this.form.open({
      quote: note.quote,
      initial: { note: note.note, verdict: note.verdict, tags: note.tags, links: note.links },
      onSave: async (body) => {
        const { annotation } = await send('updateAnnotation', { id: note.annotationId, body, expectedModified: note.modified });
        this.records = this.records.map((r) => (r.id === annotation.id ? annotation : r));
        const view = noteCardView(annotation);
        this.shown = this.shown.map((s) => (s.view.note?.annotationId === annotation.id ? { ...s, view } : s));
        this.repaint();
        void this.report();
      },
    });
  }

  private async remove(id: string): Promise<void> {
    const { annotation } = await send('deleteAnnotation', { id });
    this.lastDeleted = annotation ?? undefined;
    this.records = this.records.filter((r) => r.id !== id);
    this.orphans = this.orphans.filter((r) => r.id !== id);
    this.shown = this.shown.filter((s) => s.view.note?.annotationId !== id);
    this.total = Math.max(0, this.total - 1);
    this.repaint();
    await this.report();
  }

  private async undo(): Promise<void> {
    const record = this.lastDeleted;
    if (!record) throw new Error('Nothing to undo.');
    await send('restoreAnnotation', { annotation: record });
    this.lastDeleted = undefined;
    if (record.url === this.url) this.records.push(record);
    this.total++;
    await this.refresh();
    this.session.card.hide();
  }

  /**
   * Tries an orphan again: attaches it to the selection when there is one, else anchors it in the
   * page as it is now (content may have loaded since).
   * @returns whether the note is now on the page
   */
  async findAgain(id: string): Promise<boolean> {
    const record = this.records.find((r) => r.id === id);
    if (!record) return false;
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount && !sel.getRangeAt(0).collapsed ? sel.getRangeAt(0) : null;
    const pt = this.readText();
    const raw = range && offsetsOfRange(pt, range);
    const span = raw && trimSpan(pt.text, raw.start, raw.end);
    if (span && span.end > span.start) {
      const { annotation } = await send('updateAnnotation', { id, selectors: describeText(pt.text, span.start, span.end) });
      this.records = this.records.map((r) => (r.id === id ? annotation : r));
    }
    await this.refresh(pt, id);
    return this.shown.some((s) => s.view.note?.annotationId === id);
  }

  /** Scrolls to a note and flashes it. */
  revealNote(id: string): boolean {
    const s = this.shown.find((x) => x.view.note?.annotationId === id);
    if (!s) return false;
    s.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const win = this.doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown };
    if (win.CSS?.highlights && win.Highlight) {
      win.CSS.highlights.set('claimlens-flash', new win.Highlight(s.range));
      this.ctx.setTimeout(() => win.CSS?.highlights?.delete('claimlens-flash'), FLASH_MS);
    }
    return true;
  }
}
