/**
 * `npm run eval -- --claims F --queries F --qrels F [--depth 30] [--sensitivity strict|balanced|lenient]`:
 * ranks the claims for each query of the qrels with the shipped matcher and prints `name value`
 * lines (see docs/benchmarks.md). `--sensitivity` sets the highlight rule the highlight lines use
 * (the library's "Match sensitivity"; default balanced, the shipped rule).
 */
import { performance } from 'node:perf_hooks';
import { SENSITIVITIES, type MatchSensitivity } from '../lib/match/sensitivity';
import { StatementIndex } from '../lib/match/statement-index';
import { readClaims, readQrels, readQueries } from './eval-formats';
import { Means, averagePrecision, recallAt, reciprocalRank } from './eval-metrics';
import { parseArgs } from './eval-args';

const args = parseArgs(process.argv.slice(2), ['claims', 'queries', 'qrels'], { depth: '30', sensitivity: 'balanced' });
const sensitivity = args.sensitivity as MatchSensitivity;
if (!SENSITIVITIES.includes(sensitivity)) throw new Error(`--sensitivity takes ${SENSITIVITIES.join(', ')}`);
const claims = readClaims(args.claims);
const queries = readQueries(args.queries);
const qrels = readQrels(args.qrels);
const index = new StatementIndex(claims);
const depth = Number(args.depth);

const means = new Means();
let ms = 0;
let accepted = 0;
let acceptedRelevant = 0;
let relevantPairs = 0;
for (const q of queries) {
  const relevant = qrels.get(q.id);
  if (!relevant) continue;
  const t0 = performance.now();
  const ranked = index.candidates(q.text, { depth });
  ms += performance.now() - t0;
  const ids = ranked.map((c) => c.statementId);
  means.add({
    map5: averagePrecision(ids, relevant, 5),
    mrr: reciprocalRank(ids, relevant),
    r1: recallAt(ids, relevant, 1),
    r5: recallAt(ids, relevant, 5),
  });
  // The highlight decision as the extension makes it: at most one statement per sentence.
  relevantPairs++;
  const m = index.match(q.text, { sensitivity });
  if (m) accepted++;
  if (m && relevant.has(m.statementId)) acceptedRelevant++;
}
if (!means.count) throw new Error('no query of the qrels is in the queries file: check the files');

const fmt = (x: number) => x.toFixed(4);
console.log(`MAP@5 ${fmt(means.get('map5'))}`);
console.log(`MRR ${fmt(means.get('mrr'))}`);
console.log(`Recall@1 ${fmt(means.get('r1'))}`);
console.log(`Recall@5 ${fmt(means.get('r5'))}`);
console.log(`queries ${means.count}`);
console.log(`ms/query ${(ms / means.count).toFixed(3)}`);
console.log(`highlight-precision ${accepted ? fmt(acceptedRelevant / accepted) : 'n/a'}`);
console.log(`highlight-recall ${fmt(acceptedRelevant / relevantPairs)}`);
console.log(`highlights ${accepted}`);
