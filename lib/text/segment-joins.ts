/**
 * When to re-join two pieces that `Intl.Segmenter` (Unicode UAX #29 sentence rules, which know no
 * abbreviations) split apart. English news usage (AP style); the lists are lower-cased without dots.
 */

/** Titles before a name: "Sen. Graham", "Dr. Jones", "St. Petersburg", "Martin Luther King Jr. said". */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'prof', 'st', 'jr', 'sr', 'pres',
]);

/** Month abbreviations; AP style uses them only before a day ("Feb. 24"), so they join before a digit. */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Abbreviations that are never a sentence end in news prose: "vs.", "e.g.", "i.e.". */
const ALWAYS = new Set(['vs', 'e.g', 'i.e']);

/**
 * Capitalised words that begin sentences but hardly ever follow a title or initialism inside one:
 * "... in the U.S. The ..." and "... King Jr. He ..." split there.
 */
const STARTERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However',
  'Meanwhile', 'In', 'On', 'At', 'For', 'After', 'Before', 'Since', 'While', 'When', 'Where', 'What',
  'Why', 'How', 'Who', 'If', 'As', 'Although', 'Still', 'Also', 'Now', 'Then', 'Some', 'Many', 'Most',
]);

const LAST_WORD = /([\p{L}\p{N}.]+)$/u;
const INITIALISM = /^(?:\p{Lu}\.)+$/u;
const QUOTE_END = /[?!]["'”’]$/u;
const NEXT_WORD = /^([\p{L}\p{N}]+)/u;
const FIRST_LETTER = /^["'“‘([]*(\p{L}|\p{N})/u;

/**
 * Whether the boundary between `before` and `after` is a false sentence break.
 *
 * Joins when:
 * 1. `before` ends with "vs.", "e.g." or "i.e.";
 * 2. `after` starts with a lower-case letter (possibly after opening quotes) and `before` ends with
 *    "." or with "?"/"!" plus a closing quote ("“Why?” he asked.", "etc. and", "9 a.m. local time");
 * 3. `before` ends with a title (Mr., Sen., ...) or an initialism (U.S., D.C., J.) and `after` starts
 *    with a letter or digit that does not begin a common sentence starter ("The", "He", ...).
 *    An initialism before a capitalised word stays joined: news prose writes "U.S. officials" far
 *    more often than it ends a sentence on "U.S.";
 * 4. `before` ends with a month abbreviation or "No." and `after` starts with a digit ("Feb. 24", "No. 1").
 * @param before the earlier piece, trailing whitespace removed
 * @param after the later piece, leading whitespace removed
 * @returns true to merge the two pieces into one sentence
 */
export function isFalseBreak(before: string, after: string): boolean {
  const first = FIRST_LETTER.exec(after)?.[1];
  if (first === undefined) return false;
  const lower = first !== first.toUpperCase() && first === first.toLowerCase();
  if (QUOTE_END.test(before)) return lower;
  if (!before.endsWith('.')) return false;
  const word = LAST_WORD.exec(before)?.[1] ?? '';
  const core = word.slice(0, -1);
  const key = core.toLowerCase();
  if (ALWAYS.has(key)) return true;
  if (lower) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const digit = /^\p{N}/u.test(next);
  if ((MONTHS.has(key) || key === 'no') && digit) return true;
  if (TITLES.has(key) || INITIALISM.test(word)) return !STARTERS.has(next);
  return false;
}
