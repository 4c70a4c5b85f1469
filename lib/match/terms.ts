import { normalizeForMatch } from '../text/normalize';

/**
 * English stop words left out of retrieval: function words that carry no claim content.
 * Based on the SMART/Lucene English lists, trimmed; negations are kept apart (see NEGATIONS).
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her hers him his i if in into is it its ' +
    'itself me my of on or our ours she so than that the their theirs them then there these they this those ' +
    'to too us was we were what when where which while who whom why will with would you your yours do does did ' +
    'doing done can could should may might must shall am about above after again against all any because before ' +
    'below between both during each few further here how just more most once only other over own same some such ' +
    'through under until up very also said says say told tells according just now its it\'s s t'
  ).split(' '),
);

/**
 * Words and contractions that negate a clause. A statement and a sentence must agree on negation
 * (hard case 20 of the project's hard-case list: a wrong label is worse than none).
 */
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);

/** Number words mapped to digits so "sixth" agrees with "6th" and "a fifth" with "one fifth". */
const NUMBER_WORDS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9',
  tenth: '10', half: '2', quarter: '4', dozen: '12',
});

const SCALE_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'percent', '%']);

/** Suffix rules tried in order; the first whose remaining stem is at least 3 letters applies. */
const SUFFIXES: Array<[string, string]> = [
  ['izations', 'ize'], ['ization', 'ize'], ['ational', 'ate'], ['ations', 'ate'], ['ation', 'ate'],
  ['nesses', ''], ['ness', ''], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''], ['ies', 'y'],
  ['ied', 'y'], ['edly', ''], ['ed', ''], ['ers', ''], ['er', ''], ['ly', ''], ['es', ''], ['s', ''],
];

/**
 * Light English suffix stemmer (in the spirit of Porter's step 1 and Harman's S-stemmer), so that
 * "started", "starting" and "starts" share the term "start". Deterministic, no dictionary.
 * @param word lower-case word
 * @returns the stem; words of 3 letters or fewer come back unchanged
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size > 100_000) STEMS.clear();
    STEMS.set(word, (s = stemUncached(word)));
  }
  return s;
}

/** Memo of {@link stem}: page and statement vocabularies repeat words a lot. */
const STEMS = new Map<string, string>();

