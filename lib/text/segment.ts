import { isFalseBreak } from './segment-joins';

/** One sentence of a text. */
export interface Sentence {
  /** UTF-16 offset of the first character in the segmented text. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
  /** `text.slice(start, end)`: no leading or trailing whitespace. */
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Splits text into sentences: `Intl.Segmenter` (granularity `sentence`, Unicode UAX #29), then
 * re-joins the pieces it split after abbreviations (rules and sources in {@link isFalseBreak}).
 * Closing quotes and brackets stay with their sentence ("... “no progress.”"). The abbreviation
 * rules are English news usage; they are applied for every locale, since they only ever join.
 * Without `Intl.Segmenter` a simple punctuation splitter is used instead.
 * @param text one block's text (line breaks inside are treated as hard breaks by UAX #29)
 * @param locale BCP 47 tag for the segmenter, default `'en'`
 * @returns sentences in order, trimmed of surrounding whitespace, empty ones dropped; offsets are
 *   UTF-16 code units into `text`
 * @throws RangeError when `locale` is not a valid language tag
 */
export function segmentSentences(text: string, locale = 'en'): Sentence[] {
  const pieces = rawPieces(text, locale);
  const merged: Array<[number, number]> = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && isFalseBreak(text.slice(prev[0], prev[1]).trimEnd(), text.slice(piece[0], piece[1]).trimStart())) {
      prev[1] = piece[1];
    } else {
      merged.push([piece[0], piece[1]]);
    }
  }
  const out: Sentence[] = [];
  for (const [from, to] of merged) {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) out.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** Contiguous [start, end) pieces covering `text`, as the platform segmenter splits it. */
function rawPieces(text: string, locale: string): Array<[number, number]> {
  if (typeof Intl.Segmenter !== 'function') return fallbackPieces(text);
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const pieces: Array<[number, number]> = [];
  for (const s of segmenter.segment(text)) pieces.push([s.index, s.index + s.segment.length]);
  return pieces;
}

/** Split after `.`, `!` or `?` (plus closing quotes/brackets) followed by whitespace. */
function fallbackPieces(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  const re = /[.!?]+["'”’)\]]*\s+/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    const to = (m.index ?? 0) + m[0].length;
    pieces.push([from, to]);
    from = to;
  }
  if (from < text.length) pieces.push([from, text.length]);
  return pieces;
}
