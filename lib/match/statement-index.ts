import model from '../../assets/models/reranker.json';
import { analyze, analyzeWords, cleanText, type Analysis } from './analyze';
import { CoverFilter, coverOf } from './cover-filter';
import { contextDay, datesIn } from './dates';
import { claimantKey, contextWords, FEATURE_NAMES, pairFeatures } from './features';
import { Accumulator, buildPostings, idfOf, search, type Postings } from './inverted-index';
import { checkModel, crowded, crowdOf, highlightOf, probability, type RerankerModel } from './reranker';
import { ruleFor, type MatchSensitivity } from './sensitivity';
import { contentTerms, quickTokens, termOf, tokenNorm, words, type Word } from './terms';
import { verify, type Rejection } from './verify';

/** The part of a statement the matcher needs. */
export interface IndexedStatement {
  id: string;
  /** The claim as fact-checked: what a sentence must state to be highlighted. */
  text: string;
  /** Other text that helps find the statement (a fact-check's headline), never required to match. */
  title?: string;
  /** When the claim was made: ISO 8601 or an English date ("stated on October 22, 2019"). */
  date?: string;
  /** Who made the claim (ClaimReview `itemReviewed.author.name`), e.g. "Donald Trump". */
  claimant?: string;
}

/** One statement that a sentence was matched to. */
export interface Match {
  statementId: string;
  /** Probability that the sentence states the statement, 0..1 (the re-ranker's, calibrated on the train splits). */
  score: number;
}

/** A ranked candidate with the verifier's decision, for evaluation and debugging. */
export interface Candidate extends Match {
  /** The pairwise model's ordering score (higher first); not a probability. */
  order: number;
  bm25: number;
  /** IDF-weighted share of the statement's terms found in the sentence, 0..1. */
  cover: number;
  /** Distinct statement terms found in the sentence. */
  shared: number;
  rejection: Rejection;
}

/** Matcher settings. */
export interface MatchOptions {
  /** Minimum probability for a highlight, 0..1 (default: the model's rule, chosen on the train splits). */
  threshold?: number;
  /** BM25 candidates to re-rank (default 60 for `candidates`, 8 for `match`). */
  depth?: number;
  /** How sure `match` must be (the user's setting); default `balanced`, the shipped rule. */
  sensitivity?: MatchSensitivity;
  /**
   * When the sentence was published (the page's date): ISO 8601 (`2016-09-26`, time ignored) or days
   * since 1970-01-01. Optional context: statements made near it rank higher, ones made after it lower.
   */
  date?: string | number;
  /**
   * The page's headline (or, in evaluation, the event a sentence was said at): statements whose
   * claimant it names rank higher. Optional context, like `date`.
   */
  context?: string;
}


/** Weight of the title field against the claim field in BM25 (tuned on the train splits). */
const TITLE_WEIGHT = 0.5;
/** Postings longer than this share of the collection are skipped in retrieval (speed). */
const MAX_DF_SHARE = 0.05;
/** Candidates per sentence that `match` scores and verifies: the best covered. */
export const JUDGED = 3;
/** Analyses kept for re-ranking; older ones are recomputed. */
const CACHE_SIZE = 4096;
const SHARED = FEATURE_NAMES.indexOf('sharedTerms');
/** Folded words whose term number is kept; the memo is cleared when it grows past this. */
const WORD_IDS_SIZE = 100_000;

/** Format tag of {@link SerializedIndex}: bump when analysis or layout changes, so saved indexes are rebuilt. */
export const INDEX_FORMAT = 'claimlens-index-3';

/** The serialised index: structured-clonable (IndexedDB stores it as is). */
export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  ids: string[];
  texts: string[];
  titles: Array<string | null>;
  dates: Array<string | null>;
  claimants: Array<string | null>;
  terms: string[];
  lowerSeen: string[];
  postings: Postings;
  docStart: Uint32Array;
  docTerms: Uint32Array;
}

