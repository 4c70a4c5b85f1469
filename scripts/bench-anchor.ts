/**
 * `npm run bench:anchor`: re-anchoring 50 notes on a 300,000-character page text, for each way a page
 * changes, against a baseline run in the same process (approx-string-match over the whole text for
 * every note, what an anchorer without position hint or filter does). Prints ms per pass (median of
 * RUNS) and the ratio. Text level: extraction and DOM ranges are measured by the page benchmarks.
 */
import search from 'approx-string-match';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeText } from '../lib/anchor/describe';
import { anchorQuote } from '../lib/anchor/match-quote';
import type { TextSelectors } from '../lib/anchor/types';

const PAGE_CHARS = 300_000;
const NOTES = 50;
const RUNS = 5;

/** Deterministic PRNG (mulberry32) so every run anchors the same page. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Page text built from the saved reportultra article's sentences, each with its words shuffled (a
 * seeded PRNG) so no sentence repeats: real pages rarely repeat, and repeats would make removed
 * notes find a copy.
 */
function makePage(): { paragraphs: string[][] } {
  // npm runs scripts from the repository root (the bundle itself lives in .output/bench/).
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages/reportultra-trump-putin-no-progress.html'), 'utf8');
  const text = [...html.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' '));
  const sentences = text.flatMap((p) => p.split(/(?<=[.!?”])\s+(?=[A-Z“])/));
  const rand = rng(7);
  const paragraphs: string[][] = [];
  let size = 0;
  while (size < PAGE_CHARS) {
    const para = Array.from({ length: 4 }, () => {
      const words = sentences[Math.floor(rand() * sentences.length)]!.split(' ');
      const [first, ...rest] = words;
      for (let j = rest.length - 1; j > 0; j--) {
        const r = Math.floor(rand() * (j + 1));
        [rest[j], rest[r]] = [rest[r]!, rest[j]!];
      }
      return [first, ...rest].join(' ');
    });
    paragraphs.push(para);
    size += para.join(' ').length + 1;
  }
  return { paragraphs };
}

const joinPage = (ps: string[][]) => ps.map((p) => p.join(' ')).join('\n').slice(0, PAGE_CHARS);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => number): { ms: number; found: number } {
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    found = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), found };
}

const { paragraphs } = makePage();
const original = joinPage(paragraphs);
// 50 notes on sentences spread over the page.
const picks = Array.from({ length: NOTES }, (_, i) => Math.floor(((i + 0.5) * paragraphs.length) / NOTES) - 1);
const notes: TextSelectors[] = picks.map((p) => {
  const s = paragraphs[p]![1]!;
  const at = original.indexOf(s);
  return describeText(original, at, at + s.length);
});

const edit = (ps: string[][], f: (s: string) => string) => ps.map((p, i) => (picks.includes(i) ? [p[0]!, f(p[1]!), ...p.slice(2)] : p));
const changeWord = (s: string) => s.replace(/\b(the|a|of|to)\b/, (w) => (w === 'the' ? 'this' : w === 'a' ? 'one' : w === 'of' ? 'from' : 'into'));
const rand = rng(11);
const shuffled = [...paragraphs].sort(() => rand() - 0.5);

const pages: Array<[string, string]> = [
  ['unchanged page (position selector)', original],
  ['text inserted above (exact quote)', `Editor’s note: ${'updated with reactions. '.repeat(20)}\n${original}`.slice(0, PAGE_CHARS)],
  ['a word changed in each noted sentence (approximate, near)', joinPage(edit(paragraphs, changeWord))],
  ['words changed and paragraphs shuffled (approximate, far)', joinPage(edit(shuffled, changeWord))],
  ['every noted sentence removed (50 orphans)', joinPage(edit(paragraphs, () => 'Removed.'))],
];

console.log(`bench:anchor: ${NOTES} notes on a ${PAGE_CHARS.toLocaleString('en')}-character page text; median of ${RUNS} runs; node ${process.version}`);
console.log('case | ClaimLens ms | anchored | baseline ms (whole-text approx search per note) | ratio');
for (const [name, text] of pages) {
  const ours = time(() => notes.filter(([q, p]) => anchorQuote(text, q, p)).length);
  const base = time(() => notes.filter(([q]) => search(text, q.exact, Math.floor(q.exact.length * 0.25)).length > 0).length);
  console.log(`${name} | ${ours.ms.toFixed(1)} | ${ours.found}/${NOTES} | ${base.ms.toFixed(1)} | ${(base.ms / Math.max(ours.ms, 0.01)).toFixed(1)}x faster`);
}
