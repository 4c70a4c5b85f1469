/**
 * `npm run bench [-- --data DIR]`: build time and memory of the statement index for 1k, 20k and 100k
 * statements, time to match 1,000 article sentences, serialise and load (cold start) times, and the
 * same for a plain BM25 baseline (MiniSearch) in the same process, as ratios. One core (Node's main
 * thread). Figures recorded in docs/benchmarks.md.
 *
 * Three match figures per size: the first pass over 1,000 sentences on a fresh index (the JIT has
 * not seen the matcher's code at that size yet: a just-woken service worker's first page), the same
 * sentences again (memos warm), and the steady state of a running matcher: the median of
 * {@link ROUNDS} passes, each over 1,000 sentences the index has never seen (later articles).
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { StatementIndex, type IndexedStatement } from '../lib/match/statement-index';
import { parseArgs } from './eval-args';
import { benchSentences, benchStatements } from './bench-data';

const args = parseArgs(process.argv.slice(2), [], { data: '../shared/data', sizes: '1000,20000,100000' });
/** Rounds of unseen sentences for the steady-state figure (median taken). */
const ROUNDS = 5;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

/** Heap plus array buffers after a full collection, bytes. */
function memory(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

interface Figures { build: number; mb: number; match: number; warm: number; steady: number; serialise: number; load: number; first: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms of one pass per round, each round a new set of sentences. */
function steadyState(rounds: string[][], matchOne: (s: string) => unknown): number {
  return median(rounds.map((round) => time(() => round.forEach(matchOne))[1]));
}

function claimLens(statements: IndexedStatement[], sentences: string[], rounds: string[][]): Figures {
  const before = memory();
  const [index, build] = time(() => new StatementIndex(statements));
  const mb = (memory() - before) / 2 ** 20;
  const [, match] = time(() => sentences.forEach((s) => index.match(s)));
  const [, warm] = time(() => sentences.forEach((s) => index.match(s)));
  const steady = steadyState(rounds, (s) => index.match(s));
  // IndexedDB stores and returns the index by structured clone: that is the serialise/load cost.
  const [stored, serialise] = time(() => structuredClone(index.serialise()));
  const [loaded, load] = time(() => StatementIndex.load(structuredClone(stored)));
  const [, first] = time(() => loaded.match(sentences[0]!));
  return { build, mb, match, warm, steady, serialise, load, first };
}

/** English function words dropped by the baseline too, as MiniSearch's docs suggest (processTerm). */
const STOP = new Set('a an and are as at be by for from has have he in is it its of on or that the their they this to was were will with would not but said says'.split(' '));

function miniSearch(statements: IndexedStatement[], sentences: string[], rounds: string[][]): Figures {
  const opts = { fields: ['text'], storeFields: [] as string[], processTerm: (t: string) => (STOP.has(t.toLowerCase()) ? null : t.toLowerCase()) };
  const before = memory();
  const [ms, build] = time(() => {
    const m = new MiniSearch<IndexedStatement>(opts);
    m.addAll(statements);
    return m;
  });
  const mb = (memory() - before) / 2 ** 20;
  const [, match] = time(() => sentences.forEach((s) => ms.search(s)[0]));
  const [, warm] = time(() => sentences.forEach((s) => ms.search(s)[0]));
  const steady = steadyState(rounds, (s) => ms.search(s)[0]);
  const [json, serialise] = time(() => JSON.stringify(ms));
  const [loaded, load] = time(() => MiniSearch.loadJSON(json, opts));
  const [, first] = time(() => loaded.search(sentences[0]!));
  return { build, mb, match, warm, steady, serialise, load, first };
}

const cpu = cpus()[0];
console.log(`machine ${cpu?.model ?? 'unknown'} x${cpus().length}, node ${process.version}, one thread, load average ${loadavg()[0]!.toFixed(1)}`);
const all = benchSentences(join(args.data, 'articles/politifact-articles-200.jsonl'), 1000 * (ROUNDS + 1));
const sentences = all.slice(0, 1000);
const rounds = Array.from({ length: ROUNDS }, (_, r) => all.slice(1000 * (r + 1), 1000 * (r + 2)));
if (rounds.some((r) => r.length < 1000)) throw new Error(`the articles file has ${all.length} sentences; the bench needs ${1000 * (ROUNDS + 1)}`);
console.log(`sentences ${sentences.length} (PolitiFact articles), then ${ROUNDS} rounds of 1,000 unseen ones`);
for (const n of args.sizes.split(',').map(Number)) {
  const statements = benchStatements(join(args.data, 'claim-retrieval-debates/politifact-vclaims.jsonl'), n);
  const a = claimLens(statements, sentences, rounds);
  const b = miniSearch(statements, sentences, rounds);
  const row = (name: string, unit: string, x: number, y: number) =>
    console.log(`${n} ${name} ${x.toFixed(unit === 'MB' ? 1 : 2)} ${unit} (MiniSearch ${y.toFixed(unit === 'MB' ? 1 : 2)}, ratio ${(x / y).toFixed(2)})`);
  row('build', 'ms', a.build, b.build);
  row('memory', 'MB', a.mb, b.mb);
  row('match-1000-sentences', 'ms', a.match, b.match);
  row('match-1000-sentences-again', 'ms', a.warm, b.warm);
  row('match-1000-new-sentences-steady', 'ms', a.steady, b.steady);
  row('serialise', 'ms', a.serialise, b.serialise);
  row('load', 'ms', a.load, b.load);
  row('load+first-answer', 'ms', a.load + a.first, b.load + b.first);
}
