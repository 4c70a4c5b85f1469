/** Space between the card and the text it belongs to, CSS px. */
export const GAP = 6;

interface Box { top: number; bottom: number; left: number }

/**
 * Where the card goes: below the whole sentence, else above it, so it never covers the sentence
 * being read; when neither fits the viewport (a sentence taller than the view allows), below the
 * line under the pointer, else above that line. Horizontally it starts at that line's left edge,
 * kept inside the viewport.
 * @param line the line (client rectangle) the card is opened from, client px
 * @param sentence the box around all of the sentence's lines, client px (the line itself when unknown)
 * @param card the card's size, CSS px
 * @param view the viewport's size, CSS px
 * @returns the card's top-left corner, client px
 */
export function placeCard(
  line: Box,
  sentence: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
): { left: number; top: number } {
  const top = Math.min(line.top, sentence.top);
  const bottom = Math.max(line.bottom, sentence.bottom);
  const fits = (y: number) => y >= 0 && y + card.height <= view.height;
  const y = [bottom + GAP, top - GAP - card.height, line.bottom + GAP].find(fits) ?? Math.max(GAP, line.top - GAP - card.height);
  const x = Math.min(Math.max(GAP, line.left), Math.max(GAP, view.width - card.width - GAP));
  return { left: x, top: y };
}
