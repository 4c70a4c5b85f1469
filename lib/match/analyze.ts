import { datesIn } from './dates';
import { contentTerms, words, type Word } from './terms';
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
 * Analyses a text for retrieval and verification. Only the terms are computed here; `facts` and
 * `dates` are computed on first read and kept (most page sentences never reach the verifier).
 * @param isCommonWord tells ordinary words from names at a sentence start (see `entitiesOf`)
 */
export function analyze(text: string, isCommonWord?: (norm: string) => boolean): Analysis {
  const clean = cleanText(text);
  return analyzeWords(clean, words(clean), isCommonWord);
}

/**
 * {@link analyze} for a text already cleaned and split, so a caller that needed the words first
 * does not split it twice.
 * @param clean `cleanText` of the text
 * @param ws `words(clean)`
 */
export function analyzeWords(clean: string, ws: Word[], isCommonWord?: (norm: string) => boolean): Analysis {
  return new LazyAnalysis(clean, ws, isCommonWord);
}

/** An {@link Analysis} whose facts and dates are computed on first read (a class: cheap to create). */
class LazyAnalysis implements Analysis {
  readonly terms: string[];
  readonly set: Set<string>;
  bigrams?: Set<string>;
  grams?: Set<string>;
  private ws: Word[] | undefined;
  private factsMemo: Facts | undefined;
  private datesMemo: number[] | undefined;

  constructor(
    private readonly clean: string,
    ws: Word[],
    private readonly isCommonWord?: (norm: string) => boolean,
  ) {
    this.ws = ws;
    this.terms = contentTerms(ws);
    this.set = new Set(this.terms);
  }

  get facts(): Facts {
    if (!this.factsMemo) {
      this.factsMemo = factsOf(this.ws!, this.isCommonWord);
      this.ws = undefined; // the facts keep what the words said
    }
    return this.factsMemo;
  }

  get dates(): number[] {
    return (this.datesMemo ??= /\d\d/.test(this.clean) ? datesIn(this.clean) : []);
  }
}
