import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClaims, readQrels, readQueries } from '../../scripts/eval-formats';
import { averagePrecision, reciprocalRank, recallAt } from '../../scripts/eval-metrics';
import { parseArgs } from '../../scripts/eval-args';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-eval-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('eval formats', () => {
  it('reads claims with optional fields, queries with a header, TREC qrels', () => {
    const claims = readClaims(file('c.jsonl', '{"vclaim_id":"a","vclaim":"A claim.","title":"T","subtitle":"S"}\n\n{"vclaim_id":"b","vclaim":"B.","speaker":"X","date":"stated on May 1, 2020"}\n'));
    expect(claims).toEqual([
      { id: 'a', text: 'A claim.', title: 'T S', claimant: undefined, date: undefined },
      { id: 'b', text: 'B.', title: undefined, claimant: 'X', date: 'stated on May 1, 2020' },
    ]);
    expect(readQueries(file('q.tsv', 'query_id\ttext\nq1\tHello there\n'))).toEqual([{ id: 'q1', text: 'Hello there' }]);
    const qrels = readQrels(file('r.tsv', 'q1\t0\ta\t1\nq1 0 b 1\nq2\t0\tb\t0\n'));
    expect([...qrels.get('q1')!]).toEqual(['a', 'b']);
    expect(qrels.has('q2')).toBe(false);
  });

  it('names the file and line of bad input', () => {
    expect(() => readClaims(file('bad.jsonl', '{"vclaim_id":"a"}\n'))).toThrow(/bad\.jsonl:1: needs "vclaim_id" and "vclaim"/);
    expect(() => readClaims(file('bad2.jsonl', 'not json\n'))).toThrow(/bad2\.jsonl:1: not a JSON object/);
    expect(() => readQueries(file('bad.tsv', 'no tab here\n'))).toThrow(/bad\.tsv:1/);
    expect(() => readQrels(file('bad-qrels.tsv', 'q1 a\n'))).toThrow(/bad-qrels\.tsv:1/);
  });

  it('parses arguments and says what is missing', () => {
    expect(parseArgs(['--claims', 'c', '--depth=5'], ['claims'], { depth: '30' })).toEqual({ claims: 'c', depth: '5' });
    expect(() => parseArgs([], ['claims'])).toThrow(/missing --claims/);
    expect(() => parseArgs(['--nope', 'x'], ['claims'])).toThrow(/unknown argument/);
  });
});

describe('eval metrics', () => {
  it('computes AP@5, RR and recall as CheckThat! does', () => {
    const rel = new Set(['x']);
    expect(averagePrecision(['a', 'x', 'b'], rel)).toBe(0.5);
    expect(averagePrecision(['a', 'b', 'c', 'd', 'e', 'x'], rel)).toBe(0);
    expect(averagePrecision(['x', 'a', 'y'], new Set(['x', 'y']))).toBeCloseTo((1 + 2 / 3) / 2);
    expect(reciprocalRank(['a', 'b', 'x'], rel)).toBeCloseTo(1 / 3);
    expect(recallAt(['a', 'x'], rel, 1)).toBe(0);
    expect(recallAt(['a', 'x'], rel, 5)).toBe(1);
  });
});
