/** One DOM Text node's share of a block's text. */
export interface TextNodeSpan {
  /** The DOM text node. */
  node: Text;
  /** UTF-16 offset in {@link Block.text} of the first character this node contributed. */
  start: number;
  /** UTF-16 offset just past the last character it contributed (exclusive). */
  end: number;
}

/**
 * The visible text of one run of inline content, with a map back to the DOM.
 * `text` has whitespace collapsed as CSS `white-space: normal` renders it (one space, none at either
 * end), `<br>` read as a space and `<wbr>` as nothing; every other character is the DOM's own
 * (U+00A0, soft hyphens and the like are kept: lib/text/normalize folds them for matching).
 */
export interface Block {
  /** The nearest block-level element holding the run (several runs may share one element). */
  element: Element;
  /** Visible text, never empty. */
  text: string;
  /**
   * Contributing text nodes in document order, spans ascending and not overlapping. Gaps between
   * spans are spaces that come from `<br>` rather than a text node.
   */
  nodes: TextNodeSpan[];
}

/** Options for extractBlocks. */
export interface ExtractOptions {
  /**
   * Use `getComputedStyle` for `display: none`, `visibility: hidden` and block/inline layout.
   * Default: true when the document's window has a working `getComputedStyle`. Without it (or in
   * DOMs without layout, e.g. happy-dom, where it answers only partly) tag names and inline styles decide.
   */
  useComputedStyle?: boolean;
}
