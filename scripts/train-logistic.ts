/**
 * L2-regularised logistic regression by full-batch Adam on standardised features: small, exact
 * enough for tens of features and tens of thousands of rows, and dependency-free.
 */
import type { Logistic } from '../lib/match/reranker';

/**
 * @param xs feature rows; ys labels 0/1; weight optional per-row weights
 * @param l2 penalty on the weights (not the bias)
 */
export function trainLogistic(xs: number[][], ys: number[], { l2 = 1e-3, epochs = 800, rate = 0.05, weight }: { l2?: number; epochs?: number; rate?: number; weight?: number[] } = {}): Logistic {
  const n = xs.length;
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
  const w = new Array<number>(d + 1).fill(0);
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const totalWeight = weight ? weight.reduce((a, b) => a + b, 0) : n;
  for (let e = 1; e <= epochs; e++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const x = z[i]!;
      let s = w[d]!;
      for (let j = 0; j < d; j++) s += w[j]! * x[j]!;
      const err = ((1 / (1 + Math.exp(-s))) - ys[i]!) * (weight ? weight[i]! : 1);
      for (let j = 0; j < d; j++) g[j]! += err * x[j]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) {
      const grad = g[j]! / totalWeight + (j < d ? l2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const mh = m[j]! / (1 - 0.9 ** e);
      const vh = v[j]! / (1 - 0.999 ** e);
      w[j]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { mean, std, weights: w.slice(0, d), bias: w[d]! };
}