interface DocAnalysis {
  claim: Analysis;
  title?: Analysis;
  dates: number[];
  claimant?: string;
}

/**
 * The statement index: BM25 candidates from an inverted index over the statement and its title,
 * re-ranked by a logistic-regression model over lexical, character n-gram, number, entity and date
 * features (assets/models/reranker.json), then a verifier that decides what is highlighted.
 */
export class StatementIndex {
  private readonly data: SerializedIndex;
  private readonly vocab = new Map<string, number>();
  private readonly lowerSeen: Set<string>;
  private readonly isCommonWord = (norm: string) => this.lowerSeen.has(norm);
  private readonly cache = new Map<number, DocAnalysis>();
  /** {@link claimKey} memo. */
  private readonly claimKeys = new Map<number, string>();
  private readonly acc: Accumulator;
  private readonly maxDf: number;
  private readonly unseenIdf: number;
  private readonly model: RerankerModel;
  private readonly idfs: Float32Array;
  /** Cover filters by the floor they prove (the shipped rule's, built at load; others on first use). */
  private readonly coverFilters = new Map<number, CoverFilter>();
  /** Folded word -> term number, -1 for a stop word or a term the collection lacks. */
  private readonly wordIds = new Map<string, number>();
  /** Token of {@link quickTokens} -> term number of its words, -1 for none (see {@link tokenTermIds}). */
  private readonly tokenIds = new Map<string, number>();
  private lastContext: { text?: string; words?: ReadonlySet<string> } = {};

  /**
   * @param statements statements to index; ids should be unique (the first one wins in `match`)
   * @param data internal: a serialised index (use {@link StatementIndex.load})
   */
  constructor(statements: Iterable<IndexedStatement>, data?: SerializedIndex, rerankerModel: RerankerModel = model) {
    this.model = checkModel(rerankerModel);
    this.data = data ?? build([...statements]);
    this.data.terms.forEach((t, i) => this.vocab.set(t, i));
    this.lowerSeen = new Set(this.data.lowerSeen);
    const n = this.data.ids.length;
    this.acc = new Accumulator(n);
    this.maxDf = Math.max(200, Math.ceil(n * MAX_DF_SHARE));
    this.unseenIdf = Math.log(1 + (n + 0.5) / 0.5);
    this.idfs = new Float32Array(this.data.terms.length);
    for (let t = 0; t < this.idfs.length; t++) this.idfs[t] = idfOf(this.data.postings, t);
    this.coverFilters.set(this.model.highlight.minCover, new CoverFilter(this.data.docStart, this.data.docTerms, this.idfs, this.model.highlight.minCover));
  }

  /**
   * Loads a serialised index without re-analysing the statements.
   * @throws Error when `data` is not a serialised ClaimLens index of this format
   */
  static load(data: SerializedIndex, rerankerModel?: RerankerModel): StatementIndex {
    if (!data || data.format !== INDEX_FORMAT || !(data.postings?.doc instanceof Uint32Array) || !Array.isArray(data.claimants)) {
      throw new Error(`not a ClaimLens index (format ${INDEX_FORMAT}): rebuild it from the statements`);
    }
    return new StatementIndex([], data, rerankerModel);
  }

  /** The index as plain data and typed arrays, for IndexedDB (see {@link StatementIndex.load}). */
  serialise(): SerializedIndex {
    return this.data;
  }

  /** Number of indexed statements. */
  get size(): number {
    return this.data.ids.length;
  }

  /** IDF of a stemmed term in this collection (unseen terms get the largest IDF). */
  readonly idf = (term: string): number => {
    const t = this.vocab.get(term);
    return t === undefined ? this.unseenIdf : this.idfs[t]!;
  };

