import search from 'approx-string-match';

/**
 * Similarity of `pattern` to its best approximate occurrence in `text`, 0..1: `1 - errors / length`,
 * where errors is the Levenshtein edit count found by approx-string-match (Myers 1999). An empty
 * pattern is fully similar; a pattern with no occurrence within its own length in errors scores 0.
 * @param text where to look (keep it short: cost grows with `text.length * pattern.length / 32`)
 * @param pattern what to look for
 */
export function similarity(text: string, pattern: string): number {
  if (!pattern) return 1;
  const found = search(text, pattern, pattern.length);
  if (!found.length) return 0;
  const errors = Math.min(...found.map((m) => m.errors));
  return 1 - errors / pattern.length;
}

/**
 * How well the context around `[start, end)` in `text` agrees with a quote's prefix and suffix,
 * each 0..1 ({@link similarity} against the same number of characters beside the span).
 */
export function contextScores(text: string, start: number, end: number, prefix: string, suffix: string): { prefix: number; suffix: number } {
  return {
    prefix: prefix ? similarity(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1,
    suffix: suffix ? similarity(text.slice(end, end + suffix.length), suffix) : 1,
  };
}
