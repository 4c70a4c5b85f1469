import { readFileSync } from 'node:fs';
import type { IndexedStatement } from '../lib/match/statement-index';
import { segmentSentences } from '../lib/text/segment';
import { readClaims } from './eval-formats';

/** Deterministic pseudo-random numbers (LCG), so every run benchmarks the same statements. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const FILLERS = ['reportedly', 'again', 'last year', 'in 2020', 'nationwide', 'this week', 'officially', 'recently'];

/**
 * `n` statements made from the PolitiFact claims: the claims themselves first, then copies of
 * sampled claims perturbed (numbers changed, a word dropped, a filler added) so that a large
 * collection has realistic vocabulary and near-duplicates.
 */
export function benchStatements(claimsPath: string, n: number): IndexedStatement[] {
  const claims = readClaims(claimsPath);
  const rand = rng(42);
  const out: IndexedStatement[] = [];
  for (let i = 0; i < n; i++) {
    const c = claims[i < claims.length ? i : Math.floor(rand() * claims.length)]!;
    let text = c.text;
    if (i >= claims.length) {
      const ws = text.replace(/\d+/g, (d) => String(Number(d) + 1 + Math.floor(rand() * 9))).split(' ');
      ws.splice(Math.floor(rand() * ws.length), 1);
      ws.splice(Math.floor(rand() * ws.length), 0, FILLERS[Math.floor(rand() * FILLERS.length)]!);
      text = ws.join(' ');
    }
    out.push({ id: `bench-${i}`, text, date: c.date, claimant: c.claimant });
  }
  return out;
}

/** The first `n` sentences of the PolitiFact articles (real news prose about the claims). */
export function benchSentences(articlesPath: string, n: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(articlesPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const block of text.split('\n')) for (const s of segmentSentences(block)) if (out.length < n) out.push(s.text);
    if (out.length >= n) break;
  }
  return out;
}
