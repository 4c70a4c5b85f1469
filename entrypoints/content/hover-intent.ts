/**
 * Hover intent for the claim card: while the pointer travels from a claim to its card it may cross
 * other highlighted sentences; those must not take the card away. The rule is the "safe triangle"
 * of nested menus (Amazon's mega-menu, Ben Kamens's jQuery-menu-aim write-up): the pointer heads for
 * the card while it stays inside the hull of the point where it left the claim and the card's box.
 */

interface Point { x: number; y: number }
interface Rect { left: number; top: number; right: number; bottom: number }

/** Pointer jitter around the point it left from that still counts as heading for the card, CSS px. */
const JITTER = 4;
/** The near edge is widened by this much on each side, CSS px: a hand does not aim exactly. */
const EDGE_SLACK = 16;

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** True when `p` is inside the triangle `a b c` (or on its border). */
function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const d1 = cross(a, b, p);
  const d2 = cross(b, c, p);
  const d3 = cross(c, a, p);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/**
 * Whether a pointer that left the shown claim at `from` and is now at `to` is on its way to the card.
 * @param from the last point over the shown claim (or the card), client px
 * @param to the pointer now, client px
 * @param card the card's box, client px
 * @returns true within the hull of `from` and the card (widened by a few px) or a few px of
 *   jitter around `from`; false when `from` is inside the card (the pointer left the card)
 */
export function headingToCard(from: Point, to: Point, card: Rect): boolean {
  if (Math.abs(to.x - from.x) <= JITTER && Math.abs(to.y - from.y) <= JITTER) return true;
  if (from.x >= card.left && from.x <= card.right && from.y >= card.top && from.y <= card.bottom) return false;
  // the convex hull of `from` and the (slightly widened) card: a hand aims at the card, not at one edge
  const l = card.left - EDGE_SLACK;
  const r = card.right + EDGE_SLACK;
  const t = card.top - EDGE_SLACK;
  const b = card.bottom + EDGE_SLACK;
  const corners: Point[] = [{ x: l, y: t }, { x: r, y: t }, { x: r, y: b }, { x: l, y: b }];
  return corners.some((c, i) => inTriangle(to, from, c, corners[(i + 1) % 4]!));
}
