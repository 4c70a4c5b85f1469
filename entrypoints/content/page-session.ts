import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient, type PageClaim, type StatementView } from '../../lib/messages';
import { extractBlocks, rangeForOffsets } from '../../lib/page/extract';
import { HitTester } from '../../lib/page/hit-test';
import { createPainter } from '../../lib/page/paint';
import { segmentSentences } from '../../lib/text/segment';
import { CardHost } from './card-host';
import { paintCheckworthy } from './checkworthy-paint';

/** Sentences per match request. */
const CHUNK = 500;
/** How long the card stays after the pointer leaves a highlight, ms (time to move onto the card). */
const HIDE_DELAY = 300;
/** How long a revealed sentence flashes, ms. */
const FLASH_MS = 1500;

interface Painted {
  range: Range;
  statement: StatementView;
  sentence: string;
  score: number;
}

export const send = createClient((m) => browser.runtime.sendMessage(m));

/** One page's ClaimLens state: scanning, painting, the hover card and reveal requests. */
export class PageSession {
  private readonly painter;
  private readonly hit = new HitTester<Painted>([]);
  private readonly card: CardHost;
  private painted: Painted[] = [];
  private hideTimer: number | undefined;
  private frame = 0;
  /** Latest pointer position: several moves can arrive within one frame; the last one counts. */
  private pointer = { x: 0, y: 0 };

  /**
   * @param options.showCheckworthy also mark unmatched check-worthy sentences (highlight
   *   `claimlens-checkworthy`; setting `showCheckworthy` in storage.local, off by default)
   */
  constructor(
    private readonly doc: Document,
    private readonly ctx: ContentScriptContext,
    private readonly options: { showCheckworthy?: boolean } = {},
  ) {
    this.painter = createPainter(doc.defaultView!);
    this.card = new CardHost(doc);
    const win = doc.defaultView!;
    ctx.addEventListener(doc, 'pointermove', (e) => this.onPointer(e), { passive: true });
    ctx.addEventListener(win, 'scroll', () => this.hit.invalidate(), { passive: true, capture: true });
    ctx.addEventListener(win, 'resize', () => this.hit.invalidate(), { passive: true });
    ctx.addEventListener(doc, 'keydown', (e) => {
      if (e.key === 'Escape') this.card.hide();
    });
    ctx.onInvalidated(() => this.destroy());
  }

  /** Reads the article, matches its sentences, paints the matches and reports them. */
  async scan(): Promise<PageClaim[]> {
    const perf = this.doc.defaultView!.performance;
    const start = perf.now();
    // The document form adds the article's headline, which often sits outside the body root.
    const blocks = extractBlocks(this.doc);
    const sentences: Array<{ key: string; text: string; block: number; start: number; end: number }> = [];
    blocks.forEach((b, bi) => {
      for (const s of segmentSentences(b.text)) {
        sentences.push({ key: String(sentences.length), text: s.text, block: bi, start: s.start, end: s.end });
      }
    });
    const found: Painted[] = [];
    const worthy: Range[] = [];
    for (let i = 0; i < sentences.length; i += CHUNK) {
      const chunk = sentences.slice(i, i + CHUNK);
      const res = await send('match', {
        url: location.href,
        sentences: chunk.map(({ key, text }) => ({ key, text })),
        checkworthy: this.options.showCheckworthy,
      });
      if (this.ctx.isInvalid) return [];
      for (const key of res.checkworthy ?? []) {
        const s = sentences[Number(key)];
        const block = s && blocks[s.block];
        if (s && block) worthy.push(rangeForOffsets(block, s.start, s.end, this.doc));
      }
      for (const m of res.matches) {
        const s = sentences[Number(m.key)];
        const block = s && blocks[s.block];
        if (!s || !block) continue;
        found.push({ range: rangeForOffsets(block, s.start, s.end, this.doc), statement: m.statement, sentence: s.text, score: m.score });
      }
    }
    this.painter.clear();
    this.painter.paint(found.map((p) => ({ range: p.range, verdict: p.statement.verdict })));
    paintCheckworthy(this.doc, worthy);
    this.painted = found;
    this.hit.set(found.map((p) => ({ range: p.range, value: p })));
    perf.measure('claimlens:scan', { start, end: perf.now() });
    this.doc.documentElement.dataset.claimlens = 'ready';
    const claims: PageClaim[] = found.map((p, index) => ({ index, sentence: p.sentence, statement: p.statement, score: p.score }));
    await send('report', { url: location.href, claims });
    return claims;
  }

  /** Scrolls painted sentence `index` into view and flashes it. */
  reveal(index: number): boolean {
    const p = this.painted[index];
    if (!p) return false;
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const win = this.doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown };
    if (win.CSS?.highlights && win.Highlight) {
      win.CSS.highlights.set('claimlens-flash', new win.Highlight(p.range));
      this.ctx.setTimeout(() => win.CSS?.highlights?.delete('claimlens-flash'), FLASH_MS);
    }
    return true;
  }

  private onPointer(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      const { x, y } = this.pointer;
      const hit = this.hit.at(x, y);
      if (hit) {
        if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
        this.hideTimer = undefined;
        this.card.show(hit.target.value.statement, hit.rect);
      } else if (!this.card.contains(x, y) && this.hideTimer === undefined) {
        this.hideTimer = this.ctx.setTimeout(() => {
          this.hideTimer = undefined;
          this.card.hide();
        }, HIDE_DELAY);
      } else if (this.card.contains(x, y) && this.hideTimer !== undefined) {
        clearTimeout(this.hideTimer);
        this.hideTimer = undefined;
      }
    });
  }

  private destroy(): void {
    this.painter.clear();
    paintCheckworthy(this.doc, []);
    this.card.destroy();
    this.painted = [];
  }
}