function stemUncached(word: string): string {
  if (/\d/.test(word)) return word;
  let s = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (s.endsWith(suffix) && !(suffix === 's' && /(ss|us|is)$/.test(s))) {
      const base = s.slice(0, -suffix.length);
      if (base.length >= 3) {
        s = base + replacement;
        // "shipped" -> "shipp" -> "ship"; only after -ed/-ing, so "tariffs" keeps its "ff".
        if (/^(ed|ing|ings|edly)$/.test(suffix) && /([b-df-hj-np-tv-z])\1$/.test(s) && s.length >= 5) s = s.slice(0, -1);
        break;
      }
    }
  }
  if (s.length >= 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** One word of a text, after folding: `norm` is lower-case and folded, `raw` keeps the page's case. */
export interface Word {
  norm: string;
  raw: string;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*%?/gu;
/** {@link WORD_RE} on lower-case ASCII text, where letters and digits are `[a-z0-9]`: the same words, faster (no Unicode mode). */
const ASCII_WORD_RE = /[a-z0-9]+(?:[.,'][a-z0-9]+)*%?/g;
const ASCII_RE = /^[\0-\x7f]*$/;

/**
 * Splits a text into words, keeping decimal numbers ("66.9"), thousands ("1,200") and percentages
 * ("500%") whole, and splitting contractions' "n't" into a negation.
 * @param text any text (page sentence or statement)
 * @returns words in order, each with its folded and its original form
 */
export function words(text: string): Word[] {
  // ASCII folds to lower case only and whitespace is never in a word, so the folded words are the
  // lower-cased text's, at the same offsets: no offset map (speed). Same words as wordsFolded.
  if (!ASCII_RE.test(text)) return wordsFolded(text);
  // the folded text drops trailing whitespace, so its last word's raw form runs to the text's end
  return splitWords(text.toLowerCase(), text, null, text.trimEnd().length, ASCII_WORD_RE);
}

/**
 * Non-ASCII characters common in news prose (curly quotes, dashes, ellipsis, bullet, zero-width
 * and no-break space) and what `normalizeForMatch` folds each to, as far as words are concerned
 * (a no-break space is a space). Tests check each against `foldChar`.
 */
export const PLAIN_FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-',
  '\u2026': '...', '\u2022': '\u2022', '\u200B': '', '\u00A0': ' ',
};
const PLAIN_RE = /^[\0-\x7f\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u2022\u200B\u00A0]*$/;
const PLAIN_CHARS = /[\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u2022\u200B\u00A0]/g;

/**
 * The lower-cased word tokens of a plain text (ASCII, plus the characters of {@link PLAIN_FOLDS}),
 * before `words` splits "n't" and drops "'s": each token's words are `words(token)`. For a cheap
 * first look at a text without building its words or an offset map.
 * @returns undefined for other text (it needs the general folding)
 */
export function quickTokens(text: string): string[] | undefined {
  let plain = text;
  if (!ASCII_RE.test(text)) {
    if (!PLAIN_RE.test(text)) return undefined;
    // each such character folds alone (no combining mark follows: that would not be plain)
    plain = text.replace(PLAIN_CHARS, (c) => PLAIN_FOLDS[c]!);
  }
  const lower = plain.toLowerCase();
  const out: string[] = [];
  ASCII_WORD_RE.lastIndex = 0;
  for (let m = ASCII_WORD_RE.exec(lower); m; m = ASCII_WORD_RE.exec(lower)) out.push(m[0]);
  return out;
}

/**
 * The word of a token from {@link quickTokens} that can carry a term: the token without "'s", or
 * the part before "n't" (whose other word, "not", has no term).
 */
export function tokenNorm(token: string): string {
  return token.endsWith("n't") ? token.slice(0, -3) : token.endsWith("'s") ? token.slice(0, -2) : token;
}

/** {@link words} through the general folding, for any text (exported for tests of the ASCII path). */
export function wordsFolded(text: string): Word[] {
  const folded = normalizeForMatch(text);
  return splitWords(folded.text, text, folded.map, folded.text.length);
}

/**
 * The words of `folded` (a folding of `text`); `map` takes folded offsets to `text`'s (null: the
 * same). A word ending at `last` or later takes `text`'s remainder as its raw end.
 * @param re {@link WORD_RE}, or {@link ASCII_WORD_RE} when `folded` is lower-case ASCII
 */
function splitWords(folded: string, text: string, map: number[] | null, last: number, re = WORD_RE): Word[] {
  const out: Word[] = [];
  // exec with lastIndex rather than matchAll: no regex copy and iterator per text (speed)
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const to = m.index + m[0].length;
    const start = map ? (map[m.index] ?? 0) : m.index;
    const end = to >= last ? text.length : map ? (map[to] ?? text.length) : to;
    let norm = m[0];
    let raw = text.slice(start, end);
    if (norm.endsWith("n't")) {
      out.push({ norm: norm.slice(0, -3), raw: raw.slice(0, -3) }, { norm: 'not', raw: "n't" });
      continue;
    }
    if (norm.endsWith("'s")) {
      norm = norm.slice(0, -2);
      raw = raw.slice(0, -2);
    }
    out.push({ norm, raw });
  }
  return out;
}

/**
 * Retrieval terms: stemmed content words, without stop words and negations.
 * @param ws words from {@link words}
 * @returns stemmed terms in order (repeats kept, for term frequency)
 */
export function contentTerms(ws: Word[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    const t = termOf(w.norm);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** The retrieval term of one folded word, or undefined for stop words and negations. */
export function termOf(norm: string): string | undefined {
  const n = norm.includes("'") ? norm.replace(/'/g, '') : norm;
  if (STOP_WORDS.has(n) || NEGATIONS.has(n)) return undefined;
  return stem(numberValue(n) ?? n);
}

/** True for a negation word (see NEGATIONS). */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm);
}

/** The scale a word states ("billion", "percent" for "%" and "500%"), or undefined. */
export function scaleOf(norm: string): string | undefined {
  if (norm === '%' || norm.endsWith('%')) return 'percent';
  return SCALE_WORDS.has(norm) ? norm : undefined;
}

/**
 * The number a word states, as a canonical string ("66.9", "500", "1200"), or undefined.
 * Ordinals ("6th") and number words ("sixth", "five") count; "one" does not (it is mostly a pronoun).
 */
export function numberValue(norm: string): string | undefined {
  const word = NUMBER_WORDS[norm];
  if (word) return word;
  // The pattern below needs a leading ASCII digit: skip the regex for every other word (speed).
  const c = norm.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:%|st|nd|rd|th|s)?$/.exec(norm);
  if (!m || !m[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? String(n) : undefined;
}

/** The set of numbers a text states (see {@link numberValue}), for the verifier. */
export function numbersOf(ws: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const v = numberValue(w.norm);
    if (v !== undefined) out.add(v);
  }
  return out;
}

/** Scale words next to numbers ("billion", "%"), kept so "$66.9 million" differs from "$66.9 billion". */
export function scalesOf(ws: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const s = scaleOf(w.norm);
    if (s) out.add(s);
  }
  return out;
}

/** True when the text contains a negation word or an "n't" contraction. */
export function isNegated(ws: Word[]): boolean {
  return ws.some((w) => NEGATIONS.has(w.norm));
}

/**
 * Places and their demonyms, capitals and seats of government, so "Kyiv" agrees with "Ukraine"
 * and "the Kremlin" with "Russia". Keys and values are stemmed entity forms.
 */
const ENTITY_ALIASES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  kyiv: 'ukrain', kiev: 'ukrain', ukrainian: 'ukrain', russian: 'russia', moscow: 'russia', kremlin: 'russia',
  american: 'us', america: 'us', washington: 'us', usa: 'us', british: 'uk', britain: 'uk', london: 'uk',
  chinese: 'china', beij: 'china', israeli: 'israel', iranian: 'iran', tehran: 'iran', zelenskyy: 'zelensky',
  european: 'eu', brussel: 'eu',
});

