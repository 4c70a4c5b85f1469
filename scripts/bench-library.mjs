#!/usr/bin/env node
// Library search benchmark: 100,000 statements (the PolitiFact claims of ../shared/data, repeated
// with variations, or synthetic sentences when the data set is missing); prints the time to build
// the search and the time per query (median and p95 over repeated runs), with the ratio against a
// naive baseline (lower-case + includes over every field, per query) run in the same process.
//
//   npm run bench:library [-- --rows 100000 --runs 30]
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '../shared/data/claim-retrieval-debates/politifact-vclaims.jsonl');
const args = process.argv.slice(2);
const num = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const ROWS = num('--rows', 100_000);
const RUNS = num('--runs', 30);

const { LibrarySearch } = await loadTs('lib/store/library-query.ts');
const VERDICTS = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'needs-context', 'unproven'];

function seeded(seed) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = seeded(42);

let source = 'synthetic sentences';
let base = [];
if (existsSync(DATA)) {
  source = `PolitiFact claims (${DATA}) repeated with variations`;
  base = readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((o) => ({ text: o.vclaim, claimant: o.speaker, summary: o.title }));
} else {
  const words = 'tax budget crime rate border wall vaccine health jobs wages growth energy oil climate school teacher police city state federal deficit debt trade tariff war peace aid election vote fraud'.split(' ');
  base = Array.from({ length: 5000 }, () => ({ text: Array.from({ length: 14 }, () => words[Math.floor(rand() * words.length)]).join(' '), claimant: 'Someone', summary: 'A summary.' }));
  console.log(`[bench] ${DATA} is missing: using synthetic sentences`);
}

const statements = Array.from({ length: ROWS }, (_, i) => {
  const b = base[i % base.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `s${i}`, text: i < base.length ? b.text : `${b.text} (${i})`, claimant: b.claimant, summary: b.summary ?? '', verdict: VERDICTS[i % 7], verdictLabel: VERDICTS[i % 7],
    reviewer: i % 3 ? 'PolitiFact' : 'FactCheck.org', reviewUrl: `https://www.politifact.com/factchecks/${i}/`, reviewDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-${day}`,
    origin: 'import', packId: `p${i % 4}`, tags: i % 5 ? [] : ['economy'], language: 'en', createdAt: i, updatedAt: i,
  };
});

const heap0 = process.memoryUsage().heapUsed;
let t = performance.now();
const search = new LibrarySearch(statements, []);
const buildMs = performance.now() - t;
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;

const queries = [
  { name: 'one common word', f: { query: 'tax' } },
  { name: 'two words', f: { query: 'obama health' } },
  { name: 'rare phrase', f: { query: 'pants on fire chicago' } },
  { name: 'no hit', f: { query: 'zzzyx' } },
  { name: 'word + verdict + pack', f: { query: 'says', verdict: 'false', source: 'pack:p1' } },
  { name: 'date range only', f: { query: '', from: '2015-01-01', to: '2016-12-31' } },
  { name: 'everything (no filter)', f: { query: '' } },
];

function naive(f) {
  const q = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return statements.filter((s) => {
    if (f.verdict && s.verdict !== f.verdict) return false;
    if (f.source && `pack:${s.packId}` !== f.source) return false;
    if (f.from && s.reviewDate < f.from) return false;
    if (f.to && s.reviewDate > f.to) return false;
    const hay = [s.text, s.claimant, s.summary, s.reviewer, s.verdictLabel, s.reviewUrl, s.tags.join(' ')].join('\n').toLowerCase();
    return q.every((w) => hay.includes(w));
  }).length;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
};

console.log(`[bench] library search: ${ROWS.toLocaleString('en')} statements from ${source}; Node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
console.log(`[bench] build: ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
console.log('query                      hits     median ms  p95 ms   baseline median ms  ratio');
let worst = 0;
for (const { name, f } of queries) {
  const times = [];
  const baseTimes = [];
  let hits = 0;
  for (let r = 0; r < RUNS; r++) {
    // A different throw-away filter between runs defeats the one-query cache (paging reuses it).
    search.query({ query: `warm${r}` }, 0, 1);
    t = performance.now();
    hits = search.query(f, 0, 100).total;
    times.push(performance.now() - t);
    t = performance.now();
    const n = naive(f);
    baseTimes.push(performance.now() - t);
    if (n !== hits) throw new Error(`baseline disagrees on "${name}": ${n} vs ${hits}`);
  }
  const a = stats(times);
  const b = stats(baseTimes);
  worst = Math.max(worst, a.p95);
  console.log(`${name.padEnd(26)} ${String(hits).padStart(7)}  ${a.median.toFixed(1).padStart(9)}  ${a.p95.toFixed(1).padStart(6)}   ${b.median.toFixed(1).padStart(18)}  ${(b.median / a.median).toFixed(1)}x`);
}
search.query({ query: 'tax' }, 0, 100);
t = performance.now();
search.query({ query: 'tax' }, 5_000, 100);
console.log(`[bench] next page of the same query (cached): ${(performance.now() - t).toFixed(2)} ms`);
console.log(`[bench] worst p95 over the queries: ${worst.toFixed(1)} ms (budget 100 ms)`);
