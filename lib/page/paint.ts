import type { Verdict } from '../types';
import { unwrapMarks, wrapRange } from './paint-wrap';
import { TreeStyles } from './paint-trees';

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
  /**
   * Registers again what this painter painted when the page removed it from `CSS.highlights`
   * (`CSS.highlights.clear()` in a page script): a name that is absent is this painter's to take
   * back; a name held by something else (a newer instance) is left alone.
   * @returns how many highlights were registered again (0 in `wrap` mode)
   */
  restore(): number;
}

/** A window as far as the CSS Custom Highlight API goes (absent members: no API). */
export interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => Set<Range>;
}

/**
 * Registers again the highlights a ClaimLens instance set (`own`, name -> highlight) that are missing
 * from the page's registry (a page script ran `CSS.highlights.clear()`); a name that something else
 * holds now (a newer instance) is left alone.
 * @returns how many were registered again
 */
export function restoreOwnHighlights(registry: Map<string, unknown>, own: ReadonlyMap<string, unknown>): number {
  let n = 0;
  for (const [name, h] of own) {
    if (registry.has(name)) continue;
    registry.set(name, h);
    n++;
  }
  return n;
}

/** Options of {@link createPainter}. */
export interface PainterOptions {
  /**
   * The page-level `::highlight()` rules, added to every open shadow root whose text gets painted
   * (rules style only their own tree; hard case 16). Empty: shadow-root text is registered but unstyled.
   */
  treeCss?: string;
  /** Called once for each shadow root that gets painted text (to add rules that change later). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Creates a painter for a window. With the CSS Custom Highlight API
 * (https://drafts.csswg.org/css-highlight-api-1/) the page's DOM is never touched: one `Highlight`
 * per layer, registered as `claimlens-<verdict>` (or `claimlens-note`). The registry is shared with
 * the page and with an earlier ClaimLens instance (before an extension update or reload, hard case
 * 26), so `clear()` deletes only entries that are still this painter's own: a stopped instance never
 * wipes a live one's work. Without the API, text is wrapped in `<claimlens-mark>` elements carrying
 * `data-claimlens` (the text itself is unchanged).
 * @param win the page's (or frame's) window
 */
export function createPainter(win: Window, options: PainterOptions = {}): Painter {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const HighlightCtor = w.Highlight;
  if (registry && HighlightCtor) {
    const own = new Map<string, Set<Range>>();
    const trees = new TreeStyles(win, options.treeCss ?? '', options.onShadowRoot);
    return {
      mode: 'highlight-api',
      paint(items) {
        const byLayer = new Map<PaintLayer, Range[]>();
        for (const it of items) {
          const list = byLayer.get(it.verdict) ?? [];
          list.push(it.range);
          byLayer.set(it.verdict, list);
          trees.cover(it.range);
        }
        for (const [layer, ranges] of byLayer) {
          const name = highlightName(layer);
          const existing = own.get(name);
          if (existing && registry.get(name) === existing) {
            for (const r of ranges) existing.add(r);
            continue;
          }
          const h = new HighlightCtor(...ranges);
          registry.set(name, h);
          own.set(name, h);
        }
      },
      clear() {
        for (const [name, h] of own) if (registry.get(name) === h) registry.delete(name);
        own.clear();
      },
      restore: () => restoreOwnHighlights(registry, own),
    };
  }
  const marks: HTMLElement[] = [];
  return {
    mode: 'wrap',
    paint(items) {
      for (const it of items) marks.push(...wrapRange(win.document, it.range, it.verdict));
    },
    clear() {
      unwrapMarks(marks.splice(0));
    },
    restore: () => 0,
  };
}

/**
 * Deletes every `claimlens-*` highlight in a window's registry: what an instance stopped by an
 * extension update or reload left behind (hard case 26). Call once when a new instance starts,
 * before it paints anything.
 * @param win the page's (or frame's) window; without the Highlight API nothing happens
 */
export function dropLeftoverHighlights(win: Window): void {
  const registry = (win as unknown as HighlightWindow).CSS?.highlights;
  if (!registry) return;
  try {
    for (const name of [...registry.keys()]) if (name.startsWith(HIGHLIGHT_PREFIX)) registry.delete(name);
  } catch {
    // a registry that cannot be listed: the names are replaced on the first paint anyway
  }
}
