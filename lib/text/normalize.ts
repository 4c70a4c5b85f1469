import { REMOVED_CHARS, foldChar, isSpaceChar } from './fold-char';

export { foldChar } from './fold-char';

/** Result of {@link normalizeForMatch}. */
export interface NormalizedText {
  /** The folded text. */
  text: string;
  /**
   * `map[i]` is the UTF-16 offset in the input of the character that produced output unit `i`;
   * `map[text.length]` is the input length. Length: `text.length + 1`, never decreasing.
   */
  map: number[];
}

const MARK = /^\p{M}$/u;
/** Printable ASCII words between single spaces: folding only lower-cases them, offsets stay (speed). */
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;

/**
 * Folds text for matching while keeping a map back to input offsets (hard cases 4-7, 24).
 *
 * - removes U+00AD, U+200B-U+200D, U+2060, U+FEFF (they never split a whitespace run);
 * - every run of whitespace (`\s`: ASCII, U+00A0, U+202F, U+2009, U+3000, ...) becomes one `' '`,
 *   mapped to the run's first character; leading and trailing whitespace is dropped;
 * - curly quotes -> `'` / `"`, dashes and minus -> `-`;
 * - each cluster (base + combining marks) gets NFKC (unless that would add a space) and lower case;
 *   all output units of a cluster map to the cluster's start. NFKC runs per cluster, so it never
 *   composes across clusters (Hangul conjoining jamo stay as they are).
 *
 * Diacritics are kept: "Zelenskyy" vs "Zelenskyi" is the matcher's business, not normalisation's.
 * @param text any string; offsets are UTF-16 code units
 * @returns the folded text and its offset map (see {@link NormalizedText})
 */
export function normalizeForMatch(text: string): NormalizedText {
  if (PLAIN_ASCII.test(text)) {
    const identity: number[] = [];
    for (let i = 0; i <= text.length; i++) identity.push(i);
    return { text: text.toLowerCase(), map: identity };
  }
  let out = '';
  const map: number[] = [];
  let spaceAt = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? text[i] as string : text.slice(i, i + 2);
    // ASCII is never removed, and its whitespace is \t-\r and ' ': no set or regex look-up (speed).
    if (cp >= 0x80 && REMOVED_CHARS.has(ch)) {
      i += width;
      continue;
    }
    if (cp < 0x80 ? cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) : isSpaceChar(ch)) {
      if (spaceAt < 0) spaceAt = i;
      i += width;
      continue;
    }
    const end = clusterEnd(text, i + width);
    if (spaceAt >= 0 && out.length > 0) {
      out += ' ';
      map.push(spaceAt);
    }
    spaceAt = -1;
    const folded = fold(text, i, end, cp);
    out += folded;
    for (let k = 0; k < folded.length; k++) map.push(i);
    i = end;
  }
  map.push(n);
  return { text: out, map };
}

/** End offset of the combining marks that follow a base character starting before `from`. */
function clusterEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const cp = text.codePointAt(j) as number;
    // Combining marks start at U+0300: skip the regex for ASCII and Latin-1.
    if (cp < 0x300 || !MARK.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** Fast path for a lone ASCII character; {@link foldChar} otherwise. */
function fold(text: string, start: number, end: number, cp: number): string {
  if (cp < 0x80 && end === start + 1) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : text[start] as string;
  }
  return foldChar(text.slice(start, end));
}

/**
 * One token, in order of preference at each position:
 * 1. a number: digits, optional `,ddd` thousands groups, optional `.d+` decimals (`1,000.5`, `66.9`);
 * 2. a word: a letter, then letters/marks/digits, with inner apostrophes kept (`didn't`, `covid19`);
 * 3. a lone `%` or currency sign (`$`, `€`, `£`, ... = `\p{Sc}`).
 * Everything else (spaces, hyphens, periods, quotes, other symbols) separates tokens.
 */
const TOKEN = /\p{Nd}+(?:,\p{Nd}{3}(?!\p{Nd}))*(?:\.\p{Nd}+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:'[\p{L}\p{M}\p{N}]+)*|[%\p{Sc}]/gu;

/**
 * Splits text into lower-case match tokens, after {@link normalizeForMatch} folding.
 *
 * Decisions (so a matcher can compare numbers, hard case 20):
 * - `$66.9 billion` -> `['$', '66.9', 'billion']`; `500%` -> `['500', '%']`;
 *   `1,000,000` -> `['1000000']` (thousands commas dropped; `1,5` stays two numbers `1`, `5`);
 * - a number glued to letters splits: `24-hour` -> `['24', 'hour']`, `3rd` -> `['3', 'rd']`;
 *   a word that starts with a letter keeps its digits: `covid19`, `g7`;
 * - hyphens split (`russia-ukraine` -> two tokens); inner apostrophes stay, so negations such as
 *   `didn't` survive as one token and possessives stay `trump's` (strip `'s` in the matcher if wanted);
 * - signs are not kept: `-3` -> `['3']`.
 * @param text any string
 * @returns tokens in text order; empty array for text without letters, digits, `%` or currency signs
 */
export function tokenize(text: string): string[] {
  const folded = normalizeForMatch(text).text;
  const tokens: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const t = m[0];
    tokens.push(/^\p{Nd}/u.test(t) ? t.replace(/,/g, '') : t);
  }
  return tokens;
}
