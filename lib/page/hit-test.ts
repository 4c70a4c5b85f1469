/** Something painted that the pointer can be over. */
export interface HitTarget<T> {
  range: Range;
  value: T;
}

/**
 * Finds the painted range under a point. Client rectangles are cached and dropped on scroll,
 * resize or a layout change (call {@link HitTester.invalidate}), so pointer moves cost a scan of
 * cached numbers, not a layout per range.
 */
export class HitTester<T> {
  private rects: DOMRect[][] | undefined;

  constructor(private targets: Array<HitTarget<T>>) {}

  /** Replaces the targets (after a rescan). */
  set(targets: Array<HitTarget<T>>): void {
    this.targets = targets;
    this.rects = undefined;
  }

  /** Drops cached rectangles. */
  invalidate(): void {
    this.rects = undefined;
  }

  /**
   * @param x client X in CSS px
   * @param y client Y in CSS px
   * @returns the innermost (shortest) target whose rectangles contain the point, with the rectangle
   *   under the point (`rect`) and the box around all of the target's rectangles (`bounds`, client px)
   */
  at(x: number, y: number): { target: HitTarget<T>; rect: DOMRect; bounds: DOMRect } | undefined {
    this.rects ??= this.targets.map((t) => Array.from(t.range.getClientRects()));
    let best: { target: HitTarget<T>; rect: DOMRect; len: number; i: number } | undefined;
    this.targets.forEach((target, i) => {
      for (const r of this.rects![i] ?? []) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          const len = target.range.toString().length;
          if (!best || len < best.len) best = { target, rect: r, len, i };
          break;
        }
      }
    });
    return best && { target: best.target, rect: best.rect, bounds: boundsOf(this.rects![best.i]!) };
  }
}

/** The smallest rectangle around non-empty rectangles (client px). */
export function boundsOf(rects: Iterable<DOMRect>): DOMRect {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const r of rects) {
    if (r.width === 0 && r.height === 0) continue;
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    bottom = Math.max(bottom, r.bottom);
    right = Math.max(right, r.right);
  }
  return top === Infinity ? new DOMRect() : new DOMRect(left, top, right - left, bottom - top);
}
