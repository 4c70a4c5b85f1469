import type { Block, TextNodeSpan } from './extract-types';

/**
 * Whether a UTF-16 unit is whitespace that CSS `white-space: normal` collapses: space, tab, LF, FF, CR
 * (HTML's ASCII whitespace). U+00A0 and other Unicode spaces are not collapsed by CSS, so they stay.
 * @param unit a UTF-16 code unit from `charCodeAt`
 */
export function isCollapsible(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d;
}

/** A space waiting for the next visible character; `node` null when it comes from `<br>`. */
interface PendingSpace {
  node: Text | null;
}

/**
 * Builds blocks from a run of inline content, collapsing whitespace the way CSS renders it: a run
 * of collapsible whitespace (or `<br>`) becomes one space, emitted only when visible text follows
 * inside the same block, so no block starts or ends with a space and no space between words is lost
 * (hard cases 3 and 7). The space belongs to the text node holding the run's first whitespace
 * character, so rangeForOffsets can map it back; a `<br>`-only space belongs to no node.
 */
export class BlockBuilder {
  private text = '';
  private nodes: TextNodeSpan[] = [];
  private pending: PendingSpace | null = null;

  /**
   * @param out blocks are appended here by {@link flush}
   * @param element the block-level element that holds the current run
   */
  constructor(private readonly out: Block[], public element: Element) {}

  /** A `<br>`: a space if text came before in this block and more comes after. */
  addBreak(): void {
    if (this.text && !this.pending) this.pending = { node: null };
  }

  /** Appends one DOM text node's characters. */
  addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const from = i;
      if (isCollapsible(data.charCodeAt(i))) {
        while (i < n && isCollapsible(data.charCodeAt(i))) i++;
        if (this.text && (!this.pending || !this.pending.node)) this.pending = { node };
        continue;
      }
      while (i < n && !isCollapsible(data.charCodeAt(i))) i++;
      this.emitPending();
      const span = this.spanFor(node);
      this.text += data.slice(from, i);
      span.end = this.text.length;
    }
  }

  /** Ends the current run: a non-empty run becomes a block; a trailing space is dropped. */
  flush(): void {
    if (this.text) this.out.push({ element: this.element, text: this.text, nodes: this.nodes });
    this.text = '';
    this.nodes = [];
    this.pending = null;
  }

  private emitPending(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (!pending.node) {
      this.text += ' ';
      return;
    }
    const span = this.spanFor(pending.node);
    this.text += ' ';
    span.end = this.text.length;
  }

  private spanFor(node: Text): TextNodeSpan {
    const last = this.nodes[this.nodes.length - 1];
    if (last && last.node === node) return last;
    const span = { node, start: this.text.length, end: this.text.length };
    this.nodes.push(span);
    return span;
  }
}
