/** Experiment: weak supervision for check-worthiness, 5-fold CV on the train part (same protocol as train-checkworthy). */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkworthyFeatures, checkworthyTokens, claimMarkers, distinctWords, sublinearTf } from '../../lib/match/checkworthy';
import { parseArgs } from '../eval-args';
import { isDev, readLabelled } from '../checkworthy-data';
import { unlabelledTexts } from '../checkworthy-vectors';

const args = parseArgs(process.argv.slice(2), [], {
  data: '../shared/data/check-worthiness/claimbuster-train.json',
  shared: '../shared/data',
  vectors: '.output/checkworthy/vectors.json',
  pos: 'none', // none | pf | pfq | sn | pf+sn
  pw: '0.3', // weight of weak positives
  npos: '100000',
  neg: 'none', // none | art
  nw: '0.3',
  nneg: '100000',
  vocab: 'cb', // cb | all
  C: '0.25',
  emb: '1',
  posw: '1.5',
  oof: '',
  dev: '0',
  prior: '0', // scale of a prior feature: margin of an SVM trained on the weak examples only (0 = weak examples join the training set)
  priorC: '0.25',
  self: '0', // weight of pseudo-labelled article sentences (0 = off)
  selfq: '0.15', // fraction of the pool taken at each end
  pool: 'mean', // mean | meanmax | meanmaxmin
  maxs: '1',
});
const train = readLabelled(args.data).filter((s) => (args.dev === '1' ? true : !isDev(s.id)));
const corpus = [...unlabelledTexts(args.shared), ...train.map((s) => s.text), ...train.map((s) => s.text)].map(checkworthyTokens);
const corpusCount = new Map<string, number>();
for (const s of corpus) for (const w of s) corpusCount.set(w, (corpusCount.get(w) ?? 0) + 1);
const raw = JSON.parse(readFileSync(args.vectors, 'utf8')) as Record<string, number[]>;
const vectors = new Map(Object.entries(raw).filter(([w]) => (corpusCount.get(w) ?? 0) >= 10).map(([w, v]) => [w, Float32Array.from(v)]));
const DIM = vectors.values().next().value!.length;
const EDIM = args.pool === 'meanmaxmin' ? 3 * DIM : args.pool === 'meanmax' ? 2 * DIM : DIM;

let seed = 7;
const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
const shuffle = <T>(a: T[]) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; } return a; };

