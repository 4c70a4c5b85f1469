import { findArticleRoot, findHeadline } from './article-root';
import { isChrome } from './extract-chrome';
import { styleReader } from './extract-layout';
import { isSkipped } from './extract-skip';
import type { Block, ExtractOptions } from './extract-types';
import { BlockWalker } from './extract-walker';

export type { Block, ExtractOptions, TextNodeSpan } from './extract-types';
export { rangeForOffsets } from './extract-range';
export { findArticleRoot, findArticleRootSliced, findHeadline } from './article-root';

export { BlockWalker } from './extract-walker';

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
 * Open shadow roots are read in place of their host's children, with a block boundary at every
 * shadow boundary (hard case 16; see {@link BlockWalker}).
 * @param root a Document, or the element to read
 * @param opts see {@link ExtractOptions}
 * @returns blocks in document order; offsets in them are UTF-16 code units
 */
export function extractBlocks(root: Element | Document, opts: ExtractOptions = {}): Block[] {
  const { blocks, walker } = startExtraction(root, opts);
  walker.run(() => false);
  return blocks;
}

/** An extraction under way: `blocks` fills up as `walker.run` reads on. */
export interface Extraction {
  blocks: Block[];
  walker: BlockWalker;
}

/**
 * Sets up {@link extractBlocks} without reading yet, so the caller can read in time slices:
 * `while (!walker.run(() => performance.now() > deadline)) await yieldToMain()`.
 * Finding the article root (one pass over the page's paragraphs) happens here, synchronously, unless
 * the caller found it already (in slices, with findArticleRootSliced).
 * @param root a Document, or the element to read
 * @param opts see {@link ExtractOptions}
 * @param article the article root of a Document `root`, when already known
 * @returns the growing block list and its walker; never throws
 */
export function startExtraction(root: Element | Document, opts: ExtractOptions = {}, article?: Element): Extraction {
  const blocks: Block[] = [];
  if (root.nodeType === DOCUMENT_NODE) {
    const doc = root as Document;
    const styleOf = styleReader(doc, opts.useComputedStyle);
    const main = article ?? findArticleRoot(doc);
    const headline = findHeadline(doc, main);
    return { blocks, walker: new BlockWalker(headline ? [headline, main] : [main], styleOf, blocks) };
  }
  const el = root as Element;
  const styleOf = styleReader(el.ownerDocument, opts.useComputedStyle);
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (isSkipped(a, styleOf(a)) || isChrome(a)) return { blocks, walker: new BlockWalker([], styleOf, blocks) };
  }
  return { blocks, walker: new BlockWalker([el], styleOf, blocks) };
}
