import { datesIn } from './dates';
import { words } from './terms';
import { factsOf, type Facts } from './verify';

/** What the matcher knows about one text: retrieval terms, verifier facts, dates. */
export interface Analysis {
  /** Stemmed content terms in text order (repeats kept). */
  terms: string[];
  /** The distinct terms. */
  set: Set<string>;
  facts: Facts;
  /** Calendar dates in the text, days since 1970-01-01. */
  dates: number[];
  /** Word bigrams and character 4-grams, filled in by the feature extractor when first needed. */
  bigrams?: Set<string>;
  grams?: Set<string>;
}

const URL_RE = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gi;
const HANDLE_RE = /(^|\s)@\w+/g;
const HASHTAG_RE = /#(\w+)/g;

/**
 * Removes what is never claim content (links, @handles) and splits camel-case hashtags
 * ("#AustralianFires" -> "Australian Fires"), as social-media claim retrieval systems do
 * (CLEF CheckThat! 2021 Task 2A participants' preprocessing).
 * @param text any text
 * @returns the cleaned text; plain prose comes back unchanged
 */
export function cleanText(text: string): string {
  if (!/[@#/]/.test(text)) return text;
  return text
    .replace(URL_RE, ' ')
    .replace(HANDLE_RE, '$1')
    .replace(HASHTAG_RE, (_m, tag: string) => tag.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * Analyses a text for retrieval and verification.
 * @param isCommonWord tells ordinary words from names at a sentence start (see `entitiesOf`)
 */
export function analyze(text: string, isCommonWord?: (norm: string) => boolean): Analysis {
  const clean = cleanText(text);
  const facts = factsOf(words(clean), isCommonWord);
  const terms: string[] = [];
  for (const t of facts.tokens) if (t.term !== undefined) terms.push(t.term);
  return { terms, set: new Set(terms), facts, dates: /\d\d/.test(clean) ? datesIn(clean) : [] };
}
