import { normalizeForMatch } from '../text/normalize';

/**
 * Check-worthiness: does a sentence state a checkable factual claim? A logistic regression over
 * word unigrams and bigrams (numbers folded to one token) and a few shape markers, trained by
 * scripts/train-checkworthy.ts on the ClaimBuster two-class train file (Arslan et al. 2020,
 * "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM), shipped as
 * assets/models/checkworthy.json.
 */
export interface CheckworthyModel {
  /** Feature -> weight; features absent here weigh 0. */
  weights: Record<string, number>;
  bias: number;
  /** Decision threshold on the probability, chosen on the train part of the split. */
  threshold: number;
}

const TOKEN = /\p{Nd}[\p{Nd},.]*%?|\p{L}[\p{L}\p{M}']*|[$%€£]/gu;

/**
 * The sparse features of a sentence: `w:` unigrams, `b:` bigrams, `m:` shape markers.
 * @param text one sentence
 * @returns distinct feature names
 */
export function checkworthyFeatures(text: string): string[] {
  const toks = [...normalizeForMatch(text).text.matchAll(TOKEN)].map((m) => (/^\p{Nd}/u.test(m[0]) ? (m[0].endsWith('%') ? '#pct' : '#num') : m[0]));
  const out = new Set<string>();
  toks.forEach((t, i) => {
    out.add('w:' + t);
    out.add('b:' + (i ? toks[i - 1] : '^') + '_' + t);
  });
  if (toks.length) out.add('b:' + toks[toks.length - 1] + '_$');
  if (toks.some((t) => t === '#num' || t === '#pct')) out.add('m:number');
  out.add('m:len' + Math.min(6, Math.floor(toks.length / 5)));
  return [...out];
}

/** Probability that a sentence is check-worthy, 0..1. */
export function checkworthiness(model: CheckworthyModel, text: string): number {
  let z = model.bias;
  for (const f of checkworthyFeatures(text)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the model deems the sentence check-worthy (probability at or above its threshold). */
export function isCheckworthy(model: CheckworthyModel, text: string): boolean {
  return checkworthiness(model, text) >= model.threshold;
}
