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
 * Longest sentence kept whole, UTF-16 code units. News prose stays well under it (the longest of
 * 11,002 sentences in ../shared/pages/real-world and the PolitiFact articles of ../shared/data has
 * 511); longer runs are lists or transcripts the segmenter found no stop in. They are cut into
 * clauses, so a claim inside one is still matched, and a highlight covers its clause, not screens.
 */
export const LONG_SENTENCE_CHARS = 600;
/** Clause marks a long run is cut at, every one: `;` or `:` and a space, a dash between spaces. */
const CLAUSE_MARK = /[;:]\s+|\s[\u2014\u2013-]+\s+/g;
/** Shortest piece a cut by {@link WEAK_MARKS} leaves before it, so a clause is not cut into crumbs at its first comma. */
const MIN_PIECE_CHARS = 120;
/** Where a clause still too long may be cut, strongest first: after a comma, at a space. */
const WEAK_MARKS = [/,\s+/g, /\s+/g];

/**
 * Splits text into sentences: `Intl.Segmenter` (granularity `sentence`, Unicode UAX #29), then
 * re-joins the pieces it split after abbreviations (rules and sources in {@link isFalseBreak}).
 * Closing quotes and brackets stay with their sentence ("... “no progress.”"). The abbreviation
 * rules are English news usage; they are applied for every locale, since they only ever join.
 * Without `Intl.Segmenter` a simple punctuation splitter is used instead. A run longer than
 * {@link LONG_SENTENCE_CHARS} is cut into its clauses (see cutLong), none longer than that.
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
  for (const [from, to] of merged.flatMap(([from, to]) => (to - from > LONG_SENTENCE_CHARS ? cutLong(text, from, to) : [[from, to] as [number, number]]))) {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) out.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/**
 * `text[from, to)` cut into contiguous clauses at every {@link CLAUSE_MARK} (a list's items, a
 * transcript's turns), so a claim is matched and painted as its own clause; a clause still longer
 * than {@link LONG_SENTENCE_CHARS} is cut by {@link cutWeak}.
 */
function cutLong(text: string, from: number, to: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(CLAUSE_MARK)) {
    const end = from + m.index + m[0].length;
    clauses.push([start, end]);
    start = end;
  }
  clauses.push([start, to]);
  return clauses.flatMap(([a, b]) => (b - a > LONG_SENTENCE_CHARS ? cutWeak(text, a, b) : [[a, b] as [number, number]]));
}

/**
 * `text[from, to)` cut into contiguous pieces of at most {@link LONG_SENTENCE_CHARS}: each cut at the
 * last of the strongest {@link WEAK_MARKS} that leaves at least {@link MIN_PIECE_CHARS} before it, or
 * (a run without a space) at the limit, never inside a surrogate pair.
 */
function cutWeak(text: string, from: number, to: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  while (to - start > LONG_SENTENCE_CHARS) {
    const window = text.slice(start, start + LONG_SENTENCE_CHARS);
    let cut = 0;
    for (const mark of WEAK_MARKS) {
      for (const m of window.matchAll(mark)) if (m.index >= MIN_PIECE_CHARS) cut = m.index + m[0].length;
      if (cut) break;
    }
    if (!cut) cut = LONG_SENTENCE_CHARS;
    if (/[\uD800-\uDBFF]/.test(text[start + cut - 1] ?? '')) cut--;
    pieces.push([start, start + cut]);
    start += cut;
  }
  pieces.push([start, to]);
  return pieces;
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
