import type { PaintLayer } from './paint';

/**
 * Fallback painting for browsers without the CSS Custom Highlight API: each text-node piece of a
 * range is wrapped in `<claimlens-mark data-claimlens="<verdict>">` (or `note`) (the text itself is unchanged).
 * @returns the inserted marks, for {@link unwrapMarks}
 */
export function wrapRange(doc: Document, range: Range, verdict: PaintLayer): HTMLElement[] {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode ?? root : root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.length;
    if (end > start) pieces.push({ node: t, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.length) target.splitText(end - start);
    const mark = doc.createElement('claimlens-mark');
    mark.setAttribute('data-claimlens', verdict);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    return mark;
  });
}

/** Puts the marks' text back where it was and merges the split text nodes again. */
export function unwrapMarks(marks: HTMLElement[]): void {
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}
