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
   * @returns the innermost (shortest) target whose rectangles contain the point, with its rectangle
   */
  at(x: number, y: number): { target: HitTarget<T>; rect: DOMRect } | undefined {
    this.rects ??= this.targets.map((t) => Array.from(t.range.getClientRects()));
    let best: { target: HitTarget<T>; rect: DOMRect; len: number } | undefined;
    this.targets.forEach((target, i) => {
      for (const r of this.rects![i] ?? []) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          const len = target.range.toString().length;
          if (!best || len < best.len) best = { target, rect: r, len };
          break;
        }
      }
    });
    return best && { target: best.target, rect: best.rect };
  }
}
