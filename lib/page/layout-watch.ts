/**
 * Tells when painted text may have moved without a scroll or a window resize: a late image, a font
 * swap, an expanding embed. A ResizeObserver (https://drafts.csswg.org/resize-observer/) watches the
 * root element, the body and the block around each painted range; any size change among them means
 * cached client rectangles are stale (lib/page/hit-test.ts).
 */
export class LayoutWatch {
  private readonly observer: ResizeObserver | null;
  private readonly watched = new Set<Element>();

  /**
   * @param win the page's window; without `ResizeObserver` (old engines, happy-dom) this does nothing
   * @param onChange called after a watched box changed size (and once when watching starts)
   * @param signal stops watching when aborted
   */
  constructor(private readonly win: Window, onChange: () => void, signal: AbortSignal) {
    const Ctor = (win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    this.observer = Ctor ? new Ctor(() => onChange()) : null;
    this.add(win.document.documentElement);
    if (win.document.body) this.add(win.document.body);
    signal.addEventListener('abort', () => this.observer?.disconnect());
  }

  /** Watches the elements that hold these ranges (their start's parent element). */
  track(ranges: Iterable<Range>): void {
    for (const r of ranges) {
      const el = r.startContainer.parentElement;
      if (el) this.add(el);
    }
  }

  /** Stops watching painted blocks (after SPA navigation); keeps the root element and body. */
  reset(): void {
    this.observer?.disconnect();
    this.watched.clear();
    this.add(this.win.document.documentElement);
    if (this.win.document.body) this.add(this.win.document.body);
  }

  private add(el: Element): void {
    if (!this.observer || this.watched.has(el)) return;
    this.watched.add(el);
    this.observer.observe(el);
  }
}
