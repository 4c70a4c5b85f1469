/**
 * Functions the e2e tests run inside pages (article, popup). Each is sent to the browser as source
 * text, so it must not use anything from its module: only its argument and the page's globals.
 */
import type { E2ePage, PageFunction } from './driver';
import { pollPage } from './driver';

/** Everything ClaimLens must never paint on the reportultra article. */
export const FORBIDDEN_SELECTORS = [
  '.site-header',
  '.share',
  'aside.sidebar',
  'textarea',
  '.related-posts',
  '.site-footer',
  '.cookie',
  '.read-also',
  '.ad-slot',
  'script',
];

/** One range of a `claimlens-*` highlight. */
export interface PaintedRange {
  /** Position in the walk over CSS.highlights (stable while the page is not rescanned). */
  index: number;
  /** Highlight name, e.g. `claimlens-needs-context`. */
  highlight: string;
  /** The name without the prefix, e.g. `needs-context`. */
  verdict: string;
  /** `range.toString()` */
  text: string;
  /** Forbidden elements the range touches, as `tag.class` strings (should be empty). */
  forbidden: string[];
}

/** Reads every painted range; `selectors` are the forbidden areas. */
export const readPainted: PageFunction<string[], PaintedRange[]> = (selectors) => {
  const forbidden = Array.from(document.querySelectorAll(selectors.join(',')));
  const out: PaintedRange[] = [];
  let index = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({
        index: index++,
        highlight: name,
        verdict: name.slice('claimlens-'.length),
        text: range.toString(),
        forbidden: forbidden
          .filter((el) => range.intersectsNode(el))
          .map((el) => [el.tagName.toLowerCase(), ...Array.from(el.classList)].join('.')),
      });
    }
  }
  return out;
};

/** The text the extension must leave alone. */
export interface PageTexts {
  articleText: string;
  textareaValue: string;
}

export const readPageTexts: PageFunction<null, PageTexts> = () => ({
  articleText: (document.querySelector('article') as HTMLElement | null)?.innerText ?? '<no article>',
  textareaValue: document.querySelector('textarea')?.value ?? '<no textarea>',
});

/**
 * Waits for `<html data-claimlens="ready">`.
 * @returns the duration of the last `claimlens:scan` measure in ms, or null when the page's
 *   performance timeline does not show it
 */
export async function waitForReady(page: E2ePage, timeoutMs = 15_000): Promise<number | null> {
  const result = await pollPage(
    page,
    () => {
      if (document.documentElement.dataset.claimlens !== 'ready') return null;
      const measures = performance.getEntriesByName('claimlens:scan', 'measure');
      const last = measures[measures.length - 1];
      return { duration: last ? last.duration : null };
    },
    null,
    timeoutMs,
    'document.documentElement.dataset.claimlens === "ready"',
  );
  return result.duration;
}

/**
 * Scrolls painted range `index` to the middle of the viewport.
 * @returns the centre of its first non-empty client rect (viewport CSS px), what element is on
 *   top there, how many lines the range spans and its vertical extent, or null when the range is gone
 */
export const pointAtPainted: PageFunction<
  number,
  { x: number; y: number; topElement: string; topInArticle: boolean; lines: number; sentenceTop: number; sentenceBottom: number } | null
> = (wanted) => {
  let index = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-')) continue;
    for (const r of highlight) {
      if (index++ !== wanted) continue;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const start = range.startContainer;
      const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const rects = Array.from(range.getClientRects()).filter((rc) => rc.width > 2 && rc.height > 2);
      const rect = rects[0];
      if (!rect) return null;
      const box = range.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const top = document.elementFromPoint(x, y);
      return {
        x,
        y,
        topElement: top ? `${top.tagName.toLowerCase()}${top.className ? '.' + String(top.className) : ''}` : 'none',
        topInArticle: !!top?.closest('article'),
        lines: new Set(rects.map((rc) => Math.round(rc.top))).size,
        sentenceTop: box.top,
        sentenceBottom: box.bottom,
      };
    }
  }
  return null;
};

/**
 * A way from the first line of painted range `index` (highlight order, as in {@link pointAtPainted})
 * to its open card that crosses another painted claim outside the card: tried from points across
 * the first line to the nearest point of the card's facing edge, 6 px steps. Also the middle of the
 * range's second line. All client px.
 * @returns `way` null when no such way exists
 */
export const wayToCard: PageFunction<
  { index: number; card: { top: number; bottom: number; left: number; right: number } },
  { way: { start: { x: number; y: number }; points: Array<{ x: number; y: number }>; crossing: { x: number; y: number } } | null; secondLine: { x: number; y: number } | null }
