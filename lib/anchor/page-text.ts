import { isCollapsible } from '../page/extract-builder';
import { rangeForOffsets, type Block, type TextNodeSpan } from '../page/extract';

/**
 * The text annotations are anchored in: the page's visible blocks (lib/page/extract: whitespace
 * collapsed as CSS renders it, hidden content and ClaimLens's own UI left out) joined by `\n`.
 * Markup and source whitespace changes do not move offsets in it, so they do not orphan a note.
 */
export interface PageText {
  text: string;
  blocks: Block[];
  /** `starts[i]`: offset of `blocks[i].text` in `text`. */
  starts: number[];
}

/** Separator between blocks in {@link PageText.text}. */
export const BLOCK_SEPARATOR = '\n';

/**
 * Joins blocks into one page text.
 * @param blocks from `extractBlocks(doc.body)` (every block, not only the article's)
 */
export function pageText(blocks: Block[]): PageText {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks, starts };
}

/**
 * Offsets in the page text of the extracted text a DOM range covers (a user's selection).
 * Text outside every block (hidden, form fields, ClaimLens's UI) is ignored.
 * @returns `{ start, end }` (UTF-16, end exclusive), or null when the range covers no page text
 */
export function offsetsOfRange(pt: PageText, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  pt.blocks.forEach((block, bi) => {
    for (const span of block.nodes) {
      if (!range.intersectsNode(span.node)) continue;
      const s = span.node === range.startContainer ? blockOffset(block.text, span, range.startOffset) : span.start;
      const e = span.node === range.endContainer ? blockOffset(block.text, span, range.endOffset) : span.end;
      if (e <= s) continue;
      const base = pt.starts[bi]!;
      if (start < 0) start = base + s;
      end = base + e;
    }
  });
  return start < 0 ? null : { start, end };
}

/**
 * Block-text offset of DOM offset `domOffset` in `span.node`: the inverse of extract-range's mapping,
 * replaying BlockBuilder's collapsing (a whitespace run yields one space exactly when the block text
 * holds a space there).
 */
function blockOffset(text: string, span: TextNodeSpan, domOffset: number): number {
  const data = span.node.data;
  let p = span.start;
  let i = 0;
  while (i < data.length && p < span.end && i < domOffset) {
    if (isCollapsible(data.charCodeAt(i))) {
      while (i < data.length && isCollapsible(data.charCodeAt(i))) i++;
      if (text.charCodeAt(p) === 0x20) p++;
      continue;
    }
    p++;
    i++;
  }
  return p;
}

/**
 * A DOM Range for `pt.text.slice(start, end)`, possibly across blocks.
 * @throws RangeError when the offsets are out of order, out of bounds, or cover only separators
 */
export function rangeOfOffsets(pt: PageText, start: number, end: number, doc: Document): Range {
  if (!(start >= 0 && start < end && end <= pt.text.length)) throw new RangeError(`Offsets ${start}..${end} are outside 0..${pt.text.length}`);
  const first = pt.starts.findIndex((s, i) => start < s + pt.blocks[i]!.text.length);
  let last = -1;
  pt.starts.forEach((s, i) => {
    if (end > s) last = i;
  });
  if (first < 0 || last < first) throw new RangeError('The span covers no block text');
  const a = pt.blocks[first]!;
  const b = pt.blocks[last]!;
  const ls = Math.max(0, start - pt.starts[first]!);
  const le = Math.min(b.text.length, end - pt.starts[last]!);
  const head = rangeForOffsets(a, ls, ls, doc);
  const tail = rangeForOffsets(b, le - 1, le, doc);
  const range = doc.createRange();
  range.setStart(head.startContainer, head.startOffset);
  range.setEnd(tail.endContainer, tail.endOffset);
  return range;
}
