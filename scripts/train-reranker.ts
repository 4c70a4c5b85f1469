/**
 * `npm run train:reranker [-- --data DIR]`: trains the matcher's re-ranker on the CheckThat! 2021
 * Task 2A (tweets) and 2B (debates) TRAIN qrels only, chooses the highlight threshold on train
 * pairs, and writes assets/models/reranker.json. Dev and test queries are never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES } from '../lib/match/features';
import { probability, type HighlightRule, type Logistic, type RerankerModel } from '../lib/match/reranker';
import { StatementIndex } from '../lib/match/statement-index';
import { parseArgs } from './eval-args';
import { readClaims, readQrels, readQueries } from './eval-formats';
import { trainLogistic } from './train-logistic';

const args = parseArgs(process.argv.slice(2), [], { data: '../shared/data', depth: '30', out: 'assets/models/reranker.json' });
const depth = Number(args.depth);
const sets = [
  { dir: 'claim-retrieval-tweets', claims: 'vclaims.jsonl' },
  { dir: 'claim-retrieval-debates', claims: 'politifact-vclaims.jsonl' },
];

interface Row { x: number[]; y: number; q: string; cover: number; ok: boolean }
const rows: Row[] = [];
for (const s of sets) {
  const dir = join(args.data, s.dir);
  const claims = readClaims(join(dir, s.claims));
  const qrels = readQrels(join(dir, 'qrels-train.tsv'));
  const queries = readQueries(join(dir, 'queries-train-dev.tsv')).filter((q) => qrels.has(q.id));
  // Half the queries see statements without titles, as the extension's statements have none.
  for (const withTitle of [true, false]) {
    const index = new StatementIndex(withTitle ? claims : claims.map((c) => ({ ...c, title: undefined })));
    queries.forEach((q, qi) => {
      if ((qi % 2 === 0) !== withTitle) return;
      const { query, hits } = index.retrieve(q.text, depth);
      const relevant = qrels.get(q.id)!;
      const cands = index.candidates(q.text, { depth });
      const verdicts = new Map(cands.map((c) => [c.statementId, c.rejection === 'ok']));
      hits.forEach((h, rank) => {
        const x = index.features(query, hits, rank);
        const id = index.idOf(h[0]);
        rows.push({ x, y: relevant.has(id) ? 1 : 0, q: `${s.dir}/${q.id}`, cover: x[3]!, ok: verdicts.get(id) ?? false });
      });
    });
  }
  console.error(`${s.dir}: ${queries.length} train queries`);
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;
const fit = trainLogistic(rows.map((r) => r.x), rows.map((r) => r.y));
const rank: Logistic = { mean: fit.mean.map(round), std: fit.std.map(round), weights: fit.weights.map(round), bias: round(fit.bias) };

// The highlight rule, as `match` decides: per query, the best verified candidate (enough cover) and
// how far its probability leads the next verified one. The rule shipped (HIGHLIGHT) is the first
// line of the table below: the most precise on train; the cover path keeps paraphrases that
// restate a statement almost fully (the starter pack's article sentences) at little precision cost.
const HIGHLIGHT: HighlightRule = { rank: 0.8, coverRank: 0.45, cover: 0.75, margin: 0.45, minCover: 0.3 };
const perQuery = new Map<string, Array<{ y: number; p: number; c: number }>>();
for (const row of rows) {
  if (!row.ok || row.cover < HIGHLIGHT.minCover) continue;
  const list = perQuery.get(row.q) ?? [];
  list.push({ y: row.y, p: probability(rank, row.x), c: row.cover });
  perQuery.set(row.q, list);
}
const decisions = [...perQuery.values()].map((list) => {
  const top = list.reduce((a, b) => (b.p > a.p ? b : a));
  const runnerUp = Math.max(0, ...list.filter((c) => c !== top).map((c) => c.p));
  return { ...top, margin: top.p - runnerUp };
});
const queryCount = new Set(rows.map((r) => r.q)).size;
const variants: HighlightRule[] = [HIGHLIGHT, { ...HIGHLIGHT, cover: 2 }, { ...HIGHLIGHT, rank: 0.9 }, { ...HIGHLIGHT, margin: 0.3 }, { ...HIGHLIGHT, rank: 0.5, cover: 2 }];
for (const r of variants) {
  const h = decisions.filter((x) => x.margin >= r.margin && (x.p >= r.rank || (x.p >= r.coverRank && x.c >= r.cover)));
  const tp = h.filter((x) => x.y).length;
  console.error(`rule ${JSON.stringify(r)}: train precision ${(tp / h.length).toFixed(3)} recall ${(tp / queryCount).toFixed(3)}`);
}
const out: RerankerModel = { features: FEATURE_NAMES, rank, highlight: HIGHLIGHT };
writeFileSync(args.out, JSON.stringify(out) + '\n');
console.error(`pairs ${rows.length}, positives ${rows.filter((r) => r.y).length}`);
FEATURE_NAMES.forEach((f, i) => console.error(`  ${f} ${rank.weights[i]}`));
