/** Experiment: gradient-boosted trees (logistic loss, histogram splits) on dense features: mean/max word vectors + claim markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkworthyFeatures, checkworthyTokens, claimMarkers, distinctWords } from '../../lib/match/checkworthy';
import { parseArgs } from '../eval-args';
import { isDev, readLabelled } from '../checkworthy-data';
import { unlabelledTexts } from '../checkworthy-vectors';

const args = parseArgs(process.argv.slice(2), [], {
  data: '../shared/data/check-worthiness/claimbuster-train.json', shared: '../shared/data', vectors: '.output/checkworthy/vectors.json',
  trees: '400', depth: '4', lr: '0.05', minLeaf: '20', sub: '0.8', colsub: '0.5', lambda: '1', max: '1', out: '/tmp/oof-gbdt.json',
});
const train = readLabelled(args.data).filter((s) => !isDev(s.id));
const corpus = [...unlabelledTexts(args.shared), ...train.map((s) => s.text), ...train.map((s) => s.text)].map(checkworthyTokens);
const cnt = new Map<string, number>();
for (const s of corpus) for (const w of s) cnt.set(w, (cnt.get(w) ?? 0) + 1);
const raw = JSON.parse(readFileSync(args.vectors, 'utf8')) as Record<string, number[]>;
const vectors = new Map(Object.entries(raw).filter(([w]) => (cnt.get(w) ?? 0) >= 10));
const DIM = 100;
const MK = ['num', 'question', 'money', 'pct', 'year', 'superlative', 'comparative', 'opinion', 'modal'];
const useMax = args.max === '1';
const feats = (text: string): number[] => {
  const toks = checkworthyTokens(text);
  const ws = distinctWords(checkworthyFeatures(text));
  const mean = new Array(DIM).fill(0), mx = new Array(DIM).fill(-1);
  let n = 0;
  for (const w of ws) { const v = vectors.get(w); if (!v) continue; n++; for (let d = 0; d < DIM; d++) { mean[d] += v[d]!; mx[d] = Math.max(mx[d], v[d]!); } }
  for (let d = 0; d < DIM; d++) mean[d] /= n || 1;
  const m = claimMarkers(text, toks);
  const num = (p: string) => Number(m.find((x) => x.startsWith(p) && /\d$/.test(x))!.slice(p.length));
  return [...mean, ...(useMax ? mx : []), toks.length, num('caps'), num('ed'), ...MK.map((k) => (m.includes(k) ? 1 : 0))];
};
const X = train.map((s) => feats(s.text));
const Y = train.map((s) => s.label);
const NF = X[0]!.length;
const BINS = 64;
// Quantile bin edges per feature (on all train rows: unsupervised, label-free).
const edges: number[][] = [];
for (let f = 0; f < NF; f++) {
  const col = X.map((r) => r[f]!).sort((a, b) => a - b);
  const e: number[] = [];
  for (let b = 1; b < BINS; b++) { const v = col[Math.floor((b * col.length) / BINS)]!; if (!e.length || v > e[e.length - 1]!) e.push(v); }
  edges.push(e);
}
const bin = (f: number, v: number) => { const e = edges[f]!; let lo = 0, hi = e.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (v < e[mid]!) hi = mid; else lo = mid + 1; } return lo; };
const XB = X.map((r) => Uint8Array.from(r.map((v, f) => bin(f, v))));
let seed = 3;
const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
type Node = { f: number; b: number; l: Node; r: Node } | { v: number };
const lambda = Number(args.lambda), minLeaf = Number(args.minLeaf);
function grow(idx: number[], g: Float64Array, h: Float64Array, depth: number, cols: number[]): Node {
  let G = 0, H = 0;
  for (const i of idx) { G += g[i]!; H += h[i]!; }
  if (depth === 0 || idx.length < 2 * minLeaf) return { v: -G / (H + lambda) };
  let best = { gain: 0, f: -1, b: -1 };
  const hg = new Float64Array(BINS), hh = new Float64Array(BINS), hc = new Int32Array(BINS);
  for (const f of cols) {
    hg.fill(0); hh.fill(0); hc.fill(0);
    for (const i of idx) { const b = XB[i]![f]!; hg[b]! += g[i]!; hh[b]! += h[i]!; hc[b]!++; }
    let gl = 0, hl = 0, cl = 0;
    for (let b = 0; b < BINS - 1; b++) {
      gl += hg[b]!; hl += hh[b]!; cl += hc[b]!;
      if (cl < minLeaf || idx.length - cl < minLeaf) continue;
      const gr = G - gl, hr = H - hl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
      if (gain > best.gain) best = { gain, f, b };
    }
  }
  if (best.f < 0) return { v: -G / (H + lambda) };
  const L = idx.filter((i) => XB[i]![best.f]! <= best.b), R = idx.filter((i) => XB[i]![best.f]! > best.b);
  return { f: best.f, b: best.b, l: grow(L, g, h, depth - 1, cols), r: grow(R, g, h, depth - 1, cols) };
}
const pred = (n: Node, xb: Uint8Array): number => ('v' in n ? n.v : pred(xb[n.f]! <= n.b ? n.l : n.r, xb));
function bestF1(y: number[], s: number[]) {
  const o = s.map((v, i) => [v, y[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = y.filter(Boolean).length; let tp = 0; let b = 0;
  o.forEach(([, yy], k) => { if (yy) tp++; b = Math.max(b, (2 * tp) / (k + 1 + P)); });
  return b;
}
const T = Number(args.trees), lr = Number(args.lr), depth = Number(args.depth);
const checkpoints = [100, 200, 300, 400, 600, 800].filter((c) => c <= T);
const oofAt = new Map(checkpoints.map((c) => [c, new Array<number>(X.length).fill(0)]));
for (let fold = 0; fold < 5; fold++) {
  const fit = X.map((_, i) => i).filter((i) => i % 5 !== fold);
  const test = X.map((_, i) => i).filter((i) => i % 5 === fold);
  const F = new Float64Array(X.length);
  const g = new Float64Array(X.length), h = new Float64Array(X.length);
  for (let t = 1; t <= T; t++) {
    for (const i of fit) { const p = 1 / (1 + Math.exp(-F[i]!)); const w = Y[i] ? 1.5 : 1; g[i] = (p - Y[i]!) * w; h[i] = p * (1 - p) * w; }
    const sample = fit.filter(() => rnd() < Number(args.sub));
    const cols = [...Array(NF).keys()].filter(() => rnd() < Number(args.colsub));
    const tree = grow(sample, g, h, depth, cols);
    for (let i = 0; i < X.length; i++) F[i]! += lr * pred(tree, XB[i]!);
    if (oofAt.has(t)) for (const i of test) oofAt.get(t)![i] = F[i]!;
  }
  console.error(`fold ${fold}`);
}
for (const [c, oof] of oofAt) { console.log(`gbdt ${JSON.stringify(args)} trees ${c}: CV F1 ${bestF1(Y, oof).toFixed(4)}`); writeFileSync(args.out.replace('.json', `-${c}.json`), JSON.stringify({ y: Y, oof })); }
