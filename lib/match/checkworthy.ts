import { normalizeForMatch } from '../text/normalize';

/**
 * Check-worthiness: does a sentence state a checkable factual claim? A linear SVM (squared hinge,
 * Platt-scaled to a probability) over sublinear TF-IDF word unigrams and bigrams (numbers folded),
 * hand-made claim markers, and the mean of self-supervised word vectors, trained by
 * scripts/train-checkworthy.ts on the ClaimBuster two-class train file (Arslan et al. 2020,
 * "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM) and shipped as
 * assets/models/checkworthy.json. The word-vector part is linear, so the asset holds one number per
 * word (vector . weights) instead of the vectors.
 */
export interface CheckworthyModel {
  /** Asset format tag: {@link CHECKWORTHY_FORMAT}; anything else is a stale asset (retrain). */
  format: string;
  bias: number;
  /** Platt scaling of the margin: probability = sigmoid(plattScale * margin + plattShift). */
  plattScale: number;
  plattShift: number;
  /** Decision threshold on the probability, chosen by cross-validation on the train part. */
  threshold: number;
  /** IDF of any feature not listed in `groups` (one seen at most once in training). */
  defaultIdf: number;
  /** IDF (as a decimal string) -> feature -> weight; features absent here weigh 0. */
  groups: Record<string, Record<string, number>>;
  /** Word -> contribution of its word vector; the sum over the sentence's distinct words is divided by their count. */
  words: Record<string, number>;
}

/** The `format` of assets this code reads. */
export const CHECKWORTHY_FORMAT = 'checkworthy-svm-2';

