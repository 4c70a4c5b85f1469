/**
 * Ranking metrics as in CLEF CheckThat! 2021 Task 2 (claim retrieval): MAP@k, MRR, Recall@k.
 */

/** Average precision over the top k: sum of precision at each relevant rank, over min(|relevant|, k). */
export function averagePrecision(ranked: string[], relevant: Set<string>, k = 5): number {
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) sum += ++hits / (i + 1);
  });
  return relevant.size ? sum / Math.min(relevant.size, k) : 0;
}

/** Reciprocal rank of the first relevant item (0 when none is ranked). */
export function reciprocalRank(ranked: string[], relevant: Set<string>): number {
  const i = ranked.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Share of the relevant items in the top k. */
export function recallAt(ranked: string[], relevant: Set<string>, k: number): number {
  if (!relevant.size) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** Running means of named metrics. */
export class Means {
  private readonly sums = new Map<string, number>();
  count = 0;
  add(values: Record<string, number>): void {
    for (const [k, v] of Object.entries(values)) this.sums.set(k, (this.sums.get(k) ?? 0) + v);
    this.count++;
  }
  get(name: string): number {
    return this.count ? (this.sums.get(name) ?? 0) / this.count : 0;
  }
}
