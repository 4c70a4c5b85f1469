/**
 * A compact inverted index with precomputed BM25 term weights (Robertson & Zaragoza 2009, "The
 * Probabilistic Relevance Framework: BM25 and Beyond"), stored as typed arrays so it serialises to a
 * few buffers and loads without rebuilding.
 */

/** BM25 saturation (k1) and length normalisation (b): the usual defaults. */
export const K1 = 1.2;
export const B = 0.75;

/** The index's buffers: everything {@link search} needs, structured-clonable (IndexedDB stores it as is). */
export interface Postings {
  /** Number of documents. */
  n: number;
  /** `start[t]..start[t+1]` is term t's slice of `doc` and `weight`; length: terms + 1. */
  start: Uint32Array;
  /** Document numbers, ascending within a term. */
  doc: Uint32Array;
  /** BM25 tf part `tf(k1+1)/(tf+k1(1-b+b·len/avglen))`, without the IDF. */
  weight: Float32Array;
}

/**
 * Builds postings from documents given as term-number -> (field-weighted) term frequency.
 * @param docs one map per document, term numbers below `terms`
 * @param terms vocabulary size
 */
export function buildPostings(docs: Array<Map<number, number>>, terms: number): Postings {
  const count = new Uint32Array(terms + 1);
  const lengths = new Float64Array(docs.length);
  let total = 0;
  docs.forEach((d, i) => {
    let len = 0;
    for (const [t, tf] of d) {
      count[t + 1]!++;
      len += tf;
    }
    lengths[i] = len;
    total += len;
  });
  for (let t = 0; t < terms; t++) count[t + 1]! += count[t]!;
  const start = count.slice();
  const fill = count.slice(0, terms);
  const doc = new Uint32Array(start[terms]!);
  const weight = new Float32Array(start[terms]!);
  const avg = total / Math.max(1, docs.length) || 1;
  docs.forEach((d, i) => {
    const norm = K1 * (1 - B + (B * lengths[i]!) / avg);
    for (const [t, tf] of d) {
      const at = fill[t]!++;
      doc[at] = i;
      weight[at] = (tf * (K1 + 1)) / (tf + norm);
    }
  });
  return { n: docs.length, start, doc, weight };
}

/** BM25 IDF with the +1 inside the log so it stays positive (Lucene's form). */
export function idfOf(p: Postings, term: number): number {
  const df = p.start[term + 1]! - p.start[term]!;
  return Math.log(1 + (p.n - df + 0.5) / (df + 0.5));
}

/** Reusable accumulator so a search allocates nothing per document. */
export class Accumulator {
  scores: Float32Array;
  touched: Uint32Array;
  count = 0;
  constructor(n: number) {
    this.scores = new Float32Array(n);
    this.touched = new Uint32Array(n);
  }
}

/**
 * Adds one term's postings `from..to` times its IDF `w` to `scores`, listing newly touched
 * documents in `touched` from `count` on.
 * A small function of its own: the JIT optimises it after few calls, while the first sentences run
 * (speed of the cold first pass).
 * @returns the new count of touched documents
 */
function accumulate(doc: Uint32Array, weight: Float32Array, from: number, to: number, w: number, scores: Float32Array, touched: Uint32Array, count: number): number {
  for (let i = from; i < to; i++) {
    const d = doc[i]!;
    if (scores[d] === 0) touched[count++] = d;
    scores[d]! += w * weight[i]!;
  }
  return count;
}

/**
 * BM25 top-k over the postings. Terms in more than `maxDf` documents are skipped: they carry little
 * IDF and dominate the cost; the re-ranker sees every term of the candidates anyway.
 * @param terms query term numbers (unique), with their IDF in `idf`
 * @returns up to k `[doc, score]` pairs, best first
 */
export function search(p: Postings, terms: number[], idf: number[], k: number, maxDf: number, acc: Accumulator): Array<[number, number]> {
  const { scores, touched } = acc;
  // locals, not property reads, in the loop: it runs before the JIT has optimised it (speed)
  const { start, doc, weight } = p;
  let count = 0;
  for (let q = 0; q < terms.length; q++) {
    const t = terms[q]!;
    const from = start[t]!;
    const to = start[t + 1]!;
    if (to - from > maxDf) continue;
    count = accumulate(doc, weight, from, to, idf[q]!, scores, touched, count);
  }
  acc.count = count;
  const top: Array<[number, number]> = [];
  let floor = 0;
  for (let i = 0; i < count; i++) {
    const d = touched[i]!;
    const s = scores[d]!;
    scores[d] = 0;
    if (top.length >= k && s <= floor) continue;
    // insertion into a small sorted array: k is tens, cheaper than a heap here
    let j = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push([d, s]);
    while (j > 0 && top[j - 1]![1] < s) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[j] = [d, s];
    if (top.length >= k) floor = top[k - 1]![1];
  }
  return top;
}
