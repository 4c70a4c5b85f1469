import { restoreOwnHighlights, type HighlightWindow } from '../../lib/page/paint';

/** Highlight name of unmatched check-worthy sentences (styled in highlights.css). */
export const CHECKWORTHY_HIGHLIGHT = 'claimlens-checkworthy';

/**
 * Marks check-worthy sentences that matched no statement with the subtle `claimlens-checkworthy`
 * highlight. Only ClaimLens's own name is touched in the page's shared `CSS.highlights` registry.
 * Without the Highlight API nothing is shown (a hint is not worth changing the page's DOM).
 */
export class CheckworthyPaint {
  /** The highlight this instance set, by name (what {@link restore} puts back). */
  private readonly own = new Map<string, unknown>();

  constructor(private readonly doc: Document) {}

  private get api(): Required<HighlightWindow> | undefined {
    const win = this.doc.defaultView as unknown as HighlightWindow | null;
    return win?.CSS?.highlights && win.Highlight ? (win as Required<HighlightWindow>) : undefined;
  }

  /** Replaces the marked sentences; an empty list removes the highlight. */
  set(ranges: Range[]): void {
    const api = this.api;
    if (!api) return;
    const registry = api.CSS.highlights!;
    if (ranges.length) {
      const h = new api.Highlight(...ranges);
      registry.set(CHECKWORTHY_HIGHLIGHT, h);
      this.own.set(CHECKWORTHY_HIGHLIGHT, h);
    } else {
      if (registry.get(CHECKWORTHY_HIGHLIGHT) === this.own.get(CHECKWORTHY_HIGHLIGHT)) registry.delete(CHECKWORTHY_HIGHLIGHT);
      this.own.clear();
    }
  }

  /**
   * Puts the highlight back when a page script removed it (`CSS.highlights.clear()`); a name another
   * instance holds is left alone.
   * @returns whether it was put back
   */
  restore(): boolean {
    const registry = this.api?.CSS.highlights;
    return !!registry && restoreOwnHighlights(registry, this.own) > 0;
  }
}
