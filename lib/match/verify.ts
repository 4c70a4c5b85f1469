import { canonicalEntity, entitiesOf, isNegated, numbersOf, scalesOf, type Word } from './terms';

/** Why the verifier turned a candidate down, or `ok` (`coverage`: too little of the statement is in the sentence). */
export type Rejection = 'ok' | 'number' | 'negation' | 'entity' | 'scale' | 'coverage';

/** Features of one text that the verifier compares. */
export interface Facts {
  numbers: Set<string>;
  scales: Set<string>;
  negated: boolean;
  entities: Set<string>;
  /** Every folded word, for entity look-ups that tolerate a sentence-initial capital. */
  words: Set<string>;
}

/**
 * Extracts the features the verifier compares from a text's words.
 * @param stemmed the text's content terms
 * @param isCommonWord tells ordinary words from names for a sentence-initial capital
 */
export function factsOf(ws: Word[], stemmed: string[], isCommonWord?: (norm: string) => boolean): Facts {
  return {
    numbers: numbersOf(ws),
    scales: scalesOf(ws),
    negated: isNegated(ws),
    entities: entitiesOf(ws, isCommonWord),
    words: new Set(stemmed.map(canonicalEntity)),
  };
}

/**
 * Checks that a sentence states the same facts as a statement: every number and scale word of the
 * statement appears in the sentence, both or neither are negated, and every named entity of the
 * statement appears in the sentence. The sentence may say more than the statement (it is usually
 * longer); it may not say something else.
 * @returns `ok`, or the first rule that failed
 */
export function verify(statement: Facts, sentence: Facts): Rejection {
  for (const n of statement.numbers) if (!sentence.numbers.has(n)) return 'number';
  for (const s of statement.scales) if (!sentence.scales.has(s)) return 'scale';
  if (statement.negated !== sentence.negated) return 'negation';
  for (const e of statement.entities) {
    if (!sentence.entities.has(e) && !sentence.words.has(e)) return 'entity';
  }
  return 'ok';
}
