/**
 * `npm run eval -- --claims F --queries F --qrels F [--depth 60] [--sensitivity strict|balanced|lenient]`:
 * ranks the claims for each query of the qrels with the shipped matcher and prints `name value`
 * lines (see docs/benchmarks.md). A query id that starts with a YYYYMMDD date (CheckThat! debates)
 * gives the matcher that date as the page's date (`MatchOptions.date`) and the event the id names
 * after it as the page's headline (`MatchOptions.context`); the same figures without either
 * follow, prefixed `text-only`. `--sensitivity` sets the highlight rule the highlight lines use (the
 * library's "Match sensitivity"; default balanced, the shipped rule).
 */
import { performance } from 'node:perf_hooks';
import { SENSITIVITIES, type MatchSensitivity } from '../lib/match/sensitivity';
import { StatementIndex } from '../lib/match/statement-index';
import { contextOfQueryId, dateOfQueryId, readClaims, readQrels, readQueries } from './eval-formats';
import { Means, averagePrecision, recallAt, reciprocalRank } from './eval-metrics';
import { parseArgs } from './eval-args';

const args = parseArgs(process.argv.slice(2), ['claims', 'queries', 'qrels'], { depth: '60', sensitivity: 'balanced' });
const sensitivity = args.sensitivity as MatchSensitivity;
if (!SENSITIVITIES.includes(sensitivity)) throw new Error(`--sensitivity takes ${SENSITIVITIES.join(', ')}`);
const claims = readClaims(args.claims);
const queries = readQueries(args.queries);
const qrels = readQrels(args.qrels);
const index = new StatementIndex(claims);
const depth = Number(args.depth);

interface Figures { means: Means; ms: number; accepted: number; acceptedRelevant: number; relevantPairs: number }

/** Ranks and highlights every query of the qrels; `withDate` passes the date and event of the query id. */
function run(withDate: boolean): Figures {
  const f: Figures = { means: new Means(), ms: 0, accepted: 0, acceptedRelevant: 0, relevantPairs: 0 };
  for (const q of queries) {
    const relevant = qrels.get(q.id);
    if (!relevant) continue;
    const date = withDate ? dateOfQueryId(q.id) : undefined;
    const context = withDate ? contextOfQueryId(q.id) : undefined;
    const t0 = performance.now();
    const ranked = index.candidates(q.text, { depth, date, context });
    f.ms += performance.now() - t0;
    const ids = ranked.map((c) => c.statementId);
    f.means.add({
      map5: averagePrecision(ids, relevant, 5),
      mrr: reciprocalRank(ids, relevant),
      r1: recallAt(ids, relevant, 1),
      r5: recallAt(ids, relevant, 5),
    });
    // The highlight decision as the extension makes it: at most one statement per sentence.
    f.relevantPairs++;
    const m = index.match(q.text, { date, context, sensitivity });
    if (m) f.accepted++;
    if (m && relevant.has(m.statementId)) f.acceptedRelevant++;
  }
  if (!f.means.count) throw new Error('no query of the qrels is in the queries file: check the files');
  return f;
}

const fmt = (x: number) => x.toFixed(4);
function print(f: Figures, prefix: string): void {
  const { means } = f;
  console.log(`${prefix}MAP@5 ${fmt(means.get('map5'))}`);
  console.log(`${prefix}MRR ${fmt(means.get('mrr'))}`);
  console.log(`${prefix}Recall@1 ${fmt(means.get('r1'))}`);
  console.log(`${prefix}Recall@5 ${fmt(means.get('r5'))}`);
  console.log(`${prefix}queries ${means.count}`);
  console.log(`${prefix}ms/query ${(f.ms / means.count).toFixed(3)}`);
  console.log(`${prefix}highlight-precision ${f.accepted ? fmt(f.acceptedRelevant / f.accepted) : 'n/a'}`);
  console.log(`${prefix}highlight-recall ${fmt(f.acceptedRelevant / f.relevantPairs)}`);
  console.log(`${prefix}highlights ${f.accepted}`);
}

const dated = queries.filter((q) => qrels.has(q.id) && dateOfQueryId(q.id) !== undefined).length;
print(run(true), '');
console.log(`dated-queries ${dated}`);
if (dated) print(run(false), 'text-only ');
