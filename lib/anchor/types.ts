/**
 * W3C Web Annotation selectors ClaimLens stores (https://www.w3.org/TR/annotation-model/#selectors).
 * Offsets count UTF-16 code units of ClaimLens's page text (see {@link PageText} in page-text.ts):
 * the visible text of each block, whitespace collapsed, blocks joined by `\n`.
 */

/** W3C §4.2.4: the quoted text with up to {@link CONTEXT_CHARS} characters before and after it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C §4.2.5: start (inclusive) and end (exclusive) offsets of the quote in the page text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors of one annotation target, quote first. */
export type TextSelectors = [TextQuoteSelector, TextPositionSelector];

/** How a quote was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a quote was found: offsets in the page text, how, and how well (0..1, 1 = exact). */
export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}

/**
 * Characters of context kept on each side of a quote: 32, as the Hypothesis client keeps
 * (src/annotator/anchoring/types.ts, `TextQuoteAnchor.fromRange`).
 */
export const CONTEXT_CHARS = 32;
