/** Highlight name of unmatched check-worthy sentences (styled in highlights.css). */
export const CHECKWORTHY_HIGHLIGHT = 'claimlens-checkworthy';

type HighlightWindow = { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => unknown };

/**
 * Marks check-worthy sentences that matched no statement with the subtle `claimlens-checkworthy`
 * highlight. Only ClaimLens's own name is touched in the page's shared `CSS.highlights` registry.
 * Without the Highlight API nothing is shown (a hint is not worth changing the page's DOM).
 */
export class CheckworthyPaint {
  /** The highlight this instance set, if any (what {@link restore} puts back). */
  private own: unknown;

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
    if (ranges.length) registry.set(CHECKWORTHY_HIGHLIGHT, (this.own = new api.Highlight(...ranges)));
    else {
      if (registry.get(CHECKWORTHY_HIGHLIGHT) === this.own) registry.delete(CHECKWORTHY_HIGHLIGHT);
      this.own = undefined;
    }
  }

  /**
   * Puts the highlight back when a page script removed it (`CSS.highlights.clear()`); a name another
   * instance holds is left alone.
   * @returns whether it was put back
   */
  restore(): boolean {
    const registry = this.api?.CSS.highlights;
    if (!registry || this.own === undefined || registry.has(CHECKWORTHY_HIGHLIGHT)) return false;
    registry.set(CHECKWORTHY_HIGHLIGHT, this.own);
    return true;
  }
}
