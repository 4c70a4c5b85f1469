/**
 * An exact pre-filter for "is any document covered enough by this query?", by prefix filtering
 * (Chaudhuri, Ganti & Kaushik 2006, "A Primitive Operator for Similarity Joins in Data Cleaning";
 * weighted, with PPJoin's order-based bound: Xiao et al. 2008, "Efficient Similarity Joins for
 * Near Duplicate Detection").
 *
 * A document's cover by a query is the IDF-weighted share of its distinct terms that the query has.
 * Terms are ordered heaviest first (IDF descending, then term number). A document's prefix is its
 * fewest first terms such that the rest weigh less than `minCover` of the whole: a query that has
 * none of them covers it less than `minCover`. So only documents listed under a query term's prefix
 * postings (rare terms, short lists) can reach `minCover`. Visiting the query's terms in the same
 * order, a document is first met at its heaviest shared term t, so it shares at most the query's
 * weight from t on: most postings are dismissed on that alone, the rest by an exact scan.
 */

/** Relative slack on the prefix's stopping rule, so float rounding of sums can never prune wrongly. */
const SLACK = 1e-6;
/** Bands of need per unit of IDF weight that prefix postings are ordered by (a power of 2: exact). */
const BANDS_PER_UNIT = 4;

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
 * Sorts `m` terms at `at` in place in the filter's order: IDF descending, then term number.
 * Insertion sort: statements and sentences have tens of terms at most.
 */
function sortTerms(terms: Uint32Array, at: number, m: number, idfs: Float32Array): void {
  for (let j = 1; j < m; j++) {
    const t = terms[at + j]!;
    const w = idfs[t]!;
    let k = j;
    // no helper call: this runs for every statement term at load, often before the JIT has it
    for (; k > 0; k--) {
      const u = terms[at + k - 1]!;
      if (!(w > idfs[u]! || (w === idfs[u] && t < u))) break;
      terms[at + k] = u;
    }
    terms[at + k] = t;
  }
}

/**
 * Length of the prefix of `m` sorted terms at `at`: the fewest first terms whose rest weighs less
 * than `minCover` of all. A function of its own so the JIT optimises it early (it runs per document).
 * @param rest scratch, at least `m + 1` long; `rest[0]` is the total weight on return
 * @returns 0 when `minCover` is 0 or below
 */
function prefixLength(sorted: Uint32Array, at: number, m: number, idfs: Float32Array, rest: Float64Array, minCover: number): number {
  // rest[j]: weight of all but the first j terms, summed lightest first
  rest[m] = 0;
  for (let j = m - 1; j >= 0; j--) rest[j] = rest[j + 1]! + idfs[sorted[at + j]!]!;
  if (minCover <= 0) return 0;
  const floor = minCover * rest[0]! * (1 - SLACK);
  let k = 0;
  while (k < m && rest[k]! >= floor) k++;
  return k;
}

/** Prefix postings over documents' terms (see the module comment); built in one pass, not serialised. */
export class CoverFilter {
  /** Each document's terms in the filter's order, documents one after another (as `docTerms`). */
  private readonly sorted: Uint32Array;
  /** IDF of each term of `sorted`. */
  private readonly weight: Float32Array;
  /** Weight of the document's terms after each one of `sorted`, rounded up; 0 at its last term. */
  private readonly after: Float32Array;
  /** `start[t]..start[t+1]` is term t's slice of `begin` and `needs`: documents with t in their prefix. */
  private readonly start: Uint32Array;
  /** Where the listing term is in `sorted` (within the listed document's terms). */
  private readonly at: Uint32Array;
  /** Shared weight each listed document needs, rounded down. */
  private readonly needs: Float32Array;
  /** Query terms of the current call (1), reset before it returns. */
  private readonly marks: Uint8Array;
  /** Scratch for the current call's sorted terms and their suffix weights, grown as needed. */
  private query = new Uint32Array(64);
  private left = new Float64Array(65);

