// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeText } from '../../lib/anchor/describe';
import { anchorQuote } from '../../lib/anchor/match-quote';
import { pageText, rangeOfOffsets, type PageText } from '../../lib/anchor/page-text';
import { extractBlocks } from '../../lib/page/extract';

const DIR = join(import.meta.dirname, 'fixtures');

interface Expected {
  page: string;
  description: string;
  expect: Record<string, { orphan: true } | { text: string; occurrence: number; method: string; blockIncludes?: string }>;
}
const notes = JSON.parse(readFileSync(join(DIR, 'notes.json'), 'utf8')).notes as Record<string, { select: string; occurrence: number }>;

/** Loads a saved page into the test document and reads its page text (body blocks). */
function load(file: string): PageText {
  const html = readFileSync(join(DIR, file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return pageText(extractBlocks(document.body));
}

/** Offset of the n-th (1-based) occurrence of `needle`, failing the test when there is none. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    expect(at, `occurrence ${i + 1} of "${needle}"`).toBeGreaterThanOrEqual(0);
  }
  return at;
}

const base = load('base.html');
const selectors = Object.fromEntries(
  Object.entries(notes).map(([name, n]) => {
    const start = nth(base.text, n.select, n.occurrence);
    return [name, describeText(base.text, start, start + n.select.length)];
  }),
);

const cases = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));

describe('re-anchoring notes on saved pages (fixtures/*.expected.json)', () => {
  it('has a case for every kind of change', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of cases) {
    const spec = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Expected;
    it(`${spec.page}: ${spec.description}`, () => {
      const pt = load(spec.page);
      for (const [name, want] of Object.entries(spec.expect)) {
        const [quote, position] = selectors[name]!;
        const got = anchorQuote(pt.text, quote, position);
        if ('orphan' in want) {
          expect(got, `${name} should be an orphan`).toBeNull();
          continue;
        }
        expect(got, `${name} should anchor`).not.toBeNull();
        const at = nth(pt.text, want.text, want.occurrence);
        expect({ name, start: got!.start, end: got!.end, method: got!.method }).toEqual({
          name, start: at, end: at + want.text.length, method: want.method,
        });
        // The DOM range shows the same text (whitespace collapsed as in the page text).
        const range = rangeOfOffsets(pt, got!.start, got!.end, document);
        expect(range.toString().replace(/\s+/g, ' ').replace(/\u00ad/g, '')).toBe(want.text.replace(/\s+/g, ' '));
        if (want.blockIncludes) {
          const block = pt.blocks.find((b, i) => pt.starts[i]! <= at && at < pt.starts[i]! + b.text.length);
          expect(block?.text).toContain(want.blockIncludes);
        }
      }
    });
  }
});
