import search from 'approx-string-match';
import { contextScores } from './text-similarity';
import type { TextAnchor, TextQuoteSelector, TextPositionSelector } from './types';

/**
 * Weights of quote, prefix, suffix and closeness to the old position in a candidate's score:
 * 50/20/20/2, as the Hypothesis client weighs them (src/annotator/anchoring/match-quote.ts).
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** Errors allowed near the old position, as a share of the quote's length. */
const NEAR_ERROR_RATE = 0.25;
/** Errors allowed anywhere else on the page: lower, so the piece filter below stays selective. */
const FAR_ERROR_RATE = 0.1;
/**
 * Characters of candidate windows searched per note away from its old position, unless the search is
 * exhaustive ("Find again"): keeps a page of any size within a fixed time per note; the windows
 * holding the most intact pieces of the quote are searched first.
 */
const FAR_BUDGET_CHARS = 20_000;
/** Never fuzzy-match quotes shorter than this (UTF-16 units): a few edits would change their meaning. */
const MIN_FUZZY_CHARS = 12;
/** Minimum combined score of a fuzzy anchor, 0..1; below it the note is an orphan. */
export const MIN_FUZZY_SCORE = 0.75;
/** Characters searched on each side of the old position before the whole page is. */
const NEAR_WINDOW = 2000;
/** Exact occurrences scored at most; a quote repeated more often than this is anchored among the first ones. */
const MAX_OCCURRENCES = 1000;

/** Options for {@link anchorQuote}. */
export interface AnchorOptions {
  /** Minimum combined score of a fuzzy anchor (default {@link MIN_FUZZY_SCORE}). */
  minScore?: number;
  /** Search every candidate window, however many (default false: at most FAR_BUDGET_CHARS per note). */
  exhaustive?: boolean;
}

/**
 * Finds a quote again in the page text, in the order the W3C selectors allow:
 * 1. the TextPositionSelector, when the text there still equals the quote and its context does not
 *    point elsewhere (both prefix and suffix changed while the quote occurs again);
 * 2. exact occurrences of the quote, the one whose prefix and suffix agree best (ties: nearest
 *    to the old position) - hard case 19, a repeated sentence;
 * 3. approximate occurrences (edit distance, approx-string-match), first within
 *    {@link NEAR_WINDOW} of the old position allowing 25 % errors, then anywhere allowing 12.5 %
 *    (found by a pigeonhole filter: with k errors, one of k + 1 pieces of the quote is intact);
 *    scored like the Hypothesis client and kept only from {@link MIN_FUZZY_SCORE}.
 * @param text the page text (UTF-16; see page-text.ts)
 * @param quote the TextQuoteSelector
 * @param position the TextPositionSelector, if stored
 * @returns the anchor, or null when the note is an orphan on this page
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
  options: AnchorOptions = {},
): TextAnchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  const hint = position ? position.start : undefined;
  if (position && text.slice(position.start, position.end) === exact) {
    const ctx = contextScores(text, position.start, position.end, quote.prefix, quote.suffix);
    // The context decides first (cheap); only when both sides changed is the page searched for another copy.
    const unique = () => text.indexOf(exact, position.start + 1) < 0 && text.lastIndexOf(exact, position.start - 1) < 0;
    if (ctx.prefix >= 0.5 || ctx.suffix >= 0.5 || unique()) {
      return { start: position.start, end: position.end, method: 'position', score: 1 };
    }
  }
  const exactHit = bestExact(text, quote, hint);
  if (exactHit) return exactHit;
  if (exact.length < MIN_FUZZY_CHARS) return null;
  const minScore = options.minScore ?? MIN_FUZZY_SCORE;
  if (hint !== undefined) {
    const from = Math.max(0, hint - NEAR_WINDOW);
    const near = bestFuzzy(text, quote, hint, [[from, Math.min(text.length, hint + exact.length + NEAR_WINDOW)]], NEAR_ERROR_RATE);
    if (near && near.score >= minScore) return near;
  }
  const windows = candidateWindows(text, exact, FAR_ERROR_RATE, options.exhaustive ? Infinity : FAR_BUDGET_CHARS);
  const far = bestFuzzy(text, quote, hint, windows, FAR_ERROR_RATE);
  return far && far.score >= minScore ? far : null;
}

/** Score of a candidate span: quote, context and position agreement, weighted (0..1). */
function score(text: string, quote: TextQuoteSelector, start: number, end: number, quoteSim: number, hint: number | undefined): number {
  const ctx = contextScores(text, start, end, quote.prefix, quote.suffix);
  const pos = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  const w = WEIGHTS;
  return (w.quote * quoteSim + w.prefix * ctx.prefix + w.suffix * ctx.suffix + w.position * pos) / (w.quote + w.prefix + w.suffix + w.position);
}

function bestExact(text: string, quote: TextQuoteSelector, hint: number | undefined): TextAnchor | null {
  let best: TextAnchor | null = null;
  let count = 0;
  for (let at = text.indexOf(quote.exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(quote.exact, at + 1), count++) {
    const s = score(text, quote, at, at + quote.exact.length, 1, hint);
    if (!best || s > best.score) best = { start: at, end: at + quote.exact.length, method: 'quote', score: s };
  }
  // Exact text is found exactly whatever its context: report it as a full-score anchor.
  return best && { ...best, score: 1 };
}

function bestFuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  windows: Array<[number, number]>,
  errorRate: number,
): TextAnchor | null {
  const maxErrors = Math.floor(quote.exact.length * errorRate);
  let best: TextAnchor | null = null;
  for (const [from, to] of windows) {
    for (const m of search(text.slice(from, to), quote.exact, maxErrors)) {
      const start = from + m.start;
      const end = from + m.end;
      const s = score(text, quote, start, end, 1 - m.errors / quote.exact.length, hint);
      if (!best || s > best.score) best = { start, end, method: 'fuzzy', score: s };
    }
  }
  return best;
}

/**
 * Windows of `text` that may hold `exact` with at most `errorRate` edits. Pigeonhole filter (Wu &
 * Manber 1992; Navarro 2001, "A guided tour to approximate string matching", §8): split the quote into
 * k + 1 pieces; any occurrence with k edits contains one piece unchanged, so only the surroundings of
 * exact piece hits need the costly search. Overlapping windows are merged; when they exceed `budget`
 * characters, those holding the most piece hits are kept (an edited sentence keeps most of its pieces).
 * @returns `[from, to)` windows
 */
function candidateWindows(text: string, exact: string, errorRate: number, budget: number): Array<[number, number]> {
  const k = Math.floor(exact.length * errorRate);
  const pieces = k + 1;
  const size = Math.floor(exact.length / pieces);
  if (size < 4) return budget === Infinity ? [[0, text.length]] : [];
  const raw: Array<[number, number]> = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = exact.slice(offset, p === pieces - 1 ? exact.length : offset + size);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      raw.push([Math.max(0, at - offset - k), Math.min(text.length, at - offset + exact.length + k)]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<{ from: number; to: number; hits: number }> = [];
  for (const [from, to] of raw) {
    const last = merged[merged.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.hits++;
    } else merged.push({ from, to, hits: 1 });
  }
  merged.sort((a, b) => b.hits - a.hits);
  const kept: Array<[number, number]> = [];
  let used = 0;
  for (const w of merged) {
    if (used + (w.to - w.from) > budget) break;
    used += w.to - w.from;
    kept.push([w.from, w.to]);
  }
  return kept;
}
