import { describe, expect, it } from 'vitest';
import model from '../../assets/models/reranker.json';
import { CoverFilter, coverOf } from '../../lib/match/cover-filter';
import { StatementIndex } from '../../lib/match/statement-index';

/** Deterministic pseudo-random numbers (LCG). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Random documents of distinct terms with Zipf-like IDFs (few heavy terms, many light ones). */
function collection(rand: () => number, docs: number, terms: number) {
  const idfs = Float32Array.from({ length: terms }, () => 0.05 + 10 * rand() ** 3);
  const lists: number[][] = [];
  for (let d = 0; d < docs; d++) {
    const set = new Set<number>();
    const m = Math.floor(rand() * 12);
    while (set.size < m) set.add(Math.floor(rand() * terms));
    lists.push([...set]);
  }
  const docStart = new Uint32Array(docs + 1);
  lists.forEach((l, d) => (docStart[d + 1] = docStart[d]! + l.length));
  const docTerms = new Uint32Array(lists.flat());
  return { idfs, lists, docStart, docTerms };
}

describe('CoverFilter', () => {
  it('says "none covered" only when no document reaches minCover (brute force)', () => {
    const rand = rng(7);
    const { idfs, lists, docStart, docTerms } = collection(rand, 400, 300);
    for (const minCover of [0.3, 0.6, 0.9, 1]) {
      const filter = new CoverFilter(docStart, docTerms, idfs, minCover);
      let pruned = 0;
      let kept = 0;
      for (let q = 0; q < 2000; q++) {
        // queries that share most of a document's terms, so many land near the boundary
        const base = lists[Math.floor(rand() * lists.length)]!;
        const query = new Set(base.filter(() => rand() < 0.7));
        while (rand() < 0.6) query.add(Math.floor(rand() * idfs.length));
        const terms = [...query];
        let best = 0;
        for (let d = 0; d < lists.length; d++) best = Math.max(best, coverOf(docStart, docTerms, idfs, d, (t) => query.has(t)));
        const any = filter.anyCovered(terms);
        if (best >= minCover) expect(any).toBe(true);
        if (!any) pruned++;
        else kept++;
      }
      // the filter must actually prune, and keep what it has to
      expect(pruned).toBeGreaterThan(100);
      expect(kept).toBeGreaterThan(100);
    }
  });

  it('prunes nothing at minCover 0 or below, and handles empty documents and queries', () => {
    const docStart = new Uint32Array([0, 0, 2]);
    const docTerms = new Uint32Array([0, 1]);
    const idfs = new Float32Array([1, 2]);
    expect(new CoverFilter(docStart, docTerms, idfs, 0).anyCovered([])).toBe(true);
    const filter = new CoverFilter(docStart, docTerms, idfs, 0.6);
    expect(filter.anyCovered([])).toBe(false);
    expect(filter.anyCovered([0])).toBe(false); // cover 1/3
    expect(filter.anyCovered([1])).toBe(true); // cover 2/3
    expect(filter.anyCovered([0, 1])).toBe(true);
    // marks are reset between calls
    expect(filter.anyCovered([0])).toBe(false);
  });

  it('never prunes a sentence whose candidates the matcher would judge', () => {
    const statements = [
      { id: 'jobs', text: 'The state added 120,000 manufacturing jobs in 2019.' },
      { id: 'wall', text: 'Mexico will pay for the border wall.' },
      { id: 'crime', text: 'Violent crime in Chicago fell by 20 percent last year.' },
      { id: 'masks', text: 'Masks do not protect against the flu.' },
      { id: 'taxes', text: 'Governor Smith raised property taxes on seniors three times.' },
      { id: 'oil', text: 'Russian oil exports to India doubled in 2023.' },
    ];
    const index = new StatementIndex(statements);
    const data = index.serialise();
    const idfs = Float32Array.from(data.terms, (t) => index.idf(t));
    const minCover = model.highlight.minCover;
    const filter = new CoverFilter(data.docStart, data.docTerms, idfs, minCover);
    const rand = rng(11);
    const vocabulary = statements.flatMap((s) => s.text.split(' '));
    let pruned = 0;
    for (let i = 0; i < 600; i++) {
      const ws = statements[i % statements.length]!.text.split(' ').filter(() => rand() < 0.6);
      while (rand() < 0.5) ws.splice(Math.floor(rand() * (ws.length + 1)), 0, vocabulary[Math.floor(rand() * vocabulary.length)]!);
      const sentence = ws.join(' ');
      const { ids } = index.retrieve(sentence, 1);
      if (filter.anyCovered([...ids])) continue;
      pruned++;
      // what `match` judges: candidates covered at least minCover (here over all statements)
      for (const c of index.candidates(sentence, { depth: statements.length })) expect(c.cover).toBeLessThan(minCover);
      expect(index.match(sentence)).toBeUndefined();
    }
    expect(pruned).toBeGreaterThan(50);
  });
});