  /**
   * BM25 retrieval: the query's analysis and the top `k` documents.
   * @param sentence the query text, or its analysis by this index
   * @returns hits as `[document number, BM25 score]`, best first
   */
  retrieve(sentence: string | Analysis, k: number): { query: Analysis; hits: Array<[number, number]>; ids: Set<number> } {
    const query = typeof sentence === 'string' ? analyze(sentence, this.isCommonWord) : sentence;
    const ids = this.termIds(query);
    const idf = ids.map((id) => this.idfs[id]!);
    return { query, hits: search(this.data.postings, ids, idf, k, this.maxDf, this.acc), ids: new Set(ids) };
  }

  /** Term numbers of the query's distinct terms that the collection has, in query order. */
  private termIds(query: Analysis): number[] {
    const ids: number[] = [];
    for (const t of query.set) {
      const id = this.vocab.get(t);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /**
   * {@link termIds} from a plain text's {@link quickTokens}, without building its words: one memo
   * look-up a token (speed: most sentences stop at the cover filter and never need their words).
   */
  private tokenTermIds(tokens: string[]): number[] {
    const memo = this.tokenIds;
    const ids: number[] = [];
    for (const tok of tokens) {
      let id = memo.get(tok);
      if (id === undefined) {
        const t = termOf(tokenNorm(tok));
        id = t === undefined ? -1 : (this.vocab.get(t) ?? -1);
        if (memo.size >= WORD_IDS_SIZE) memo.clear();
        memo.set(tok, id);
      }
      if (id >= 0 && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** {@link termIds} straight from the words: one memo look-up a word instead of stemming it. */
  private wordTermIds(ws: Word[]): number[] {
    const ids: number[] = [];
    for (const w of ws) {
      let id = this.wordIds.get(w.norm);
      if (id === undefined) {
        const t = termOf(w.norm);
        id = t === undefined ? -1 : (this.vocab.get(t) ?? -1);
        if (this.wordIds.size >= WORD_IDS_SIZE) this.wordIds.clear();
        this.wordIds.set(w.norm, id);
      }
      if (id >= 0 && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** Statement id of a document number. */
  idOf(doc: number): string {
    return this.data.ids[doc]!;
  }

  /**
   * The re-ranker's features of a retrieved document (for training and evaluation).
   * @param contextDate the page's date, days since 1970-01-01 (see {@link contextDay})
   * @param context the page's context words (see {@link contextWords})
   */
  features(query: Analysis, hits: Array<[number, number]>, rank: number, contextDate?: number, context?: ReadonlySet<string>): number[] {
    const [doc, bm25] = hits[rank]!;
    const d = this.docAnalysis(doc);
    const otherBm25 = rank === 0 ? (hits[1]?.[1] ?? 0) : hits[0]![1];
    const pair = { query, claim: d.claim, title: d.title, claimDates: d.dates, claimant: d.claimant, context, bm25, topBm25: hits[0]![1], otherBm25, rank, contextDate };
    return pairFeatures(pair, this.idf);
  }

  /**
   * Ranks statements for one sentence: BM25 candidates re-ranked by the model's ordering score, each
   * with its probability and the verifier's decision.
   * @param sentence page sentence text
   * @returns up to `depth` candidates, best ordered first; `rejection` is the verifier's (`match` also
   *   weighs probability and look-alikes)
   */
  candidates(sentence: string, options: MatchOptions = {}): Candidate[] {
    const { query, hits } = this.retrieve(sentence, options.depth ?? 60);
    const day = contextDay(options.date);
    const context = this.contextOf(options.context);
    const out = hits.map((_, rank) => this.judge(query, hits, rank, day, context));
    return out.sort((a, b) => b.order - a.order);
  }

  /**
   * The statement a sentence states, if any. Cheap on non-claims: candidates whose statement is
   * mostly absent from the sentence are dropped before feature extraction.
   * @param sentence page sentence text
   * @returns the best-ranked verified candidate when its probability reaches the threshold, else undefined
   */
  match(sentence: string, options: MatchOptions = {}): Match | undefined {
    const rule = ruleFor(this.model.highlight, options.sensitivity ?? 'balanced');
    const clean = cleanText(sentence);
    // other text needs the general folding: its words, built once
    const tokens = quickTokens(clean);
    let ws = tokens ? undefined : words(clean);
    const terms = tokens ? this.tokenTermIds(tokens) : this.wordTermIds(ws!);
    // Exact early exit: only candidates covered at least minCover are judged below, and the filter
    // proves that no statement is (most sentences), without BM25 or facts. Keep the two in step.
    if (!this.coverFilterFor(rule.minCover).anyCovered(terms)) return undefined;
    ws ??= words(clean);
    const { query, hits, ids } = this.retrieve(analyzeWords(clean, ws, this.isCommonWord), options.depth ?? 8);
    // Only the few best-covered candidates are worth features and the verifier (speed).
    const covering = hits.map((h, rank) => ({ rank, ...this.quickCover(ids, h[0]) })).filter((c) => c.cover >= rule.minCover);
    // One claim stored twice (two fact-checkers, an import repeating the starter pack) is one claim:
    // one look-alike in the crowd, and not a rival to lead (see claimKey).
    const twins = covering.length > 1 ? new Map(covering.map((c) => [c.rank, this.claimKey(hits[c.rank]![0])])) : undefined;
    // before the crowd's exit: a bad date throws whenever the sentence passed the filter
    const day = contextDay(options.date);
    const context = this.contextOf(options.context);
    // A crowd of covered look-alikes is never highlighted, whatever the judge says (speed).
    // (twins share their terms, so any copy stands for the claim: same cover, same shared terms)
    const crowd = crowdOf(twins ? [...new Map(covering.map((c) => [twins.get(c.rank)!, c])).values()] : covering, rule);
    if (crowded(crowd, rule)) return undefined;
    const covered = covering.sort((a, b) => b.cover - a.cover).slice(0, JUDGED);
    // per wording, the verified copy the judge scores highest (the page's date and headline decide)
    const byWording = new Map<string | number, Candidate>();
    for (const { rank } of covered) {
      // Only verified candidates count: features only for those the verifier passes (speed).
      const claim = this.docAnalysis(hits[rank]![0]).claim;
      const rejection = verify(claim.facts, claim.set, query.facts);
      if (rejection !== 'ok') continue;
      const c = this.judge(query, hits, rank, day, context, rule.minCover, rejection);
      if (c.rejection !== 'ok') continue;
      const key = twins?.get(rank) ?? rank;
      const other = byWording.get(key);
      if (!other || c.score > other.score) byWording.set(key, c);
    }
    const verified = [...byWording.values()];
    // The best verified candidate is the one the sentence states, if it is probable enough, clearly
    // ahead of any look-alike, and few statements resemble it; never fall back to a lower-ranked one.
    const best = verified[highlightOf(verified, crowd, rule, options.threshold)];
    return best && { statementId: best.statementId, score: best.score };
  }

  /**
   * Scores one retrieved document and runs the verifier (`coverage`: below the rule's minimum cover).
   * @param verified the verifier's decision when the caller has it (not run twice)
   */
  private judge(query: Analysis, hits: Array<[number, number]>, rank: number, day?: number, context?: ReadonlySet<string>, minCover = this.model.highlight.minCover, verified?: Rejection): Candidate {
    const [doc, bm25] = hits[rank]!;
    const x = this.features(query, hits, rank, day, context);
    const score = probability(this.model.rank, x);
    const order = probability(this.model.order, x);
    const cover = x[3]!;
    const claim = this.docAnalysis(doc).claim;
    let rejection = verified ?? verify(claim.facts, claim.set, query.facts);
    if (rejection === 'ok' && cover < minCover) rejection = 'coverage';
    return { statementId: this.data.ids[doc]!, score, order, bm25, cover, shared: Math.round(Math.expm1(x[SHARED]!)), rejection };
  }

  /** {@link contextWords} of a page's context, kept for the next call (a page sends one headline with all its sentences). */
  private contextOf(context: string | undefined): ReadonlySet<string> | undefined {
    if (context !== this.lastContext.text) this.lastContext = { text: context, words: contextWords(context) };
    return this.lastContext.words;
  }

  /** The cover filter that proves a floor (a sensitivity's rule may ask another than the model's). */
  private coverFilterFor(minCover: number): CoverFilter {
    let f = this.coverFilters.get(minCover);
    if (!f) this.coverFilters.set(minCover, (f = new CoverFilter(this.data.docStart, this.data.docTerms, this.idfs, minCover)));
    return f;
  }

  /**
   * A document's claim as a key: its folded words in order and its claim date, so only statements
   * worded alike (case, punctuation and quotes aside) and made at the same time, or both undated,
   * share it. "... is not ..." and "... is ..." do not; nor does one claim repeated on another day
   * (two claim events: which one a page repeats is open without the page's date).
   */
  private claimKey(doc: number): string {
    let key = this.claimKeys.get(doc);
    if (key === undefined) {
      key = `${words(cleanText(this.data.texts[doc]!)).map((w) => w.norm).join(' ')}\u0000${this.data.dates[doc] ?? ''}`;
      if (this.claimKeys.size >= CACHE_SIZE) this.claimKeys.clear();
      this.claimKeys.set(doc, key);
    }
    return key;
  }

  /** IDF-weighted share (0..1) of a document's claim terms in the query, and how many of them it has, from the stored term lists. */
  private quickCover(query: Set<number>, doc: number): { cover: number; shared: number } {
    let shared = 0;
    const cover = coverOf(this.data.docStart, this.data.docTerms, this.idfs, doc, (t) => query.has(t) && ++shared > 0);
    return { cover, shared };
  }

  private docAnalysis(doc: number): DocAnalysis {
    let a = this.cache.get(doc);
    if (a) return a;
    const title = this.data.titles[doc];
    const date = this.data.dates[doc];
    a = {
      claim: analyze(this.data.texts[doc]!, this.isCommonWord),
      title: title ? analyze(title, this.isCommonWord) : undefined,
      dates: date ? datesIn(date) : [],
      claimant: claimantKey(this.data.claimants[doc] ?? undefined),
    };
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(doc, a);
    return a;
  }
}

/** Analyses statements into the serialised form. */
function build(statements: IndexedStatement[]): SerializedIndex {
  const vocab = new Map<string, number>();
  const lowerSeen = new Set<string>();
  const termId = (t: string) => {
    let id = vocab.get(t);
    if (id === undefined) vocab.set(t, (id = vocab.size));
    return id;
  };
  const docs: Array<Map<number, number>> = [];
  const docTermLists: number[][] = [];
  for (const s of statements) {
    const tf = new Map<number, number>();
    const ws = words(cleanText(s.text));
    for (const w of ws) if (!/\p{Lu}/u.test(w.raw)) lowerSeen.add(w.norm);
    for (const t of contentTerms(ws)) {
      const id = termId(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    docTermLists.push([...tf.keys()]);
    if (s.title) {
      for (const t of contentTerms(words(cleanText(s.title)))) {
        const id = termId(t);
        tf.set(id, (tf.get(id) ?? 0) + TITLE_WEIGHT);
      }
    }
    docs.push(tf);
  }
  const docStart = new Uint32Array(docs.length + 1);
  docTermLists.forEach((l, i) => (docStart[i + 1] = docStart[i]! + l.length));
  const docTerms = new Uint32Array(docStart[docs.length]!);
  docTermLists.forEach((l, i) => docTerms.set(l, docStart[i]!));
  return {
    format: INDEX_FORMAT,
    ids: statements.map((s) => s.id),
    texts: statements.map((s) => s.text),
    titles: statements.map((s) => s.title ?? null),
    dates: statements.map((s) => s.date ?? null),
    claimants: statements.map((s) => s.claimant ?? null),
    terms: [...vocab.keys()],
    lowerSeen: [...lowerSeen],
    postings: buildPostings(docs, vocab.size),
    docStart,
    docTerms,
  };
}
