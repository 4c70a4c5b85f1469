import { FEATURE_NAMES } from './features';

/** A logistic model over standardised features. */
export interface Logistic {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/**
 * When a sentence is highlighted with its best-ranked verified statement (all on the ranking
 * model's probability `p` and the statement's IDF-weighted `cover` by the sentence):
 * `p >= rank`, or `p >= coverRank`, `cover >= cover` and `shared * cover >= coverTerms` (`shared`: the
 * statement's terms in the sentence; a short statement inside a long sentence is weak evidence,
 * less so when all of it is there); `p` leads any other verified candidate's
 * by `margin`; and at most `crowd` BM25 candidates are covered about as well as the best-covered
 * one (look-alike statements, such as one claim fact-checked again from several speeches, make a
 * sentence ambiguous; statements a long sentence only half covers do not). Chosen by grouped
 * cross-validation on the train splits in scripts/train-reranker.ts.
 */
export interface HighlightRule {
  rank: number;
  coverRank: number;
  cover: number;
  coverTerms: number;
  margin: number;
  /** Candidates covered less than this are never verified (also the cheap pre-filter of `match`). */
  minCover: number;
  /** Most look-alike candidates (see {@link crowdOf}); more is ambiguous. */
  crowd: number;
  /**
   * A candidate is a look-alike when its cover reaches `minCover` and is at most this much below the
   * best-covered candidate's (1: every candidate that reaches `minCover`).
   */
  crowdGap: number;
}

/**
 * The matcher's model, trained by scripts/train-reranker.ts on the CheckThat! 2021 Task 2A and 2B
 * train splits: over {@link FEATURE_NAMES}, a pointwise logistic regression `rank` (P(the sentence
 * states the statement), which the highlight rule reads), a pairwise one `order` (which orders the
 * candidates; its output ranks but is not calibrated), and the highlight rule.
 */
export interface RerankerModel {
  features: readonly string[];
  rank: Logistic;
  order: Logistic;
  highlight: HighlightRule;
}

/**
 * Checks a model asset's shape against this build's features.
 * @throws Error when the feature list or vector lengths differ (a stale asset)
 */
export function checkModel(m: RerankerModel): RerankerModel {
  const n = FEATURE_NAMES.length;
  const fits = (l: Logistic | undefined) => !!l && l.weights.length === n && l.mean.length === n && l.std.length === n;
  if (m.features.join() !== FEATURE_NAMES.join() || !fits(m.rank) || !fits(m.order) || typeof m.highlight?.crowd !== 'number' || typeof m.highlight.crowdGap !== 'number') {
    throw new Error('re-ranker model does not fit this build\'s features: run "npm run train:reranker"');
  }
  return m;
}

/**
 * The highlight decision of `StatementIndex.match` on its verified candidates.
 * @param verified the judged candidates that passed the verifier: probability `score`, cover 0..1,
 *   `shared` statement terms found in the sentence
 * @param crowd how many candidates look alike ({@link crowdOf}; verified or not)
 * @param threshold when given, replaces the rule's probability paths (`p >= threshold`)
 * @returns the index in `verified` of the candidate to highlight, or -1 for none
 */
export function highlightOf(verified: ReadonlyArray<{ score: number; cover: number; shared: number }>, crowd: number, rule: HighlightRule, threshold?: number): number {
  if (!verified.length || crowded(crowd, rule)) return -1;
  let best = 0;
  verified.forEach((c, i) => {
    if (c.score > verified[best]!.score) best = i;
  });
  const { score, cover, shared } = verified[best]!;
  // Without another verified candidate there is no look-alike to lead.
  let lead = 1;
  verified.forEach((c, i) => {
    if (i !== best) lead = Math.min(lead, score - c.score);
  });
  const probable = threshold !== undefined ? score >= threshold : score >= rule.rank || (score >= rule.coverRank && cover >= rule.cover && shared * cover >= rule.coverTerms);
  return probable && lead >= rule.margin ? best : -1;
}

/**
 * How many candidates look alike for the rule: covered at least `minCover`, no more than `crowdGap`
 * below the best-covered one, and sharing at least {@link LOOKALIKE_TERMS} terms with the sentence.
 * @param candidates the cover (0..1) and the number of statement terms found in the sentence of
 *   each candidate that reached `minCover`
 */
export function crowdOf(candidates: ReadonlyArray<{ cover: number; shared: number }>, rule: HighlightRule): number {
  let best = 0;
  for (const c of candidates) best = Math.max(best, c.cover);
  const floor = Math.max(rule.minCover, best - rule.crowdGap);
  let n = 0;
  for (const c of candidates) if (c.cover >= floor && c.shared >= LOOKALIKE_TERMS) n++;
  return n;
}

/**
 * Fewest shared terms for a look-alike. A statement whose other words are in nearly every statement
 * (a bulk import of templated claims: "Synthetic claim number 3 about ...") has IDF weights near 0
 * on them, so one shared number covers it almost fully; such a statement resembles the sentence in
 * one word and must not make a real match look ambiguous.
 */
export const LOOKALIKE_TERMS = 2;

/**
 * Whether too many candidates look alike for any highlight: {@link highlightOf} then returns -1
 * whatever the candidates' scores, so a caller may skip judging them.
 * @param crowd how many candidates look alike ({@link crowdOf})
 */
export function crowded(crowd: number, rule: HighlightRule): boolean {
  return crowd > rule.crowd;
}

/** A logistic model's probability for a feature vector. */
export function probability(m: Logistic, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < m.weights.length; i++) z += (m.weights[i]! * (x[i]! - m.mean[i]!)) / m.std[i]!;
  return 1 / (1 + Math.exp(-z));
}
