/**
 * `npx tsx scripts/dump-matches.ts [--data DIR] > out.txt`: what the matcher returns, one line per
 * call, full precision, so a speed change can be diffed against the code before it (an output that
 * changes is a behaviour change). Covers `match` on the article sentences against the bench
 * collections (1k, 20k) and the CheckThat! claims, and `match` and `candidates` on every query of
 * the CheckThat! query files.
 */
import { join } from 'node:path';
import { StatementIndex, type IndexedStatement } from '../lib/match/statement-index';
import { benchSentences, benchStatements } from './bench-data';
import { parseArgs } from './eval-args';
import { readClaims, readQueries } from './eval-formats';

const args = parseArgs(process.argv.slice(2), [], { data: '../shared/data', sentences: '20000' });
const sentences = benchSentences(join(args.data, 'articles/politifact-articles-200.jsonl'), Number(args.sentences));
const debates = join(args.data, 'claim-retrieval-debates');
const tweets = join(args.data, 'claim-retrieval-tweets');

function dumpMatches(name: string, statements: IndexedStatement[], texts: string[]): void {
  const index = new StatementIndex(statements);
  texts.forEach((s, i) => {
    const m = index.match(s);
    if (m) console.log(`${name} match ${i} ${m.statementId} ${m.score}`);
  });
  console.log(`${name} done ${texts.length}`);
}

function dumpCandidates(name: string, statements: IndexedStatement[], texts: string[]): void {
  const index = new StatementIndex(statements);
  texts.forEach((s, i) => {
    const c = index.candidates(s).map((x) => `${x.statementId}:${x.score}:${x.bm25}:${x.cover}:${x.rejection}`);
    console.log(`${name} candidates ${i} ${c.join(' ')}`);
  });
}

const debateClaims = readClaims(join(debates, 'politifact-vclaims.jsonl'));
const tweetClaims = readClaims(join(tweets, 'vclaims.jsonl'));
const debateQueries = readQueries(join(debates, 'queries-train-dev.tsv')).map((q) => q.text);
const tweetQueries = readQueries(join(tweets, 'queries-train-dev.tsv')).map((q) => q.text);

console.log(`sentences ${sentences.length}`);
dumpMatches('bench1k', benchStatements(join(debates, 'politifact-vclaims.jsonl'), 1000), sentences);
dumpMatches('bench20k', benchStatements(join(debates, 'politifact-vclaims.jsonl'), 20000), sentences);
dumpMatches('debates-articles', debateClaims, sentences);
dumpMatches('tweets-articles', tweetClaims, sentences);
dumpMatches('debates-queries', debateClaims, debateQueries);
dumpMatches('tweets-queries', tweetClaims, tweetQueries);
dumpCandidates('debates-queries', debateClaims, debateQueries);
dumpCandidates('tweets-queries', tweetClaims, tweetQueries);