  /**
   * @param docStart `docStart[d]..docStart[d+1]` is document d's slice of `docTerms`
   * @param docTerms distinct term numbers of each document, below `idfs.length`
   * @param idfs IDF of each term number, all positive
   * @param minCover the cover a document needs, 0..1; at 0 or below nothing is pruned
   */
  constructor(
    docStart: Uint32Array,
    docTerms: Uint32Array,
    private readonly idfs: Float32Array,
    private readonly minCover: number,
  ) {
    const terms = idfs.length;
    const n = docStart.length - 1;
    this.marks = new Uint8Array(terms);
    const sorted = (this.sorted = docTerms.slice());
    this.weight = new Float32Array(sorted.length);
    this.after = new Float32Array(sorted.length);
    const total = new Float64Array(n);
    const cut = new Uint32Array(n);
    const count = new Uint32Array(terms + 1);
    let longest = 0;
    for (let d = 0; d < n; d++) longest = Math.max(longest, docStart[d + 1]! - docStart[d]!);
    const rest = new Float64Array(longest + 1);
    for (let d = 0; d < n; d++) {
      const at = docStart[d]!;
      const m = docStart[d + 1]! - at;
      sortTerms(sorted, at, m, idfs);
      cut[d] = prefixLength(sorted, at, m, idfs, rest, minCover);
      total[d] = rest[0]!;
      for (let j = 0; j < m; j++) {
        this.weight[at + j] = idfs[sorted[at + j]!]!;
        // 2^-20 up: float32 rounding (2^-24) cannot bring it below the float64 sum
        this.after[at + j] = rest[j + 1]! * (1 + 2 ** -20);
      }
      for (let j = at; j < at + cut[d]!; j++) count[sorted[j]! + 1]!++;
    }
    for (let t = 0; t < terms; t++) count[t + 1]! += count[t]!;
    this.start = count.slice();
    this.at = new Uint32Array(count[terms]!);
    this.needs = new Float32Array(count[terms]!);
    const share = minCover * (1 - SLACK);
    // 2^-20 down, as above
    const need = new Float32Array(n);
    let most = 0;
    for (let d = 0; d < n; d++) {
      need[d] = Math.max(0, share * total[d]! * (1 - 2 ** -20));
      most = Math.max(most, need[d]!);
    }
    // Documents by need band (counting sort), so each term's list runs from low to high need and a
    // query can stop at the first band it cannot reach.
    const bands = new Uint32Array(Math.floor(most * BANDS_PER_UNIT) + 2);
    for (let d = 0; d < n; d++) bands[Math.floor(need[d]! * BANDS_PER_UNIT) + 1]!++;
    for (let b = 1; b < bands.length; b++) bands[b]! += bands[b - 1]!;
    const order = new Uint32Array(n);
    for (let d = 0; d < n; d++) order[bands[Math.floor(need[d]! * BANDS_PER_UNIT)]!++] = d;
    for (let o = 0; o < n; o++) {
      const d = order[o]!;
      for (let j = docStart[d]!; j < docStart[d]! + cut[d]!; j++) {
        const i = count[sorted[j]!]!++;
        this.at[i] = j;
        this.needs[i] = need[d]!;
      }
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
    const { marks, start, idfs } = this;
    const m = terms.length;
    if (this.query.length < m) {
      this.query = new Uint32Array(2 * m);
      this.left = new Float64Array(2 * m + 1);
    }
    // scratch, not a new array per call (speed); only the first m (+1) entries are read
    const { query, left } = this;
    for (let q = 0; q < m; q++) query[q] = terms[q]!;
    sortTerms(query, 0, m, idfs);
    // left[q]: the query's weight from its q-th term on, the most a document first met there shares
    left[m] = 0;
    for (let q = m - 1; q >= 0; q--) left[q] = left[q + 1]! + idfs[query[q]!]!;
    for (const t of terms) marks[t] = 1;
    let found = false;
    for (let q = 0; q < m && !found; q++) {
      const t = query[q]!;
      const most = left[q]!;
      // needs from here on are all in higher bands, so above `most`
      const beyond = (Math.floor(most * BANDS_PER_UNIT) + 1) / BANDS_PER_UNIT;
      found = this.anyReaches(start[t]!, start[t + 1]!, most, beyond);
    }
    for (const t of terms) marks[t] = 0;
    return found;
  }

  /**
   * Whether a document listed at `from..end` (one term's prefix postings) reaches its need with the
   * marked terms, when the query weighs `most` from that term on. A function of its own, small, so
   * the JIT optimises it early (speed of the cold first pass).
   * @param beyond the first need band above `most`: the list stops there
   */
  private anyReaches(from: number, end: number, most: number, beyond: number): boolean {
    const { at, needs } = this;
    for (let i = from; i < end; i++) {
      const need = needs[i]!;
      if (need >= beyond) return false;
      // A document first met here has no heavier query term (it would have been met there), so
      // its scan starts at this term; met again, it already failed, and a partial sum cannot pass.
      if (most >= need && this.reaches(at[i]!, need)) return true;
    }
    return false;
  }

  /** Whether the marked terms of a document from its term at `j` on weigh `need`; stops early. */
  private reaches(j: number, need: number): boolean {
    const { sorted, weight, after, marks } = this;
    let have = 0;
    for (; ; j++) {
      if (marks[sorted[j]!] === 1) {
        have += weight[j]!;
        if (have >= need) return true;
      }
      // at the document's last term `after` is 0
      if (have + after[j]! < need || after[j] === 0) return false;
    }
  }
}
