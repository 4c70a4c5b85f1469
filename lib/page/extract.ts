import { findArticleRoot, findHeadline } from './article-root';
import { BlockBuilder } from './extract-builder';
import { isChrome } from './extract-chrome';
import { isBlockLevel, styleReader, type StyleOf } from './extract-layout';
import { isSkipped } from './extract-skip';
import type { Block, ExtractOptions } from './extract-types';

export type { Block, ExtractOptions, TextNodeSpan } from './extract-types';
export { rangeForOffsets } from './extract-range';
export { findArticleRoot, findHeadline } from './article-root';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

/**
 * The visible text blocks of a page or subtree, each with a map back to its DOM text nodes.
 *
 * - Given a Document: the blocks of {@link findArticleRoot}, preceded by the headline's block when
 *   the headline lies outside that root ({@link findHeadline}). For the whole page pass `doc.body`.
 * - Given an Element: its blocks, or none when it or an ancestor is skipped or chrome.
 *
 * Each run of inline content (a, strong, em, span, ...: hard case 1) between block-level boundaries
 * (p, li, h1-h6, td, div, ...: hard case 2) is one block, so text on two sides of a boundary never
 * joins. Skipped with all their content: see isSkipped (hidden, code, form controls, contenteditable,
 * ClaimLens's own UI; hard cases 8, 9, 25) and isChrome (navigation, share bars, ads, related posts,
 * comments, footers, cookie banners). A closed `<details>` contributes only its `<summary>`.
 * Open shadow roots are not entered (their text needs ranges of its own, hard case 16).
 * @param root a Document, or the element to read
 * @param opts see {@link ExtractOptions}
 * @returns blocks in document order; offsets in them are UTF-16 code units
 */
export function extractBlocks(root: Element | Document, opts: ExtractOptions = {}): Block[] {
  const out: Block[] = [];
  if (root.nodeType === DOCUMENT_NODE) {
    const doc = root as Document;
    const styleOf = styleReader(doc, opts.useComputedStyle);
    const article = findArticleRoot(doc);
    const headline = findHeadline(doc, article);
    if (headline) read(headline, styleOf, out);
    read(article, styleOf, out);
    return out;
  }
  const el = root as Element;
  const styleOf = styleReader(el.ownerDocument, opts.useComputedStyle);
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (isSkipped(a, styleOf(a)) || isChrome(a)) return out;
  }
  read(el, styleOf, out);
  return out;
}

/** Reads `root` as one block container. */
function read(root: Element, styleOf: StyleOf, out: Block[]): void {
  const builder = new BlockBuilder(out, root);
  visitChildren(root, styleOf, builder);
  builder.flush();
}

function visitChildren(el: Element, styleOf: StyleOf, b: BlockBuilder): void {
  const closedDetails = el.localName === 'details' && !el.hasAttribute('open');
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (closedDetails && (c.nodeType !== ELEMENT_NODE || (c as Element).localName !== 'summary')) continue;
    if (c.nodeType === TEXT_NODE) b.addText(c as Text);
    else if (c.nodeType === ELEMENT_NODE) visitElement(c as Element, styleOf, b);
  }
}

function visitElement(el: Element, styleOf: StyleOf, b: BlockBuilder): void {
  if (el.localName === 'br') {
    b.addBreak();
    return;
  }
  const style = styleOf(el);
  const block = isBlockLevel(el, style);
  if (isSkipped(el, style) || isChrome(el)) {
    if (block) b.flush(); // a skipped box (an ad between two halves of a div) still separates text
    return;
  }
  if (!block) {
    visitChildren(el, styleOf, b);
    return;
  }
  const outer = b.element;
  b.flush();
  b.element = el;
  visitChildren(el, styleOf, b);
  b.flush();
  b.element = outer;
}
