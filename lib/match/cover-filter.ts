/**
 * An exact pre-filter for "is any document covered enough by this query?", by prefix filtering
 * (Chaudhuri, Ganti & Kaushik 2006, "A Primitive Operator for Similarity Joins in Data Cleaning";
 * weighted, as in Bayardo, Ma & Srikant 2007, "Scaling Up All Pairs Similarity Search").
 *
 * A document's cover by a query is the IDF-weighted share of its distinct terms that the query has.
 * For each document, its prefix is its fewest heaviest terms such that the rest weigh less than
 * `minCover` of the whole: a query that has none of them covers the document less than `minCover`.
 * So only documents listed under a query term's prefix postings (rare terms, short lists) can reach
 * `minCover`, and the filter computes their cover exactly.
 */

/** Relative slack on the prefix's stopping rule, so float rounding of sums can never prune wrongly. */
const SLACK = 1e-6;

/**
 * IDF-weighted share of a document's terms that are in the query, 0..1.
 * @param docStart `docStart[d]..docStart[d+1]` is document d's slice of `docTerms`
 * @param docTerms distinct term numbers of each document
 * @param idfs IDF of each term number
 * @param inQuery whether the query has a term number
 * @returns 0 for a document without terms
 */
export function coverOf(docStart: Uint32Array, docTerms: Uint32Array, idfs: Float32Array, doc: number, inQuery: (t: number) => boolean): number {
  let total = 0;
  let found = 0;
  for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
    const t = docTerms[i]!;
    const w = idfs[t]!;
    total += w;
    if (inQuery(t)) found += w;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Sorts one document's terms by IDF, heaviest first, into `sorted` and finds its prefix.
 * A function of its own so the JIT optimises it early (it runs once per document at load).
 * @param rest scratch, at least `m + 1` long; `rest[0]` is the document's total weight on return
 * @returns the prefix length: 0 when `minCover` is 0 or below
 */
function sortAndCut(docTerms: Uint32Array, sorted: Uint32Array, from: number, m: number, idfs: Float32Array, rest: Float64Array, minCover: number): number {
  // insertion sort: statements have tens of terms at most
  for (let j = 0; j < m; j++) {
    const t = docTerms[from + j]!;
    const w = idfs[t]!;
    let k = j;
    for (; k > 0 && idfs[sorted[from + k - 1]!]! < w; k--) sorted[from + k] = sorted[from + k - 1]!;
    sorted[from + k] = t;
  }
  // rest[j]: weight of all but the j heaviest terms, summed lightest first
  rest[m] = 0;
  for (let j = m - 1; j >= 0; j--) rest[j] = rest[j + 1]! + idfs[sorted[from + j]!]!;
  if (minCover <= 0) return 0;
  const floor = minCover * rest[0]! * (1 - SLACK);
  let k = 0;
  while (k < m && rest[k]! >= floor) k++;
  return k;
}

/** Prefix postings over documents' terms (see the module comment); built in one pass, not serialised. */
export class CoverFilter {
  /** Each document's terms by IDF, heaviest first; same layout as `docTerms`. */
  private readonly sorted: Uint32Array;
  /** Each document's total term weight. */
  private readonly total: Float64Array;
  /** `start[t]..start[t+1]` is term t's slice of `docs`: the documents with t in their prefix. */
  private readonly start: Uint32Array;
  private readonly docs: Uint32Array;
  /** Query terms of the current call (1), reset before it returns. */
  private readonly marks: Uint8Array;

  /**
   * @param docStart `docStart[d]..docStart[d+1]` is document d's slice of `docTerms`
   * @param docTerms distinct term numbers of each document, below `idfs.length`
   * @param idfs IDF of each term number, all positive
   * @param minCover the cover a document needs, 0..1; at 0 or below nothing is pruned
   */
  constructor(
    private readonly docStart: Uint32Array,
    docTerms: Uint32Array,
    private readonly idfs: Float32Array,
    private readonly minCover: number,
  ) {
    const terms = idfs.length;
    const n = docStart.length - 1;
    this.marks = new Uint8Array(terms);
    this.sorted = new Uint32Array(docTerms.length);
    this.total = new Float64Array(n);
    const sorted = this.sorted;
    const prefixLength = new Uint32Array(n);
    const count = new Uint32Array(terms + 1);
    let longest = 0;
    for (let d = 0; d < n; d++) longest = Math.max(longest, docStart[d + 1]! - docStart[d]!);
    const rest = new Float64Array(longest + 1);
    for (let d = 0; d < n; d++) {
      const from = docStart[d]!;
      const k = sortAndCut(docTerms, sorted, from, docStart[d + 1]! - from, idfs, rest, minCover);
      this.total[d] = rest[0]!;
      for (let j = from; j < from + k; j++) count[sorted[j]! + 1]!++;
      prefixLength[d] = k;
    }
    for (let t = 0; t < terms; t++) count[t + 1]! += count[t]!;
    this.start = count.slice();
    this.docs = new Uint32Array(count[terms]!);
    for (let d = 0; d < n; d++) {
      for (let j = docStart[d]!; j < docStart[d]! + prefixLength[d]!; j++) this.docs[count[sorted[j]!]!++] = d;
    }
  }

  /**
   * Whether some document may be covered at least `minCover` by a query. `false` is exact: no
   * document's {@link coverOf} reaches `minCover` then. `true`: one may (within float rounding),
   * or pruning is off.
   * @param terms the query's distinct term numbers
   */
  anyCovered(terms: readonly number[]): boolean {
    if (this.minCover <= 0) return true;
    const { marks, start, docs, docStart, sorted, idfs, total } = this;
    for (const t of terms) marks[t] = 1;
    // Conservative by SLACK: these sums' rounding differs from coverOf's.
    const share = this.minCover * (1 - SLACK);
    let found = false;
    for (let q = 0; q < terms.length && !found; q++) {
      const t = terms[q]!;
      for (let i = start[t]!; i < start[t + 1]! && !found; i++) {
        const d = docs[i]!;
        const need = share * total[d]!;
        let have = 0;
        let left = total[d]!;
        // heaviest first: stop as soon as the shared weight reaches the need, or cannot any more
        for (let j = docStart[d]!; j < docStart[d + 1]!; j++) {
          const u = sorted[j]!;
          const w = idfs[u]!;
          left -= w;
          if (marks[u] === 1) {
            have += w;
            if (have >= need) {
              found = true;
              break;
            }
          } else if (have + left < need) break;
        }
      }
    }
    for (const t of terms) marks[t] = 0;
    return found;
  }
}
