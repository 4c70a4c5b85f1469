import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainWordVectors, unlabelledTexts } from '../../scripts/checkworthy-vectors';

/** Two topics that never share a sentence: words within a topic should end up closer. */
function corpus(): string[][] {
  const a = ['tax', 'budget', 'deficit', 'spending'];
  const b = ['troops', 'war', 'army', 'soldiers'];
  const out: string[][] = [];
  let seed = 5;
  const pick = (xs: string[]) => xs[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % xs.length]!;
  for (let i = 0; i < 600; i++) out.push(Array.from({ length: 8 }, () => pick(i % 2 ? a : b)));
  return out;
}
const cos = (x: Float32Array, y: Float32Array) => x.reduce((s, v, d) => s + v * y[d]!, 0);

describe('check-worthiness word vectors', () => {
  it('learns unit vectors that put co-occurring words together, the same on every run', () => {
    const v = trainWordVectors(corpus(), { dim: 16, epochs: 3, minCount: 1 });
    expect(v.size).toBe(8);
    for (const x of v.values()) expect(Math.hypot(...x)).toBeCloseTo(1, 5);
    expect(cos(v.get('tax')!, v.get('deficit')!)).toBeGreaterThan(cos(v.get('tax')!, v.get('war')!) + 0.2);
    expect(cos(v.get('army')!, v.get('troops')!)).toBeGreaterThan(cos(v.get('army')!, v.get('budget')!) + 0.2);
    expect([...trainWordVectors(corpus(), { dim: 16, epochs: 3, minCount: 1 }).get('tax')!]).toEqual([...v.get('tax')!]);
  });

  it('drops words seen fewer than minCount times', () => {
    const v = trainWordVectors([...corpus(), ['rare', 'tax']], { dim: 8, epochs: 1, minCount: 2 });
    expect(v.has('rare')).toBe(false);
    expect(v.has('tax')).toBe(true);
  });

  it('reads claims, titles, article sentences and queries, skipping missing files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-vec-'));
    mkdirSync(join(dir, 'claim-retrieval-debates'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'claim-retrieval-debates/politifact-vclaims.jsonl'), JSON.stringify({ vclaim: 'Taxes rose.', title: 'On taxes' }) + '\n');
    writeFileSync(join(dir, 'articles/politifact-articles-200.jsonl'), JSON.stringify({ text: 'One sentence. Another one!' }) + '\n');
    expect(unlabelledTexts(dir)).toEqual(['Taxes rose.', 'On taxes', 'One sentence.', 'Another one!']);
  });
});