const jsonl = (f: string) => readFileSync(`${args.shared}/${f}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
function cleanPf(t: string): string {
  let s = t.trim().replace(/^says (that )?/i, '');
  s = s.replace(/^["“”]+|["“”]+$/g, '').trim();
  if (s) s = s[0]!.toUpperCase() + s.slice(1);
  if (!/[.!?]$/.test(s)) s += '.';
  return s;
}
let weakPos: string[] = [];
if (args.pos.includes('pf')) {
  const all = jsonl('claim-retrieval-debates/politifact-vclaims.jsonl').map((o) => o.vclaim ?? '');
  const q = args.pos.startsWith('pfq') ? all.filter((t) => /^\s*["“]/.test(t)) : all;
  weakPos.push(...q.map(cleanPf));
}
if (args.pos.includes('dq')) {
  // debate sentences whose claim PolitiFact checked (CheckThat! 2B train qrels): in-domain positives
  const dir = `${args.shared}/claim-retrieval-debates`;
  const ids = new Set(readFileSync(`${dir}/qrels-train.tsv`, 'utf8').split('\n').map((l) => l.split('\t')[0]));
  const qs = readFileSync(`${dir}/queries-train-dev.tsv`, 'utf8').split('\n').map((l) => l.split('\t')).filter((r) => r.length >= 2 && ids.has(r[0]!));
  weakPos.push(...qs.map((r) => r[1]!));
}
if (args.pos.includes('sn')) weakPos.push(...jsonl('claim-retrieval-tweets/vclaims.jsonl').map((o) => cleanPf(o.vclaim ?? '')));
weakPos = shuffle(weakPos.filter((t) => t.length > 10)).slice(0, Number(args.npos));
let weakNeg: string[] = [];
if (args.neg === 'artall') {
  weakNeg = shuffle(jsonl('articles/politifact-articles-200.jsonl').flatMap((o) => (o.text ?? '').split(/(?<=[.!?])\s+/)).filter((t) => t.length > 20 && t.length < 300)).slice(0, Number(args.nneg));
}
if (args.neg === 'art') {
  const sents = jsonl('articles/politifact-articles-200.jsonl').flatMap((o) => (o.text ?? '').split(/(?<=[.!?])\s+/)).filter((t) => t.length > 20 && t.length < 300);
  weakNeg = sents.filter((t) => {
    const toks = checkworthyTokens(t);
    const m = claimMarkers(t, toks);
    return !m.some((x) => x === 'num' || x === 'money' || x === 'pct' || x === 'year' || x === 'superlative' || x === 'comparative') && !/^caps[23]/.test(m[1]!) ;
  });
  weakNeg = shuffle(weakNeg).slice(0, Number(args.nneg));
}
console.error(`weak pos ${weakPos.length}, weak neg ${weakNeg.length}; e.g. ${JSON.stringify(weakPos.slice(0, 2))} ${JSON.stringify(weakNeg.slice(0, 2))}`);

interface Row { f: Map<string, number>; e: Float32Array; y: 0 | 1; w: number; cb: boolean }
const mk = (text: string, y: 0 | 1, w: number, cb: boolean): Row => {
  const f = checkworthyFeatures(text);
  const words = distinctWords(f);
  const e = new Float32Array(EDIM);
  for (const wd of words) { const v = vectors.get(wd); if (v) for (let d = 0; d < DIM; d++) e[d]! += v[d]! / words.length; }
  if (EDIM > DIM) {
    const mx = new Float32Array(DIM).fill(-Infinity), mn = new Float32Array(DIM).fill(Infinity);
    let any = false;
    for (const wd of words) { const v = vectors.get(wd); if (v) { any = true; for (let d = 0; d < DIM; d++) { mx[d] = Math.max(mx[d]!, v[d]!); mn[d] = Math.min(mn[d]!, v[d]!); } } }
    const ms = Number(args.maxs);
    for (let d = 0; d < DIM; d++) { e[DIM + d] = any ? mx[d]! * ms : 0; if (EDIM > 2 * DIM) e[2 * DIM + d] = any ? mn[d]! * ms : 0; }
  }
  return { f, e, y, w, cb };
};
const rows = train.map((s) => mk(s.text, s.label, 1, true));
const extra = [...weakPos.map((t) => mk(t, 1, Number(args.pw), false)), ...weakNeg.map((t) => mk(t, 0, Number(args.nw), false))];

const selfPool: Row[] = Number(args.self) ? shuffle(jsonl('articles/politifact-articles-200.jsonl').flatMap((o) => (o.text ?? '').split(/(?<=[.!?])\s+/)).filter((t) => t.length > 20 && t.length < 300)).map((t) => mk(t, 0, 0, false)) : [];
interface Vec { idx: Int32Array; val: Float32Array }
const round1 = (x: number) => Math.round(x * 10) / 10;
function vectorizer(fit: Row[], embScale: number) {
  const df = new Map<string, number>();
  const src = args.vocab === 'all' ? fit : fit.filter((r) => r.cb);
  for (const r of src) for (const f of r.f.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const N = src.length;
  const vocab = new Map<string, number>();
  const idf: number[] = [];
  for (const [f, d] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) { if (d < 2) continue; vocab.set(f, vocab.size); idf.push(round1(Math.log((1 + N) / (1 + d)) + 1)); }
  const defaultIdf = round1(Math.log((1 + N) / 2) + 1);
  const vec = (r: Row): Vec => {
    const idx: number[] = [], val: number[] = [];
    let norm = 0;
    for (const [f, n] of r.f) { const j = vocab.get(f); const x = sublinearTf(n) * (j === undefined ? defaultIdf : idf[j]!); norm += x * x; if (j === undefined) continue; idx.push(j); val.push(x); }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k]! /= norm;
    for (let d = 0; d < EDIM; d++) { idx.push(vocab.size + d); val.push(r.e[d]! * embScale); }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  };
  return { vec, dim: vocab.size + EDIM };
}
function svm(X: Vec[], y: number[], wts: number[], dim: number, C: number, posWeight: number) {
  const w = new Float64Array(dim); let b = 0;
  const alpha = new Float64Array(X.length);
  const D = y.map((v, i) => 1 / (2 * (v ? C * posWeight : C) * wts[i]!));
  const Q = X.map((x, i) => x.val.reduce((s, v) => s + v * v, 1) + D[i]!);
  const order = X.map((_, i) => i);
  let sd = 1;
  for (let it = 0; it < 50; it++) {
    for (let i = order.length - 1; i > 0; i--) { sd = (Math.imul(sd, 1103515245) + 12345) >>> 0; const j = sd % (i + 1); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let maxPG = 0;
    for (const i of order) {
      const x = X[i]!; const yi = y[i] ? 1 : -1;
      let s = b; for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
      const G = yi * s - 1 + D[i]! * alpha[i]!;
      const PG = alpha[i] === 0 ? Math.min(G, 0) : G;
      maxPG = Math.max(maxPG, Math.abs(PG));
      if (PG === 0) continue;
      const old = alpha[i]!; alpha[i] = Math.max(old - G / Q[i]!, 0);
      const d = (alpha[i]! - old) * yi;
      for (let k = 0; k < x.idx.length; k++) w[x.idx[k]!]! += d * x.val[k]!;
      b += d;
    }
    if (maxPG < 1e-3) break;
  }
  return { w, b };
}
const margin = (m: { w: Float64Array; b: number }, x: Vec) => { let s = m.b; for (let k = 0; k < x.idx.length; k++) s += m.w[x.idx[k]!]! * x.val[k]!; return s; };
function bestThreshold(y: number[], s: number[]) {
  const o = s.map((v, i) => [v, y[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = y.filter(Boolean).length; let tp = 0; let best = { f1: 0, t: 0 };
  o.forEach(([v, yy], k) => { if (yy) tp++; const f1 = (2 * tp) / (k + 1 + P); if (f1 > best.f1) best = { f1, t: k + 1 < o.length ? (v + o[k + 1]![0]) / 2 : v }; });
  return best;
}
const y = rows.map((r) => r.y);
for (const C of args.C.split(',').map(Number)) for (const emb of args.emb.split(',').map(Number)) for (const posw of args.posw.split(',').map(Number)) {
  const oof = new Array<number>(rows.length);
  for (let fold = 0; fold < 5; fold++) {
    const prior = Number(args.prior);
    const fit = prior ? rows.filter((_, i) => i % 5 !== fold) : [...rows.filter((_, i) => i % 5 !== fold), ...extra];
    const v = vectorizer(fit, emb);
    let vec = v.vec, dim = v.dim;
    if (prior) {
      const pm = svm(extra.map(v.vec), extra.map((r) => r.y), extra.map(() => 1), v.dim, Number(args.priorC), 1);
      vec = (r: Row) => { const x = v.vec(r); const z = margin(pm, x); return { idx: Int32Array.from([...x.idx, v.dim]), val: Float32Array.from([...x.val, z * prior]) }; };
      dim = v.dim + 1;
    }
    let m = svm(fit.map(vec), fit.map((r) => r.y), fit.map((r) => r.w), dim, C, posw);
    if (Number(args.self)) {
      const sc = selfPool.map((r) => ({ r, z: margin(m, vec(r)) })).sort((a, b) => b.z - a.z);
      const q = Math.floor(sc.length * Number(args.selfq));
      const P = Math.round(q * 0.35);
      const pseudo = [...sc.slice(0, P).map(({ r }) => ({ ...r, y: 1 as const, w: Number(args.self) })), ...sc.slice(sc.length - q).map(({ r }) => ({ ...r, y: 0 as const, w: Number(args.self) }))];
      const fit2 = [...fit, ...pseudo];
      m = svm(fit2.map(vec), fit2.map((r) => r.y), fit2.map((r) => r.w), dim, C, posw);
    }
    rows.forEach((r, i) => { if (i % 5 === fold) oof[i] = margin(m, vec(r)); });
  }
  const r = bestThreshold(y, oof);
  console.log(`self ${args.self} selfq ${args.selfq} prior ${args.prior} priorC ${args.priorC} pool ${args.pool} maxs ${args.maxs} pos ${args.pos} pw ${args.pw} npos ${weakPos.length} neg ${args.neg} nw ${args.nw} nneg ${weakNeg.length} vocab ${args.vocab} C ${C} emb ${emb} posw ${posw}: CV F1 ${r.f1.toFixed(4)}`);
  if (args.oof) writeFileSync(args.oof, JSON.stringify({ y, oof }));
}
