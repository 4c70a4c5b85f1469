import { entityOf, isNegation, numberValue, scaleOf, termOf, type Word } from './terms';

/** Why the verifier turned a candidate down, or `ok` (`coverage`: too little of the statement is in the sentence, or too improbable). */
export type Rejection = 'ok' | 'number' | 'negation' | 'entity' | 'scale' | 'coverage';

/** One word as the verifier sees it. */
export interface Token {
  term?: string;
  number?: string;
  scale?: string;
  entity?: string;
  negation: boolean;
}

/** Features of one text that the verifier compares. */
export interface Facts {
  numbers: Set<string>;
  scales: Set<string>;
  negated: boolean;
  entities: Set<string>;
  /** Every content term, entity-canonical, for entity look-ups that tolerate a sentence-initial capital. */
  words: Set<string>;
  /** The words in order, for checks limited to the part of a sentence that states the statement. */
  tokens: Token[];
}

/**
 * Extracts the features the verifier compares from a text's words.
 * @param isCommonWord tells ordinary words from names for a sentence-initial capital
 */
export function factsOf(ws: Word[], isCommonWord?: (norm: string) => boolean): Facts {
  const facts: Facts = { numbers: new Set(), scales: new Set(), negated: false, entities: new Set(), words: new Set(), tokens: [] };
  ws.forEach((w, i) => {
    const t: Token = {
      term: termOf(w.norm),
      number: numberValue(w.norm),
      scale: scaleOf(w.norm),
      entity: entityOf(w, i === 0, isCommonWord),
      negation: isNegation(w.norm),
    };
    facts.tokens.push(t);
    if (t.number !== undefined) facts.numbers.add(t.number);
    if (t.scale) facts.scales.add(t.scale);
    if (t.entity) facts.entities.add(t.entity);
    if (t.term) facts.words.add(t.term);
    if (t.negation) facts.negated = true;
  });
  return facts;
}

/** Words on each side of the matched part that still belong to it (a subject before the verb). */
const WINDOW_MARGIN = 3;

/**
 * Checks that a sentence does not state something else than a statement. The check looks at the
 * part of the sentence that states the statement: from the first to the last word it shares with
 * the statement, plus {@link WINDOW_MARGIN} words each side.
 * - negation: both negated or neither, within that part ("does not cause" vs "causes");
 * - numbers, scale words, named entities: the sentence may leave one of the statement's out (it is
 *   often shorter on details), but may not put another in its place within that part ("$61.4
 *   billion" for "$66.9 billion", "million" for "billion", "Russia" for "Ukraine": hard case 20).
 * @param terms the statement's content terms
 * @returns `ok`, or the first rule that failed (`coverage` when nothing is shared)
 */
export function verify(statement: Facts, terms: Set<string>, sentence: Facts): Rejection {
  const toks = sentence.tokens;
  let first = -1;
  let last = -1;
  toks.forEach((t, i) => {
    if ((t.term && terms.has(t.term)) || (t.entity && statement.entities.has(t.entity))) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return 'coverage';
  const from = Math.max(0, first - WINDOW_MARGIN);
  const to = Math.min(toks.length, last + WINDOW_MARGIN + 1);
  let negated = false;
  let otherNumber = false;
  let otherScale = false;
  let otherEntity = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.negation) negated = true;
    if (t.number !== undefined && !statement.numbers.has(t.number)) otherNumber = true;
    if (t.scale && !statement.scales.has(t.scale)) otherScale = true;
    if (t.entity && !statement.entities.has(t.entity) && !statement.words.has(t.entity)) otherEntity = true;
  }
  if (otherNumber && [...statement.numbers].some((n) => !sentence.numbers.has(n))) return 'number';
  if (otherScale && [...statement.scales].some((s) => !sentence.scales.has(s))) return 'scale';
  if (statement.negated !== negated) return 'negation';
  if (otherEntity && [...statement.entities].some((e) => !sentence.entities.has(e) && !sentence.words.has(e))) return 'entity';
  return 'ok';
}
