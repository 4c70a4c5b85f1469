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
 * `p >= rank`, or `p >= coverRank` and `cover >= cover`; and `p` leads the next verified
 * candidate's by `margin` (look-alike statements make a sentence ambiguous). Chosen on the train
 * splits by scripts/train-reranker.ts.
 */
export interface HighlightRule {
  rank: number;
  coverRank: number;
  cover: number;
  margin: number;
  /** Candidates covered less than this are never verified (also the cheap pre-filter of `match`). */
  minCover: number;
}

/**
 * The matcher's model: a logistic-regression re-ranker over {@link FEATURE_NAMES}, P(the sentence
 * states the statement), trained by scripts/train-reranker.ts on the CheckThat! 2021 Task 2A and
 * 2B train splits, and the highlight rule.
 */
export interface RerankerModel {
  features: readonly string[];
  rank: Logistic;
  highlight: HighlightRule;
}

/**
 * Checks a model asset's shape against this build's features.
 * @throws Error when the feature list or vector lengths differ (a stale asset)
 */
export function checkModel(m: RerankerModel): RerankerModel {
  const n = FEATURE_NAMES.length;
  const l = m.rank;
  if (m.features.join() !== FEATURE_NAMES.join() || l.weights.length !== n || l.mean.length !== n || l.std.length !== n || !m.highlight) {
    throw new Error('re-ranker model does not fit this build\'s features: run "npm run train:reranker"');
  }
  return m;
}

/** A logistic model's probability for a feature vector. */
export function probability(m: Logistic, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < m.weights.length; i++) z += (m.weights[i]! * (x[i]! - m.mean[i]!)) / m.std[i]!;
  return 1 / (1 + Math.exp(-z));
}