/** The canonical form of a stemmed entity (see ENTITY_ALIASES). */
export function canonicalEntity(e: string): string {
  return ENTITY_ALIASES[e] ?? e;
}

/**
 * Named entities, approximated as capitalised words that are not stop words, months or numbers
 * (plus all-caps initialisms such as "NATO"). A sentence-initial capital counts only when
 * `isCommonWord` says the word is not an ordinary word (the index passes "seen in lower case").
 * Returned stemmed and canonical ({@link canonicalEntity}).
 * Heuristic, good enough to tell "Ukraine started the war" from "Russia started the war".
 */
export function entitiesOf(ws: Word[], isCommonWord: (norm: string) => boolean = () => true): Set<string> {
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const e = entityOf(w, i === 0, isCommonWord);
    if (e) out.add(e);
  });
  return out;
}

/**
 * The canonical entity one word names, or undefined (see {@link entitiesOf}).
 * @param first the word starts the text (its capital may be only the sentence's)
 */
export function entityOf(w: Word, first: boolean, isCommonWord: (norm: string) => boolean = () => true): string | undefined {
  const c = w.raw.charCodeAt(0);
  // ASCII fast path: lower case and digits are never names
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return undefined;
  if (!/^\p{Lu}/u.test(w.raw)) return undefined;
  // "US" the country, not the pronoun "us"
  if (w.raw === 'US') return 'us';
  if (STOP_WORDS.has(w.norm) || NEGATIONS.has(w.norm) || numberValue(w.norm) !== undefined) return undefined;
  if (MONTHS_AND_DAYS.has(w.norm)) return undefined;
  if (first && !/^\p{Lu}{2,}$/u.test(w.raw) && isCommonWord(w.norm)) return undefined;
  return canonicalEntity(stem(w.norm.replace(/[.']/g, '')));
}

const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
