/**
 * Self-supervised word vectors for the check-worthiness model: skip-gram with negative sampling
 * (Mikolov et al. 2013, "Distributed Representations of Words and Phrases and their
 * Compositionality", NeurIPS), trained here on unlabelled text only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Unlabelled sentences under the shared data folder: PolitiFact and Snopes claims with their
 * titles, the PolitiFact article texts (split at sentence ends) and the retrieval queries. Missing
 * files are skipped.
 * @param dataDir the shared data folder (`../shared/data`)
 */
export function unlabelledTexts(dataDir: string): string[] {
  const out: string[] = [];
  const jsonl = (f: string, take: (o: Record<string, unknown>) => void) => {
    const p = join(dataDir, f);
    if (!existsSync(p)) return;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) take(JSON.parse(line) as Record<string, unknown>);
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  for (const f of ['claim-retrieval-debates/politifact-vclaims.jsonl', 'claim-retrieval-tweets/vclaims.jsonl']) {
    jsonl(f, (o) => out.push(str(o.vclaim), str(o.title), str(o.subtitle)));
  }
  jsonl('articles/politifact-articles-200.jsonl', (o) => out.push(...str(o.text).split(/(?<=[.!?])\s+/)));
  for (const f of ['claim-retrieval-tweets/queries-train-dev.tsv', 'claim-retrieval-debates/queries-train-dev.tsv']) {
    const p = join(dataDir, f);
    if (existsSync(p)) for (const line of readFileSync(p, 'utf8').split('\n')) out.push(line.split('\t')[1] ?? '');
  }
  return out.filter((t) => t.length > 0);
}

/** Options of {@link trainWordVectors}; defaults are word2vec's usual ones (window 5, 5 negatives, rate 0.025). */
export interface VectorOptions {
  dim?: number;
  epochs?: number;
  window?: number;
  negatives?: number;
  /** Words seen fewer times get no vector. */
  minCount?: number;
  seed?: number;
}

/**
 * Trains skip-gram vectors with negative sampling, frequent-word subsampling (t = 1e-4) and a
 * linearly decaying rate, in a fixed seeded order (same input, same vectors).
 * @param sentences tokenised sentences
 * @returns word -> unit-length vector (Float32Array of `dim`)
 */
export function trainWordVectors(sentences: string[][], o: VectorOptions = {}): Map<string, Float32Array> {
  const dim = o.dim ?? 100, epochs = o.epochs ?? 5, win = o.window ?? 5, neg = o.negatives ?? 5;
  const count = new Map<string, number>();
  for (const s of sentences) for (const w of s) count.set(w, (count.get(w) ?? 0) + 1);
  const vocab = [...count].filter(([, c]) => c >= (o.minCount ?? 3)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  const total = sentences.reduce((a, s) => a + s.length, 0);
  let seed = o.seed ?? 12345;
  const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const V = vocab.length;
  const win_ = new Float32Array(V * dim).map(() => (rnd() - 0.5) / dim);
  const wout = new Float32Array(V * dim);
  // Negative-sampling table over counts^0.75 (Mikolov et al.).
  const table = new Int32Array(1_000_000);
  const pw = vocab.map((w) => Math.pow(count.get(w)!, 0.75));
  const sum = pw.reduce((a, b) => a + b, 0);
  for (let k = 0, i = 0, c = pw[0]! / sum; k < table.length; k++) {
    table[k] = i;
    if (k / table.length > c && i < V - 1) c += pw[++i]! / sum;
  }
  const keepP = vocab.map((w) => {
    const f = count.get(w)! / total;
    return Math.min(1, Math.sqrt(1e-4 / f) + 1e-4 / f);
  });
  const grad = new Float32Array(dim);
  const steps = epochs * total;
  let done = 0;
  for (let e = 0; e < epochs; e++) {
    for (const s of sentences) {
      const ids = s.map((w) => id.get(w) ?? -1).filter((i) => i >= 0 && rnd() < keepP[i]!);
      for (let p = 0; p < ids.length; p++) {
        const rate = 0.025 * Math.max(1e-4, 1 - done++ / steps);
        const shrink = Math.floor(rnd() * win);
        for (let q = p - win + shrink; q <= p + win - shrink; q++) {
          if (q < 0 || q >= ids.length || q === p) continue;
          const a = ids[q]! * dim;
          grad.fill(0);
          for (let k = 0; k <= neg; k++) {
            const t = k === 0 ? ids[p]! : table[Math.floor(rnd() * table.length)]!;
            if (k > 0 && t === ids[p]) continue;
            const b = t * dim;
            let z = 0;
            for (let d = 0; d < dim; d++) z += win_[a + d]! * wout[b + d]!;
            const g = rate * ((k === 0 ? 1 : 0) - 1 / (1 + Math.exp(-z)));
            for (let d = 0; d < dim; d++) {
              grad[d]! += g * wout[b + d]!;
              wout[b + d]! += g * win_[a + d]!;
            }
          }
          for (let d = 0; d < dim; d++) win_[a + d]! += grad[d]!;
        }
      }
    }
  }
  const out = new Map<string, Float32Array>();
  vocab.forEach((w, i) => {
    const v = win_.slice(i * dim, (i + 1) * dim);
    const n = Math.hypot(...v) || 1;
    out.set(w, v.map((x) => x / n));
  });
  return out;
}
