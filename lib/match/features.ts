import type { Analysis } from './analyze';
import { termOf, words } from './terms';

/** Names of the re-ranker's pair features, in vector order (the model asset lists them too). */
export const FEATURE_NAMES = [
  'bm25Rel', 'bm25Norm', 'rankRecip', 'claimCover', 'queryCover', 'titleCover', 'queryCoverAll',
  'bigramShare', 'charShare', 'numberMissing', 'numberShared', 'entityMissing', 'negationDiffers',
  'dateBoth', 'dateNear', 'lengthRatio', 'sharedTerms', 'bm25Gap',
  'contextDated', 'contextNear', 'contextSameDay', 'contextLater', 'claimantInContext',
] as const;

/** Context-date span over which `contextNear` decays to 0: ten years, in days. */
const CONTEXT_SPAN = 3650;

/** One query-statement pair as the feature extractor sees it. */
export interface Pair {
  query: Analysis;
  claim: Analysis;
  /** The statement's other indexed text (headline, summary), if any. */
  title?: Analysis;
  /** Dates of the statement (its claim date), days since 1970-01-01. */
  claimDates: number[];
  /** BM25 score of this statement, and the best BM25 score for the query. */
  bm25: number;
  topBm25: number;
  /** The best BM25 score of the other candidates (the runner-up's for the top one). */
  otherBm25: number;
  /** 0-based BM25 rank. */
  rank: number;
  /** When the sentence was published (the page's date), days since 1970-01-01, if known. */
  contextDate?: number;
  /** The statement's claimant as a folded name word ({@link claimantKey}), if known. */
  claimant?: string;
  /** Folded words of the page's context (headline or event, {@link contextWords}), if known. */
  context?: ReadonlySet<string>;
}

/** IDF-weighted share of `of`'s distinct terms that are in `inside`, 0..1. */
function cover(of: Set<string>, inside: (t: string) => boolean, idf: (t: string) => number): number {
  let total = 0;
  let found = 0;
  for (const t of of) {
    const w = idf(t);
    total += w;
    if (inside(t)) found += w;
  }
  return total > 0 ? found / total : 0;
}

/** Word bigrams of an analysis, computed once and kept on it. */
function bigrams(a: Analysis): Set<string> {
  if (a.bigrams) return a.bigrams;
  const out = new Set<string>();
  for (let i = 1; i < a.terms.length; i++) out.add(a.terms[i - 1] + ' ' + a.terms[i]);
  return (a.bigrams = out);
}

/** Character 4-grams of an analysis's terms, computed once and kept on it. */
function charGrams(a: Analysis, n = 4): Set<string> {
  if (a.grams) return a.grams;
  const out = new Set<string>();
  const s = ` ${a.terms.join(' ')} `;
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return (a.grams = out);
}

function share<T>(of: Set<T>, inside: Set<T>): number {
  if (of.size === 0) return 0;
  let n = 0;
  for (const x of of) if (inside.has(x)) n++;
  return n / of.size;
}

/**
 * The re-ranker's features for one pair ({@link FEATURE_NAMES} order). Lexical overlap both ways
 * (IDF-weighted, word bigrams, character 4-grams of the stemmed terms), agreement of numbers,
 * named entities and negation, date proximity (dates in the sentence; the page's date when given),
 * whether the page's context names the statement's claimant, and the BM25 evidence.
 * @param idf IDF of a term in the statement collection
 */
export function pairFeatures(p: Pair, idf: (t: string) => number): number[] {
  const q = p.query;
  const c = p.claim;
  const inQuery = (t: string) => q.set.has(t);
  let qIdf = 0;
  for (const t of q.set) qIdf += idf(t);
  const titleSet = p.title?.set;
  const cNum = c.facts.numbers;
  let numMissing = 0;
  let numShared = 0;
  for (const n of cNum) if (q.facts.numbers.has(n)) numShared++;
  else numMissing++;
  let entMissing = 0;
  for (const e of c.facts.entities) if (!q.facts.entities.has(e) && !q.facts.words.has(e)) entMissing++;
  let nearest = Infinity;
  for (const a of q.dates) for (const b of p.claimDates) nearest = Math.min(nearest, Math.abs(a - b));
  let shared = 0;
  for (const t of c.set) if (q.set.has(t)) shared++;
  // Days from the page's date to the nearest claim date; a page cannot repeat a claim made later.
  let gap = Infinity;
  let later = 0;
  if (p.contextDate !== undefined) {
    for (const b of p.claimDates) {
      const d = b - p.contextDate;
      if (Math.abs(d) < Math.abs(gap)) gap = d;
    }
    if (gap > 1 && gap < Infinity) later = 1;
  }
  const dated = Math.abs(gap) < Infinity;
  return [
    p.topBm25 > 0 ? p.bm25 / p.topBm25 : 0,
    qIdf > 0 ? p.bm25 / qIdf : 0,
    1 / (p.rank + 1),
    cover(c.set, inQuery, idf),
    cover(q.set, (t) => c.set.has(t), idf),
    titleSet ? cover(titleSet, inQuery, idf) : 0,
    cover(q.set, (t) => c.set.has(t) || !!titleSet?.has(t), idf),
    share(bigrams(c), bigrams(q)),
    share(charGrams(c), charGrams(q)),
    cNum.size ? numMissing / cNum.size : 0,
    numShared ? 1 : 0,
    c.facts.entities.size ? entMissing / c.facts.entities.size : 0,
    c.facts.negated !== q.facts.negated ? 1 : 0,
    nearest < Infinity ? 1 : 0,
    nearest < Infinity ? Math.max(0, 1 - Math.log1p(nearest) / Math.log1p(3650)) : 0,
    Math.log((c.set.size + 1) / (q.set.size + 1)),
    Math.log1p(shared),
    p.topBm25 > 0 ? (p.bm25 - p.otherBm25) / p.topBm25 : 0,
    dated ? 1 : 0,
    dated ? Math.max(0, 1 - Math.log1p(Math.abs(gap)) / Math.log1p(CONTEXT_SPAN)) : 0,
    dated && Math.abs(gap) <= 1 ? 1 : 0,
    later,
    p.claimant !== undefined && p.context?.has(p.claimant) ? 1 : 0,
  ];
}

/**
 * The word that names a claimant in a headline: the last word of a proper name, folded ("Donald
 * Trump" -> "trump", "Department of Justice" -> "justice"). A claimant with a lower-case content
 * word is a kind of source, not a name ("Viral image", "Facebook posts", "Social media users"), and
 * gets none: a headline about Facebook says nothing about who wrote a post.
 * @param claimant who made the claim (schema.org ClaimReview `itemReviewed.author.name`; CheckThat! `speaker`)
 * @returns undefined when the claimant is no name, or no word of it has 3 letters
 */
export function claimantKey(claimant: string | undefined): string | undefined {
  if (!claimant) return undefined;
  let key: string | undefined;
  for (const w of words(claimant)) {
    // function words ("of", "the") may be lower case in a name
    if (termOf(w.norm) === undefined) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w.raw)) return undefined;
    if (w.norm.length >= 3) key = w.norm;
  }
  return key;
}

/**
 * The page context the `claimantInContext` feature reads: the folded words of the page's headline
 * (in evaluation, the event a CheckThat! debate id names, such as "Trump phoenix").
 * @returns undefined for no or empty context
 */
export function contextWords(context: string | undefined): ReadonlySet<string> | undefined {
  if (!context) return undefined;
  const set = new Set(words(context).map((w) => w.norm));
  return set.size ? set : undefined;
}
