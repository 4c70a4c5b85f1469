import { ARTICLE_BODY, isChrome } from './extract-chrome';
import { isSkipped } from './extract-skip';

/** Elements that usually hold the article: `article`, ARIA main and common CMS body classes. */
const CANDIDATES = `article, ${ARTICLE_BODY}`;

/**
 * The element that holds the article's text.
 *
 * 1. The `[itemprop=articleBody]` element (schema.org) with the most text, if any has text.
 * 2. Paragraph text: every `<p>` outside skipped content and site chrome counts its trimmed length
 *    (attributes only, no computed style, so this stays cheap).
 * 3. Among `article`, `main`, `[role=main]` and well-known content classes (CANDIDATES) holding at
 *    least half of that text, the innermost one that still holds 85% of the best candidate's text
 *    (`article` around `.entry-content` around the paragraphs -> `.entry-content`).
 * 4. Otherwise Readability's idea, simplified: each paragraph scores its parent fully and its
 *    grandparent by half; the best-scoring element wins, widened to the nearest ancestor holding
 *    at least half the paragraph text (paragraphs split across sibling divs).
 * 5. Fallback: `body` (or the root element when there is no body).
 * @param doc the page
 * @returns an element of `doc`; never throws
 */
export function findArticleRoot(doc: Document): Element {
  const steps = rootSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link findArticleRoot} in slices: the pass over the page's paragraphs gives the main thread back
 * whenever `timeUp()` says the slice is spent (a 300k-character page has thousands of paragraphs).
 * @param doc the page
 * @param timeUp asked every few dozen paragraphs
 * @param yieldToPage awaited when `timeUp()` answers true
 */
export async function findArticleRootSliced(doc: Document, timeUp: () => boolean, yieldToPage: () => Promise<void>): Promise<Element> {
  const steps = rootSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (timeUp()) await yieldToPage();
  }
}

/** Paragraphs scored between two chances to pause. */
const PARAGRAPHS_PER_STEP = 32;

/** The work of findArticleRoot as a generator that yields between groups of paragraphs. */
function* rootSteps(doc: Document): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  const marked = bestByText([...doc.querySelectorAll('[itemprop~="articleBody"]')]);
  if (marked) return marked;
  const excluded = excludedTest();
  const subtree = new Map<Element, number>();
  const local = new Map<Element, number>();
  let total = 0;
  let seen = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (!len || excluded(p)) continue;
    total += len;
    for (let a = p.parentElement; a; a = a.parentElement) subtree.set(a, (subtree.get(a) ?? 0) + len);
    const parent = p.parentElement;
    if (parent) local.set(parent, (local.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) local.set(grand, (local.get(grand) ?? 0) + len / 2);
  }
  if (!total) return body;
  const score = (el: Element) => subtree.get(el) ?? 0;
  const candidates = [...doc.querySelectorAll(CANDIDATES)].filter((c) => score(c) >= total / 2 && !excluded(c));
  if (candidates.length) {
    const max = Math.max(...candidates.map(score));
    const good = candidates.filter((c) => score(c) >= 0.85 * max);
    return good.reduce((a, b) => (a.contains(b) ? b : a));
  }
  let best: Element | null = null;
  for (const [el, s] of local) if (!best || s > (local.get(best) ?? 0)) best = el;
  while (best && best !== body && score(best) < total / 2) best = best.parentElement;
  return best ?? body;
}

/**
 * The page's headline when it lies outside the article root (sites often put the h1 above the body
 * container): the first `h1` with text that precedes `root`, is not inside it, and is neither skipped
 * nor inside site chrome. Null when `root` holds an h1 itself.
 * @param doc the page
 * @param root the article root, usually from {@link findArticleRoot}
 */
export function findHeadline(doc: Document, root: Element): Element | null {
  if (root.querySelector('h1')) return null;
  const excluded = excludedTest();
  for (const h of doc.querySelectorAll('h1')) {
    if (root.contains(h) || !(h.compareDocumentPosition(root) & 4)) continue; // 4: DOCUMENT_POSITION_FOLLOWING
    if (h.textContent?.trim() && !excluded(h)) return h;
  }
  return null;
}

/** A cached test: is the element, or an ancestor below `body`, skipped or chrome? */
function excludedTest(): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const test = (el: Element | null): boolean => {
    if (!el || el.localName === 'body' || el.localName === 'html') return false;
    let hit = cache.get(el);
    if (hit === undefined) {
      hit = isSkipped(el, null) || isChrome(el) || test(el.parentElement);
      cache.set(el, hit);
    }
    return hit;
  };
  return test;
}

function bestByText(els: Element[]): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of els) {
    const len = (el.textContent ?? '').trim().length;
    if (len > bestLen) [best, bestLen] = [el, len];
  }
  return best;
}
