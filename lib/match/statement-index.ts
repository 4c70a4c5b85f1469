import { contentTerms, words } from './terms';
import { factsOf, verify, type Facts, type Rejection } from './verify';

/** The part of a statement the matcher needs. */
export interface IndexedStatement {
  id: string;
  text: string;
}

/** One statement that a sentence was matched to. */
export interface Match {
  statementId: string;
  /** Share of the statement's IDF-weighted content terms found in the sentence, 0..1. */
  score: number;
}

/** A ranked candidate with the verifier's decision, for evaluation and debugging. */
export interface Candidate extends Match {
  bm25: number;
  rejection: Rejection;
}

interface Doc {
  id: string;
  terms: Map<string, number>;
  length: number;
  facts: Facts;
}

/** BM25 parameters (Robertson & Zaragoza 2009, common defaults). */
const K1 = 1.2;
const B = 0.75;
/** Candidates handed from retrieval to the verifier. */
const TOP_K = 10;

/** Matcher settings. */
export interface MatchOptions {
  /** Minimum coverage score for a highlight, 0..1 (default 0.6: tuned on the starter pack). */
  threshold?: number;
  /** Minimum number of distinct statement terms found in the sentence (default 3). */
  minTerms?: number;
}

/**
 * An in-memory inverted index over statements: BM25 retrieval of candidates, then a verifier that
 * accepts a candidate only when the sentence covers enough of the statement's content (IDF-weighted)
 * and agrees on numbers, negation and named entities.
 */
export class StatementIndex {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  private totalLength = 0;
  /** Words seen in lower case in any statement: a capitalised first word among them is no name. */
  private readonly lowerSeen = new Set<string>();
  private readonly isCommonWord = (norm: string) => this.lowerSeen.has(norm);

  /** @param statements statements to index; ids must be unique */
  constructor(statements: Iterable<IndexedStatement>) {
    const list = [...statements];
    for (const s of list) for (const w of words(s.text)) if (!/\p{Lu}/u.test(w.raw)) this.lowerSeen.add(w.norm);
    for (const s of list) this.add(s);
  }

  /** Number of indexed statements. */
  get size(): number {
    return this.docs.length;
  }

  private add(s: IndexedStatement): void {
    const ws = words(s.text);
    const stemmed = contentTerms(ws);
    const terms = new Map<string, number>();
    for (const t of stemmed) terms.set(t, (terms.get(t) ?? 0) + 1);
    const idx = this.docs.length;
    this.docs.push({ id: s.id, terms, length: stemmed.length, facts: factsOf(ws, stemmed, this.isCommonWord) });
    this.totalLength += stemmed.length;
    for (const [t, tf] of terms) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push([idx, tf]);
    }
  }

  /** Inverse document frequency of a term (BM25's, floored at a small positive value). */
  private idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.docs.length;
    return Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  /**
   * Ranks statements for one sentence and runs the verifier on the top candidates.
   * @param sentence page sentence text
   * @returns up to 10 candidates, best BM25 first, each with its coverage score and the verifier's decision
   */
  candidates(sentence: string, options: MatchOptions = {}): Candidate[] {
    const ws = words(sentence);
    const stemmed = contentTerms(ws);
    const query = new Set(stemmed);
    const avgLength = this.totalLength / Math.max(1, this.docs.length);
    const scores = new Map<number, number>();
    for (const t of query) {
      const list = this.postings.get(t);
      if (!list) continue;
      const idf = this.idf(t);
      for (const [doc, tf] of list) {
        const d = this.docs[doc]!;
        const w = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avgLength));
        scores.set(doc, (scores.get(doc) ?? 0) + w);
      }
    }
    const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_K);
    if (top.length === 0) return [];
    const facts = factsOf(ws, stemmed, this.isCommonWord);
    const minTerms = options.minTerms ?? 3;
    const threshold = options.threshold ?? 0.6;
    return top.map(([doc, bm25]) => {
      const d = this.docs[doc]!;
      let total = 0;
      let found = 0;
      let foundTerms = 0;
      for (const t of d.terms.keys()) {
        const idf = this.idf(t);
        total += idf;
        if (query.has(t)) {
          found += idf;
          foundTerms++;
        }
      }
      const score = total > 0 ? found / total : 0;
      let rejection = verify(d.facts, facts);
      if (rejection === 'ok' && (score < threshold || foundTerms < Math.min(minTerms, d.terms.size))) {
        rejection = 'coverage';
      }
      return { statementId: d.id, score, bm25, rejection };
    });
  }

  /**
   * The statement a sentence states, if any: the verified candidate with the highest coverage.
   * @param sentence page sentence text
   * @returns the best accepted match, or undefined when no candidate passes the verifier
   */
  match(sentence: string, options: MatchOptions = {}): Match | undefined {
    let best: Match | undefined;
    for (const c of this.candidates(sentence, options)) {
      if (c.rejection !== 'ok') continue;
      if (!best || c.score > best.score) best = { statementId: c.statementId, score: c.score };
    }
    return best;
  }
}
