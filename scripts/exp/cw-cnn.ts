/** Experiment: 1-D CNN (width-k filters, ReLU, max-pool over time) on the frozen skip-gram vectors; out-of-fold logits. */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkworthyTokens } from '../../lib/match/checkworthy';
import { parseArgs } from '../eval-args';
import { isDev, readLabelled } from '../checkworthy-data';
import { unlabelledTexts } from '../checkworthy-vectors';

const args = parseArgs(process.argv.slice(2), [], {
  data: '../shared/data/check-worthiness/claimbuster-train.json',
  shared: '../shared/data',
  vectors: '.output/checkworthy/vectors.json',
  F: '100', k: '3', epochs: '8', lr: '0.002', drop: '0.5', l2: '0.0001', posw: '1.5', minc: '10', out: '/tmp/oof-cnn.json', folds: '5', seed: '1',
});
const train = readLabelled(args.data).filter((s) => !isDev(s.id));
const corpus = [...unlabelledTexts(args.shared), ...train.map((s) => s.text), ...train.map((s) => s.text)].map(checkworthyTokens);
const cnt = new Map<string, number>();
for (const s of corpus) for (const w of s) cnt.set(w, (cnt.get(w) ?? 0) + 1);
const raw = JSON.parse(readFileSync(args.vectors, 'utf8')) as Record<string, number[]>;
const words = Object.keys(raw).filter((w) => (cnt.get(w) ?? 0) >= Number(args.minc)).sort();
const DIM = raw[words[0]!]!.length;
const wid = new Map(words.map((w, i) => [w, i + 1])); // 0 = padding / unknown (zero vector)
const E = new Float32Array((words.length + 1) * DIM);
words.forEach((w, i) => E.set(raw[w]!, (i + 1) * DIM));
const F = Number(args.F), K = Number(args.k);
const X = train.map((s) => Int32Array.from(['^', ...checkworthyTokens(s.text), '$'].map((t) => wid.get(t) ?? 0)));
const Y = train.map((s) => s.label);
console.error(`${words.length} words, dim ${DIM}, ${X.length} sentences`);

let seed = Number(args.seed) * 7919;
const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());

interface Net { W: Float32Array; bW: Float32Array; v: Float32Array; c: Float32Array }
function forward(n: Net, x: Int32Array, pooled: Float32Array, arg: Int32Array) {
  const T = Math.max(1, x.length - K + 1);
  pooled.fill(0); arg.fill(-1);
  for (let t = 0; t < T; t++) {
    for (let f = 0; f < F; f++) {
      let s = n.bW[f]!;
      const wo = f * K * DIM;
      for (let j = 0; j < K; j++) {
        const id = t + j < x.length ? x[t + j]! : 0;
        if (!id) continue;
        const eo = id * DIM, wj = wo + j * DIM;
        for (let d = 0; d < DIM; d++) s += n.W[wj + d]! * E[eo + d]!;
      }
      if (s > pooled[f]!) { pooled[f] = s; arg[f] = t; }
    }
  }
}
function trainNet(idx: number[]): Net {
  const n: Net = { W: new Float32Array(F * K * DIM).map(() => gauss() * Math.sqrt(2 / (K * DIM))), bW: new Float32Array(F), v: new Float32Array(F).map(() => gauss() * 0.01), c: new Float32Array(1) };
  const params = [n.W, n.bW, n.v, n.c];
  const m = params.map((p) => new Float32Array(p.length)), v2 = params.map((p) => new Float32Array(p.length));
  const g = params.map((p) => new Float32Array(p.length));
  const pooled = new Float32Array(F), arg = new Int32Array(F), mask = new Float32Array(F);
  const B = 32, lr = Number(args.lr), drop = Number(args.drop), l2 = Number(args.l2), pw = Number(args.posw);
  let step = 0;
  const order = idx.slice();
  for (let ep = 0; ep < Number(args.epochs); ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (let b0 = 0; b0 < order.length; b0 += B) {
      for (const gg of g) gg.fill(0);
      const batch = order.slice(b0, b0 + B);
      for (const i of batch) {
        const x = X[i]!;
        forward(n, x, pooled, arg);
        let z = n.c[0]!;
        for (let f = 0; f < F; f++) { mask[f] = rnd() < drop ? 0 : 1 / (1 - drop); z += n.v[f]! * pooled[f]! * mask[f]!; }
        const p = 1 / (1 + Math.exp(-z));
        const wt = Y[i] ? pw : 1;
        const dz = (p - Y[i]!) * wt / batch.length;
        g[3]![0]! += dz;
        for (let f = 0; f < F; f++) {
          g[2]![f]! += dz * pooled[f]! * mask[f]!;
          if (arg[f]! < 0 || !mask[f]) continue;
          const dp = dz * n.v[f]! * mask[f]!;
          g[1]![f]! += dp;
          const t = arg[f]!;
          for (let j = 0; j < K; j++) {
            const id = t + j < x.length ? x[t + j]! : 0;
            if (!id) continue;
            const eo = id * DIM, wj = f * K * DIM + j * DIM;
            for (let d = 0; d < DIM; d++) g[0]![wj + d]! += dp * E[eo + d]!;
          }
        }
      }
      step++;
      const b1 = 0.9, b2 = 0.999;
      params.forEach((p, pi) => {
        const gg = g[pi]!, mm = m[pi]!, vv = v2[pi]!;
        const c1 = 1 - Math.pow(b1, step), c2 = 1 - Math.pow(b2, step);
        for (let q = 0; q < p.length; q++) {
          const gr = gg[q]! + (pi === 0 ? l2 * p[q]! : 0);
          mm[q] = b1 * mm[q]! + (1 - b1) * gr; vv[q] = b2 * vv[q]! + (1 - b2) * gr * gr;
          p[q]! -= (lr * (mm[q]! / c1)) / (Math.sqrt(vv[q]! / c2) + 1e-8);
        }
      });
    }
  }
  return n;
}
const score = (n: Net, x: Int32Array) => { const pooled = new Float32Array(F), arg = new Int32Array(F); forward(n, x, pooled, arg); let z = n.c[0]!; for (let f = 0; f < F; f++) z += n.v[f]! * pooled[f]!; return z; };
function bestThreshold(y: number[], s: number[]) {
  const o = s.map((v, i) => [v, y[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = y.filter(Boolean).length; let tp = 0; let best = 0;
  o.forEach(([, yy], k) => { if (yy) tp++; best = Math.max(best, (2 * tp) / (k + 1 + P)); });
  return best;
}
const t0 = Date.now();
const oof = new Array<number>(X.length).fill(0);
const folds = Number(args.folds);
for (let fold = 0; fold < folds; fold++) {
  const idx = X.map((_, i) => i).filter((i) => i % 5 !== fold);
  const n = trainNet(idx);
  X.forEach((x, i) => { if (i % 5 === fold) oof[i] = score(n, x); });
  console.error(`fold ${fold} done ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`cnn ${JSON.stringify(args)}: CV F1 ${bestThreshold(Y, oof).toFixed(4)}`);
writeFileSync(args.out, JSON.stringify({ y: Y, oof }));
