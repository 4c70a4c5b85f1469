import { isCollapsible } from './extract-builder';
import type { Block, TextNodeSpan } from './extract-types';

/**
 * A DOM Range for `block.text.slice(start, end)`.
 *
 * Offsets are UTF-16 units into `block.text`, as are DOM Text offsets, so astral characters need no
 * care (hard case 24). A collapsed space maps to the first whitespace character of its DOM run, so
 * the range never swallows the rest of the run (hard case 7). A space that came from `<br>` lies
 * between text nodes: a range starting there starts at the next node, one ending there ends after the
 * previous node (hard case 3). Inline elements, soft hyphens, U+00A0 and `<wbr>` need nothing special:
 * the range spans them as DOM content (hard cases 1, 4, 5). `range.toString()` is the DOM's text, so
 * it differs from the block text where whitespace was collapsed or a `<br>` stood.
 * @param block a block from extractBlocks, whose DOM has not changed since
 * @param start first offset, 0 <= start <= end
 * @param end offset just past the last character, end <= block.text.length
 * @param doc the document that creates the range (`block.element.ownerDocument`)
 * @returns a new Range; collapsed when start === end
 * @throws RangeError when the offsets are out of order or out of bounds, or the block has no nodes
 */
export function rangeForOffsets(block: Block, start: number, end: number, doc: Document): Range {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= block.text.length)) {
    throw new RangeError(`Offsets ${start}..${end} are outside 0..${block.text.length}`);
  }
  if (block.nodes.length === 0) throw new RangeError('The block has no text nodes');
  const range = doc.createRange();
  const [startNode, startOffset] = startPoint(block, start);
  range.setStart(startNode, startOffset);
  if (start === end) {
    range.collapse(true);
  } else {
    const [endNode, endOffset] = endPoint(block, end);
    range.setEnd(endNode, endOffset);
  }
  return range;
}

/** DOM point before the character at `k` (or the next contributed character). */
function startPoint(block: Block, k: number): [Text, number] {
  for (const span of block.nodes) {
    if (span.end > k) return [span.node, nodeOffset(block.text, span, Math.max(k, span.start))];
  }
  const last = block.nodes[block.nodes.length - 1] as TextNodeSpan;
  return [last.node, nodeOffset(block.text, last, last.end - 1) + 1];
}

/** DOM point after the character at `k - 1` (or the previous contributed character). */
function endPoint(block: Block, k: number): [Text, number] {
  for (let i = block.nodes.length - 1; i >= 0; i--) {
    const span = block.nodes[i] as TextNodeSpan;
    if (span.start < k) return [span.node, nodeOffset(block.text, span, Math.min(k, span.end) - 1) + 1];
  }
  const first = block.nodes[0] as TextNodeSpan;
  return [first.node, nodeOffset(block.text, first, first.start)];
}

/**
 * Offset in `span.node.data` of the character that produced `text[k]`, for span.start <= k < span.end.
 * Replays the collapsing done by BlockBuilder: in one node, a whitespace run produced a space exactly
 * when the next character attributed to the node is a space (the text never holds two spaces in a row).
 */
function nodeOffset(text: string, span: TextNodeSpan, k: number): number {
  const data = span.node.data;
  let p = span.start;
  let i = 0;
  while (i < data.length && p < span.end) {
    if (isCollapsible(data.charCodeAt(i))) {
      const run = i;
      while (i < data.length && isCollapsible(data.charCodeAt(i))) i++;
      if (text.charCodeAt(p) === 0x20) {
        if (p === k) return run;
        p++;
      }
      continue;
    }
    if (p === k) return i;
    p++;
    i++;
  }
  return data.length;
}
