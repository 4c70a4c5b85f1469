/**
 * `npm run train:checkworthy [-- --data FILE]`: trains the check-worthiness model on the ClaimBuster
 * train file minus its dev fifth (see `isDev`) and writes assets/models/checkworthy.json.
 *
 * 1. word vectors (scripts/checkworthy-vectors.ts) on unlabelled text under --shared plus the train
 *    part's sentences, cached in --vectors (delete it to retrain them);
 * 2. 5-fold cross-validation on the train part over C, the word-vector scale and the positive-class
 *    weight; the best setting's out-of-fold margins give the threshold and the Platt scaling;
 * 3. the final SVM on the whole train part, folded into the asset's per-feature and per-word weights.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHECKWORTHY_FORMAT, checkworthyFeatures, checkworthyTokens, distinctWords, sublinearTf, type CheckworthyModel } from '../lib/match/checkworthy';
import { parseArgs } from './eval-args';
import { isDev, readLabelled } from './checkworthy-data';
import { trainWordVectors, unlabelledTexts } from './checkworthy-vectors';

const args = parseArgs(process.argv.slice(2), [], {
  data: '../shared/data/check-worthiness/claimbuster-train.json',
  shared: '../shared/data',
  vectors: '.output/checkworthy/vectors.json',
  out: 'assets/models/checkworthy.json',
});
const train = readLabelled(args.data).filter((s) => !isDev(s.id));

// The train sentences twice: they are the target domain, and far fewer than the rest.
const corpus = [...unlabelledTexts(args.shared), ...train.map((s) => s.text), ...train.map((s) => s.text)].map(checkworthyTokens);

/** The cached vectors, or new ones written to the cache; always the cache's rounded values, so a rerun gives the same model. */
function loadVectors(): Map<string, Float32Array> {
  if (!existsSync(args.vectors)) {
    const t0 = Date.now();
    // 10 epochs, not word2vec's 5: cross-validated F1 0.7766 vs 0.7740, at twice the time (about 5 minutes).
    const vecs = trainWordVectors(corpus, { epochs: 10 });
    mkdirSync(dirname(args.vectors), { recursive: true });
    writeFileSync(args.vectors, JSON.stringify(Object.fromEntries([...vecs].map(([w, v]) => [w, Array.from(v, (x) => Math.round(x * 1e4) / 1e4)]))));
    console.error(`word vectors: ${vecs.size} words from ${corpus.length} sentences in ${((Date.now() - t0) / 1000).toFixed(0)} s -> ${args.vectors}`);
  }
  const raw = JSON.parse(readFileSync(args.vectors, 'utf8')) as Record<string, number[]>;
  return new Map(Object.entries(raw).map(([w, v]) => [w, Float32Array.from(v)]));
}
// Only words seen MIN_WORD_COUNT times keep their vector: the asset holds one number per such word
// (cross-validated F1 with 3 / 10 / 30: 0.7735 / 0.7736 / 0.7720; 21.8k / 10.2k / 5.1k words).
const MIN_WORD_COUNT = 10;
const corpusCount = new Map<string, number>();
for (const s of corpus) for (const w of s) corpusCount.set(w, (corpusCount.get(w) ?? 0) + 1);
const vectors = new Map([...loadVectors()].filter(([w]) => (corpusCount.get(w) ?? 0) >= MIN_WORD_COUNT));
const DIM = vectors.values().next().value!.length;

interface Row { f: Map<string, number>; e: Float32Array; y: 0 | 1 }
const rows: Row[] = train.map((s) => {
  const f = checkworthyFeatures(s.text);
  const words = distinctWords(f);
  const e = new Float32Array(DIM);
  for (const w of words) {
    const v = vectors.get(w);
    if (v) for (let d = 0; d < DIM; d++) e[d]! += v[d]! / words.length;
  }
  return { f, e, y: s.label };
});

/** Sparse vector: feature indices and values; dense word-vector dimensions come after the vocabulary. */
interface Vec { idx: Int32Array; val: Float32Array }
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Vocabulary and IDF from `fit` rows: features in at least 2 of them get ln((1+N)/(1+df))+1 (rounded
 * to 0.1, as the asset groups them); rarer ones only count in the norm, at the df=1 IDF.
 */
function vectorizer(fit: Row[], embScale: number) {
  const df = new Map<string, number>();
  for (const r of fit) for (const f of r.f.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const N = fit.length;
  const vocab = new Map<string, number>();
  const idf: number[] = [];
  for (const [f, d] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (d < 2) continue;
    vocab.set(f, vocab.size);
    idf.push(round1(Math.log((1 + N) / (1 + d)) + 1));
  }
  const defaultIdf = round1(Math.log((1 + N) / 2) + 1);
  const vec = (r: Row): Vec => {
    const idx: number[] = [];
    const val: number[] = [];
    let norm = 0;
    for (const [f, n] of r.f) {
      const j = vocab.get(f);
      const x = sublinearTf(n) * (j === undefined ? defaultIdf : idf[j]!);
      norm += x * x;
      if (j === undefined) continue;
      idx.push(j);
      val.push(x);
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k]! /= norm;
    for (let d = 0; d < DIM; d++) {
      idx.push(vocab.size + d);
      val.push(r.e[d]! * embScale);
    }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  };
  return { vocab, idf, defaultIdf, vec, dim: vocab.size + DIM };
}

/**
 * L2-regularised squared-hinge linear SVM by dual coordinate descent (Hsieh et al. 2008, "A Dual
 * Coordinate Descent Method for Large-scale Linear SVM", ICML), bias as a constant feature.
 * @param C cost of the negatives; positives cost C * posWeight
 */
function svm(X: Vec[], y: number[], dim: number, C: number, posWeight: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dim);
  let b = 0;
  const alpha = new Float64Array(X.length);
  const D = y.map((v) => 1 / (2 * (v ? C * posWeight : C)));
  const Q = X.map((x, i) => x.val.reduce((s, v) => s + v * v, 1) + D[i]!);
  const order = X.map((_, i) => i);
  let seed = 1;
  for (let it = 0; it < 50; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let maxPG = 0;
    for (const i of order) {
      const x = X[i]!;
      const yi = y[i] ? 1 : -1;
      let s = b;
      for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
      const G = yi * s - 1 + D[i]! * alpha[i]!;
      const PG = alpha[i] === 0 ? Math.min(G, 0) : G;
      maxPG = Math.max(maxPG, Math.abs(PG));
      if (PG === 0) continue;
      const old = alpha[i]!;
      alpha[i] = Math.max(old - G / Q[i]!, 0);
      const d = (alpha[i]! - old) * yi;
      for (let k = 0; k < x.idx.length; k++) w[x.idx[k]!]! += d * x.val[k]!;
      b += d;
    }
    if (maxPG < 1e-3) break;
  }
  return { w, b };
}