> = ({ index, card }) => {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-') || name === 'claimlens-note' || name === 'claimlens-flash' || name === 'claimlens-checkworthy') continue;
    for (const r of highlight) ranges.push(r as Range);
  }
  const own = ranges[index];
  const rectsOf = (r: Range) => Array.from(r.getClientRects()).filter((rc) => rc.width > 2 && rc.height > 2);
  const ownRects = own ? rectsOf(own) : [];
  const inside = (rc: { top: number; bottom: number; left: number; right: number }, x: number, y: number) => x >= rc.left && x <= rc.right && y >= rc.top && y <= rc.bottom;
  const others = ranges.filter((r) => r !== own).flatMap(rectsOf);
  const first = ownRects[0];
  const second = first && ownRects.find((rc) => rc.top >= first.bottom - 1);
  const secondLine = second ? { x: second.left + Math.min(20, second.width / 2), y: second.top + second.height / 2 } : null;
  if (!first) return { way: null, secondLine };
  const below = card.top >= first.bottom;
  for (const f of [0.5, 0.7, 0.9, 0.3, 0.1]) {
    const start = { x: first.left + first.width * f, y: first.top + first.height / 2 };
    const to = { x: Math.min(Math.max(start.x, card.left + 12), card.right - 12), y: below ? card.top + 12 : card.bottom - 12 };
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - start.x, to.y - start.y) / 6));
    const points: Array<{ x: number; y: number }> = [];
    let crossing: { x: number; y: number } | null = null;
    for (let i = 1; i <= steps; i++) {
      const pt = { x: start.x + ((to.x - start.x) * i) / steps, y: start.y + ((to.y - start.y) * i) / steps };
      points.push(pt);
      const onOther = others.some((rc) => inside(rc, pt.x, pt.y)) && !ownRects.some((rc) => inside(rc, pt.x, pt.y));
      // a copy: BiDi serialisation drops an object met twice in the result
      if (!crossing && onOther && !inside(card, pt.x, pt.y)) crossing = { ...pt };
    }
    if (crossing) return { way: { start, points, crossing }, secondLine };
  }
  return { way: null, secondLine };
};

/** The hover card host as the page sees it (its shadow root is closed). */
export interface CardHost {
  statementId: string;
  verdict: string;
  width: number;
  height: number;
  /** Viewport CSS px. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Returns the visible card host, or null while there is none. */
export const readCardHost: PageFunction<null, CardHost | null> = () => {
  const card = document.querySelector('claimlens-card') as HTMLElement | null;
  if (!card || card.hidden || !card.dataset.statementId) return null;
  if (getComputedStyle(card).display === 'none') return null;
  const box = card.getBoundingClientRect();
  return {
    statementId: card.dataset.statementId,
    verdict: card.dataset.verdict ?? '',
    width: box.width,
    height: box.height,
    top: box.top,
    bottom: box.bottom,
    left: box.left,
    right: box.right,
  };
};

/** One `li[data-statement-id]` of the popup. */
export interface PopupItem {
  statementId: string;
  /** Verdict of the enclosing `section[data-verdict]`, or null. */
  verdict: string | null;
  text: string;
}

/** The popup's claim list. */
export interface PopupState {
  sections: Array<{ verdict: string; heading: string; count: number }>;
  items: PopupItem[];
  html: string;
}

/** Reads the popup once it shows at least one claim; null before. */
export const readPopup: PageFunction<null, PopupState | null> = () => {
  const root = document.querySelector('[data-claimlens-popup]') as HTMLElement | null;
  if (!root || !root.querySelector('li[data-statement-id]')) return null;
  const sections = Array.from(root.querySelectorAll<HTMLElement>('section[data-verdict]')).map((s) => ({
    verdict: s.dataset.verdict ?? '',
    heading: (s.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, summary, header')?.innerText ?? '').trim(),
    count: s.querySelectorAll('li[data-statement-id]').length,
  }));
  const items = Array.from(root.querySelectorAll<HTMLElement>('li[data-statement-id]')).map((li) => ({
    statementId: li.dataset.statementId ?? '',
    verdict: li.closest<HTMLElement>('section[data-verdict]')?.dataset.verdict ?? null,
    text: li.innerText,
  }));
  return { sections, items, html: document.documentElement.outerHTML };
};

/**
 * In an extension page: ids of the tabs whose URL starts with `prefix`.
 * Uses `chrome.tabs` in Chromium and `browser.tabs` in Firefox.
 */
export const findTabIds: PageFunction<{ prefix: string; api: 'chrome' | 'browser' }, number[]> = async ({
  prefix,
  api,
}) => {
  const g = globalThis as unknown as Record<string, { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } }>;
  const tabs = await g[api]!.tabs.query({});
  return tabs.filter((t) => t.url?.startsWith(prefix) && t.id !== undefined).map((t) => t.id as number);
};

/** How the first painted verdict highlight is drawn: its computed `::highlight()` style. */
export interface HighlightLook {
  highlight: string;
  background: string;
  decoration: string;
}

/** Reads {@link HighlightLook} (null while nothing is painted). */
export const readHighlightLook: PageFunction<null, HighlightLook | null> = () => {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlens-') || name === 'claimlens-note' || name === 'claimlens-flash' || name === 'claimlens-checkworthy') continue;
    for (const r of highlight) {
      const node = r.startContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el) continue;
      const style = getComputedStyle(el, `::highlight(${name})`);
      return { highlight: name, background: style.backgroundColor, decoration: style.textDecorationLine };
    }
  }
  return null;
};
