/** Highlight name of unmatched check-worthy sentences (styled in highlights.css). */
export const CHECKWORTHY_HIGHLIGHT = 'claimlens-checkworthy';

/**
 * Marks check-worthy sentences that matched no statement with the subtle `claimlens-checkworthy`
 * highlight, replacing the previous set; an empty list removes it. Only ClaimLens's own name is
 * touched in the page's shared `CSS.highlights` registry. Without the Highlight API nothing is shown
 * (a hint is not worth changing the page's DOM).
 */
export function paintCheckworthy(doc: Document, ranges: Range[]): void {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => unknown } | null;
  const registry = win?.CSS?.highlights;
  if (!registry || !win?.Highlight) return;
  if (ranges.length) registry.set(CHECKWORTHY_HIGHLIGHT, new win.Highlight(...ranges));
  else registry.delete(CHECKWORTHY_HIGHLIGHT);
}