const margin = (m: { w: Float64Array; b: number }, x: Vec) => {
  let s = m.b;
  for (let k = 0; k < x.idx.length; k++) s += m.w[x.idx[k]!]! * x.val[k]!;
  return s;
};

/** Best F1 of class 1 over all thresholds on the scores, and that threshold (midpoint between scores). */
function bestThreshold(y: number[], s: number[]): { f1: number; t: number } {
  const o = s.map((v, i) => [v, y[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = y.filter(Boolean).length;
  let tp = 0;
  let best = { f1: 0, t: 0 };
  o.forEach(([v, yy], k) => {
    if (yy) tp++;
    const f1 = (2 * tp) / (k + 1 + P);
    if (f1 > best.f1) best = { f1, t: k + 1 < o.length ? (v + o[k + 1]![0]) / 2 : v };
  });
  return best;
}

interface Setting { C: number; embScale: number; posWeight: number }
function outOfFold(s: Setting): number[] {
  const oof = new Array<number>(rows.length);
  for (let fold = 0; fold < 5; fold++) {
    const fit = rows.filter((_, i) => i % 5 !== fold);
    const v = vectorizer(fit, s.embScale);
    const m = svm(fit.map(v.vec), fit.map((r) => r.y), v.dim, s.C, s.posWeight);
    rows.forEach((r, i) => {
      if (i % 5 === fold) oof[i] = margin(m, v.vec(r));
    });
  }
  return oof;
}

const y = rows.map((r) => r.y);
let best: { s: Setting; f1: number; t: number; oof: number[] } | undefined;
for (const C of [0.125, 0.25, 0.5, 1]) {
  for (const embScale of [0.5, 1, 2]) {
    for (const posWeight of [1, 1.5]) {
      const s = { C, embScale, posWeight };
      const oof = outOfFold(s);
      const r = bestThreshold(y, oof);
      console.error(`cv C ${C} embScale ${embScale} posWeight ${posWeight}: F1 ${r.f1.toFixed(4)} at margin ${r.t.toFixed(3)}`);
      if (!best || r.f1 > best.f1) best = { s, f1: r.f1, t: r.t, oof };
    }
  }
}

/** Platt scaling (Platt 1999): logistic regression of the label on the out-of-fold margin, by Newton steps. */
function platt(s: number[], labels: number[]): [number, number] {
  let a = 1, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    s.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const g = p - labels[i]!;
      const h = p * (1 - p);
      ga += g * x;
      gb += g;
      haa += h * x * x;
      hab += h * x;
      hbb += h;
    });
    const det = haa * hbb - hab * hab;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return [a, b];
}

const chosen = best!;
const [pa, pb] = platt(chosen.oof, y);
const v = vectorizer(rows, chosen.s.embScale);
const m = svm(rows.map(v.vec), y, v.dim, chosen.s.C, chosen.s.posWeight);

const r3 = (x: number) => Math.round(x * 1000) / 1000;
// Dropping weights under 0.005 saves 17 KB (1,062 features) and flips none of the 6,382 train predictions.
const groups = new Map<number, Record<string, number>>();
for (const [f, j] of v.vocab) {
  const w = r3(m.w[j]!);
  if (Math.abs(w) < 0.005) continue;
  const g = groups.get(v.idf[j]!) ?? {};
  g[f] = w;
  groups.set(v.idf[j]!, g);
}
const u = m.w.subarray(v.vocab.size);
const words: Record<string, number> = {};
for (const [word, vec] of [...vectors].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += u[d]! * vec[d]! * chosen.s.embScale;
  words[word] = Math.round(s * 100) / 100;
}
const out: CheckworthyModel = {
  format: CHECKWORTHY_FORMAT,
  bias: r3(m.b),
  plattScale: r3(pa),
  plattShift: r3(pb),
  threshold: r3(1 / (1 + Math.exp(-(pa * chosen.t + pb)))),
  defaultIdf: v.defaultIdf,
  groups: Object.fromEntries([...groups].sort((a, b) => a[0] - b[0]).map(([idf, weights]) => [idf.toFixed(1), weights])),
  words,
};
const json = JSON.stringify(out) + '\n';
writeFileSync(args.out, json);
console.error(
  `train ${rows.length} sentences; chosen C ${chosen.s.C} embScale ${chosen.s.embScale} posWeight ${chosen.s.posWeight}: cross-validated F1 ${chosen.f1.toFixed(4)} ` +
    `at probability ${out.threshold}; ${[...groups.values()].reduce((a, g) => a + Object.keys(g).length, 0)} features, ${Object.keys(words).length} words, ${json.length} bytes`,
);
