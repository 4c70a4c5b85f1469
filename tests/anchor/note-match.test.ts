// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StatementIndex } from '../../lib/match/statement-index';
import { extractBlocks } from '../../lib/page/extract';
import type { AnnotationRecord } from '../../lib/store/annotations';
import { statementFromAnnotation } from '../../lib/store/note-statement';
import { segmentSentences } from '../../lib/text/segment';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const QUOTE = 'Kathryn Stoner of Stanford University notes that only Putin can end the war, a decision hinging on battlefield outcomes rather than diplomacy.';

function sentencesOf(file: string): string[] {
  document.documentElement.innerHTML = readFileSync(join(PAGES, file), 'utf8').replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '');
  return extractBlocks(document.body).flatMap((b) => segmentSentences(b.text).map((s) => s.text));
}

function note(exact: string): AnnotationRecord {
  const url = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'n1', url,
    target: { source: url, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }] },
    body: { note: 'Stoner: only Putin decides.', tags: [], links: [] }, created: '2025-07-04T10:00:00.000Z', modified: '2025-07-04T10:00:00.000Z',
  };
}

describe("a note's statement on other pages", () => {
  const statement = statementFromAnnotation(note(QUOTE))!;
  const index = new StatementIndex([statement]);

  it('is made from a sentence of the first article', () => {
    expect(sentencesOf('reportultra-trump-putin-no-progress.html')).toContain(QUOTE);
  });

  it('matches the sentence of the second article that says it in other words, and no other sentence', () => {
    const hits = sentencesOf('reportultra-analysts-only-putin.html').filter((s) => index.match(s));
    expect(hits).toEqual([
      'Only Putin can end the war, Stanford University’s Kathryn Stoner notes, and that decision hinges on battlefield outcomes rather than on diplomacy.',
    ]);
  });

  it('matches no sentence of the first article but the noted one', () => {
    expect(sentencesOf('reportultra-trump-putin-no-progress.html').filter((s) => index.match(s))).toEqual([QUOTE]);
  });

  it('does not match a sentence that changes the named person (hard case 20)', () => {
    expect(index.match('Only Zelensky can end the war, Stanford University’s Kathryn Stoner notes, and that decision hinges on battlefield outcomes rather than on diplomacy.')).toBeUndefined();
  });
});