const TOKEN = /\p{Nd}[\p{Nd},.]*%?|\p{L}[\p{L}\p{M}']*|[$%€£]/gu;
const RAW_WORD = /\p{Nd}[\p{Nd},.]*%?|\p{L}[\p{L}\p{M}']*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const PAST = /^\p{L}{3,}ed$/u;
const QUESTION = /\?\s*$/;
const MONEY = /[$€£]|\b(dollars?|billion|million|trillion)\b/i;
const PERCENT = /%|\bpercent\b/i;
const YEAR = /\b(1[89]|20)\d\d\b/;
const OPINION = new Set(['think', 'believe', 'feel', 'want', 'hope']);
const COMPARATIVE = new Set(['more', 'less', 'fewer']);
const MODAL = new Set(['will', 'would', 'should', 'could', 'must', 'can', 'going']);

/**
 * Lower-cased tokens of a sentence, numbers folded to `#num` (or `#pct` when followed by `%`).
 * @param text one sentence
 */
export function checkworthyTokens(text: string): string[] {
  return [...normalizeForMatch(text).text.matchAll(TOKEN)].map((m) => (/^\p{Nd}/u.test(m[0]) ? (m[0].endsWith('%') ? '#pct' : '#num') : m[0]));
}

/**
 * Claim markers from the ClaimBuster paper's feature analysis (Hassan et al. 2017, KDD: numbers,
 * past-tense verbs, named entities and sentence length mark factual claims; questions and
 * first-person opinions do not), approximated without a tagger: past tense by `-ed`, entities by
 * capitals inside the sentence. Each kept because it raised the cross-validated F1 together.
 * @param text the raw sentence (capitals and punctuation matter)
 * @param toks its {@link checkworthyTokens}
 * @returns marker names, without prefix
 */
export function claimMarkers(text: string, toks: string[]): string[] {
  let num = false, ed = 0, superlative = false, than = false, comparative = false, person = false, opinion = false, modal = false;
  for (const t of toks) {
    if (t === '#num' || t === '#pct') num = true;
    else if (PAST.test(t)) ed++;
    if (t === 'most' || (t.length > 4 && t.endsWith('est'))) superlative = true;
    if (t === 'than') than = true;
    else if (COMPARATIVE.has(t) || t.endsWith('er')) comparative = true;
    if (t === 'i' || t === 'we') person = true;
    if (OPINION.has(t)) opinion = true;
    if (MODAL.has(t)) modal = true;
  }
  let caps = -1; // the first word is capitalised anyway
  for (const m of text.matchAll(RAW_WORD)) if (caps < 0 || CAPITALISED.test(m[0])) caps++;
  const out = ['len' + Math.min(8, Math.floor(toks.length / 4)), 'caps' + Math.min(3, Math.max(0, caps)), 'ed' + Math.min(3, ed)];
  if (num) out.push('num');
  if (QUESTION.test(text)) out.push('question');
  if (MONEY.test(text)) out.push('money');
  if (PERCENT.test(text)) out.push('pct');
  if (YEAR.test(text)) out.push('year');
  if (superlative) out.push('superlative');
  if (than && comparative) out.push('comparative');
  if (person && opinion) out.push('opinion');
  if (modal) out.push('modal');
  return out;
}

/**
 * The sparse features of a sentence with their counts: unigrams as the token itself, bigrams as two
 * tokens joined by a space (`^` and `$` mark the sentence's ends), `m:` claim markers
 * ({@link claimMarkers}). Tokens hold no space or colon, so the three kinds never collide, and the
 * asset spends no bytes on prefixes.
 * @param text one sentence
 * @returns feature -> count (at least 1)
 */
export function checkworthyFeatures(text: string): Map<string, number> {
  const toks = checkworthyTokens(text);
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  toks.forEach((t, i) => {
    add(t);
    add((i ? toks[i - 1] : '^') + ' ' + t);
  });
  if (toks.length) add(toks[toks.length - 1] + ' $');
  for (const m of claimMarkers(text, toks)) add('m:' + m);
  return out;
}

/** Sublinear term frequency (1 + ln tf), as in the training script. */
export const sublinearTf = (count: number): number => 1 + Math.log(count);

/** The distinct word unigrams of a feature map, the input of the word-vector part. */
export function distinctWords(features: Map<string, number>): string[] {
  const out: string[] = [];
  for (const f of features.keys()) if (!f.includes(' ') && !f.startsWith('m:')) out.push(f);
  return out;
}

interface Compiled {
  model: CheckworthyModel;
  sparse: Map<string, { w: number; idf: number }>;
  words: Map<string, number>;
}
const compiled = new WeakMap<CheckworthyModel, Compiled>();

/**
 * Checks the shape of a model asset and indexes it for scoring (cached per model object).
 * @throws Error naming the asset and `npm run train:checkworthy` when it is stale or malformed
 */
export function compileCheckworthy(model: CheckworthyModel): Compiled {
  const hit = compiled.get(model);
  if (hit) return hit;
  const m = model as Partial<CheckworthyModel> | null;
  if (
    !m || m.format !== CHECKWORTHY_FORMAT || typeof m.groups !== 'object' || m.groups === null || typeof m.words !== 'object' || m.words === null ||
    [m.bias, m.plattScale, m.plattShift, m.threshold, m.defaultIdf].some((x) => typeof x !== 'number')
  ) {
    throw new Error(
      `check-worthiness model: expected format "${CHECKWORTHY_FORMAT}" with bias, plattScale, plattShift, threshold, defaultIdf, groups, words ` +
        `(got format ${JSON.stringify(m?.format)}); run npm run train:checkworthy`,
    );
  }
  const sparse = new Map<string, { w: number; idf: number }>();
  for (const [idf, weights] of Object.entries(m.groups)) for (const f in weights) sparse.set(f, { w: weights[f]!, idf: Number(idf) });
  const out: Compiled = { model, sparse, words: new Map(Object.entries(m.words)) };
  compiled.set(model, out);
  return out;
}

/**
 * The SVM margin of a sentence (positive leans check-worthy; not a probability).
 * @throws Error from {@link compileCheckworthy} for a stale asset
 */
export function checkworthyMargin(model: CheckworthyModel, text: string): number {
  const c = compileCheckworthy(model);
  const feats = checkworthyFeatures(text);
  let dot = 0;
  let norm = 0;
  for (const [f, n] of feats) {
    const e = c.sparse.get(f);
    const x = sublinearTf(n) * (e ? e.idf : model.defaultIdf);
    norm += x * x;
    if (e) dot += e.w * x;
  }
  const words = distinctWords(feats);
  let emb = 0;
  for (const w of words) emb += c.words.get(w) ?? 0;
  return model.bias + (norm ? dot / Math.sqrt(norm) : 0) + (words.length ? emb / words.length : 0);
}

/**
 * Probability that a sentence is check-worthy.
 * @param text one sentence (any length; cost is linear in it)
 * @returns 0..1
 * @throws Error from {@link compileCheckworthy} for a stale asset
 */
export function checkworthiness(model: CheckworthyModel, text: string): number {
  const z = checkworthyMargin(model, text);
  return 1 / (1 + Math.exp(-(model.plattScale * z + model.plattShift)));
}

/**
 * True when the model deems the sentence check-worthy (probability at or above its threshold).
 * @throws Error from {@link compileCheckworthy} for a stale asset
 */
export function isCheckworthy(model: CheckworthyModel, text: string): boolean {
  return checkworthiness(model, text) >= model.threshold;
}
