import type { Verdict } from '../types';

/** Prefix of every highlight name ClaimLens registers in `CSS.highlights` (a public contract). */
export const HIGHLIGHT_PREFIX = 'claimlens-';

/** What a painted range shows: a verdict, or `note` for the reader's own notes (`claimlens-note`). */
export type PaintLayer = Verdict | 'note';

/** The `CSS.highlights` name for a verdict, e.g. `claimlens-false`, or `claimlens-note`. */
export function highlightName(verdict: PaintLayer): string {
  return HIGHLIGHT_PREFIX + verdict;
}

/** One painted sentence. */
export interface PaintItem {
  range: Range;
  verdict: PaintLayer;
}

/** Paints ranges by verdict and removes exactly what it painted. */
export interface Painter {
  /** `highlight-api` (CSS Custom Highlight API) or `wrap` (namespaced elements, fallback). */
  readonly mode: 'highlight-api' | 'wrap';
  paint(items: PaintItem[]): void;
  /** Removes ClaimLens's highlights only; the page's own highlights stay. */
  clear(): void;
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => Set<Range>;
}

/**
 * Creates a painter for a window. With the CSS Custom Highlight API
 * (https://drafts.csswg.org/css-highlight-api-1/) the page's DOM is never touched: one `Highlight`
 * per verdict, registered as `claimlens-<verdict>`; the registry is shared with the page, so only
 * ClaimLens's own names are set or deleted. Without it, text is wrapped in `<claimlens-mark>`
 * elements carrying `data-claimlens` (the text itself is unchanged).
 */
export function createPainter(win: Window): Painter {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const HighlightCtor = w.Highlight;
  if (registry && HighlightCtor) {
    const names = new Set<string>();
    return {
      mode: 'highlight-api',
      paint(items) {
        const byVerdict = new Map<PaintLayer, Range[]>();
        for (const it of items) {
          const list = byVerdict.get(it.verdict) ?? [];
          list.push(it.range);
          byVerdict.set(it.verdict, list);
        }
        for (const [verdict, ranges] of byVerdict) {
          const name = highlightName(verdict);
          const existing = registry.get(name) as Set<Range> | undefined;
          if (existing && names.has(name)) for (const r of ranges) existing.add(r);
          else registry.set(name, new HighlightCtor(...ranges));
          names.add(name);
        }
      },
      clear() {
        for (const n of names) registry.delete(n);
        names.clear();
      },
    };
  }
  const marks: HTMLElement[] = [];
  return {
    mode: 'wrap',
    paint(items) {
      for (const it of items) marks.push(...wrapRange(win.document, it.range, it.verdict));
    },
    clear() {
      for (const m of marks.splice(0)) {
        const parent = m.parentNode;
        if (!parent) continue;
        while (m.firstChild) parent.insertBefore(m.firstChild, m);
        parent.removeChild(m);
        parent.normalize();
      }
    },
  };
}

/** Wraps each text-node piece of a range in a `<claimlens-mark data-claimlens>` element. */
function wrapRange(doc: Document, range: Range, verdict: PaintLayer): HTMLElement[] {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode ?? root : root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.length;
    if (end > start) pieces.push({ node: t, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.length) target.splitText(end - start);
    const mark = doc.createElement('claimlens-mark');
    mark.setAttribute('data-claimlens', verdict);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    return mark;
  });
}
