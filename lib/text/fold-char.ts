/**
 * Per-character folding tables for matching. Rationale for each table: hard cases 4, 5 and 6 in
 * docs/hard-cases (Unicode spaces, invisible characters, typographic quotes and dashes).
 */

/**
 * Invisible format characters dropped for matching: soft hyphen U+00AD, zero-width space, non-joiner
 * and joiner U+200B-U+200D, word joiner U+2060, BOM / zero-width no-break space U+FEFF.
 */
export const REMOVED_CHARS: ReadonlySet<string> = new Set([
  '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
]);

/** Quote-like characters folded to `'`: curly singles, low-9, reversed-9, prime, modifier apostrophe, acute, single guillemets (ASCII backtick is left alone). */
const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u00B4\u2039\u203A';
/** Folded to `"`: curly doubles, low-9, double primes, guillemets, CJK double primes. */
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u301D\u301E';
/** Folded to `-`: hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus, small and two/three-em dashes. */
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\u2E3A\u2E3B';

const PUNCT_FOLD = new Map<string, string>([
  ...[...SINGLE_QUOTES].map((c) => [c, "'"] as [string, string]),
  ...[...DOUBLE_QUOTES].map((c) => [c, '"'] as [string, string]),
  ...[...DASHES].map((c) => [c, '-'] as [string, string]),
]);

const SPACE = /^\s$/u;
const HAS_SPACE = /\s/u;

/**
 * Whether one code point counts as whitespace for matching: ECMAScript `\s`, which covers ASCII
 * whitespace, U+00A0, U+1680, U+2000-U+200A, U+2028/9, U+202F, U+205F and U+3000.
 * U+FEFF is also `\s` in JS, but {@link REMOVED_CHARS} is checked first.
 * @param ch one code point (1 or 2 UTF-16 units)
 */
export function isSpaceChar(ch: string): boolean {
  return SPACE.test(ch);
}

/**
 * Folds one cluster (a base code point plus any combining marks) for matching.
 * Order: removed characters -> '', whitespace -> ' ', quotes/dashes -> ASCII, otherwise Unicode NFKC
 * then lower case, then the quote/dash table again on NFKC's output (fullwidth forms and the like).
 * NFKC is skipped when it would introduce whitespace (e.g. U+00A8 diaeresis -> space + combining mark),
 * since that would invent a word boundary.
 * @param cluster a base code point optionally followed by combining marks; empty string allowed
 * @returns the folded text, possibly empty or longer than the input (e.g. 'ﬁ' -> 'fi')
 */
export function foldChar(cluster: string): string {
  if (REMOVED_CHARS.has(cluster)) return '';
  if (isSpaceChar(cluster)) return ' ';
  const punct = PUNCT_FOLD.get(cluster);
  if (punct !== undefined) return punct;
  let nfkc = cluster.normalize('NFKC');
  if (HAS_SPACE.test(nfkc) && !HAS_SPACE.test(cluster)) nfkc = cluster;
  const lower = nfkc.toLowerCase();
  let out = '';
  for (const c of lower) out += PUNCT_FOLD.get(c) ?? (REMOVED_CHARS.has(c) ? '' : c);
  return out;
}
