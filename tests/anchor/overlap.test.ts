// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageText, offsetsOfRange, rangeOfOffsets } from '../../lib/anchor/page-text';
import { describeText } from '../../lib/anchor/describe';
import { anchorQuote } from '../../lib/anchor/match-quote';
import { extractBlocks } from '../../lib/page/extract';
import { createPainter } from '../../lib/page/paint';

const SENTENCE = 'The U.S. has since distanced itself from Kyiv, with the aid pause reflecting a shift from Biden-era support that totaled $66.9 billion by March 2025.';

describe('hard case 18: a personal note inside a matched sentence', () => {
  it('keeps both highlights under their own names; removing the note keeps the claim', () => {
    document.body.innerHTML = `<p>${SENTENCE.replace('$66.9 billion', '<strong>$66.9 billion</strong>')}</p>`;
    const pt = pageText(extractBlocks(document.body));
    const claim = rangeOfOffsets(pt, 0, SENTENCE.length, document);
    const at = pt.text.indexOf('$66.9 billion by March 2025');
    const [quote, position] = describeText(pt.text, at, at + '$66.9 billion by March 2025'.length);
    const a = anchorQuote(pt.text, quote, position)!;
    const note = rangeOfOffsets(pt, a.start, a.end, document);
    expect(note.toString()).toBe('$66.9 billion by March 2025');

    const registry = new Map<string, unknown>();
    class FakeHighlight extends Set<Range> {
      priority = 0;
      constructor(...r: Range[]) {
        super(r);
      }
    }
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight, document } as unknown as Window;
    const claims = createPainter(win);
    const notes = createPainter(win);
    claims.paint([{ range: claim, verdict: 'true' }]);
    notes.paint([{ range: note, verdict: 'note' }]);
    expect([...registry.keys()].sort()).toEqual(['claimlens-note', 'claimlens-true']);
    notes.clear();
    expect([...registry.keys()]).toEqual(['claimlens-true']);
    expect([...(registry.get('claimlens-true') as Set<Range>)][0]).toBe(claim);
  });

  it('reads a selection back to page-text offsets, across inline elements and trimmed of spaces', () => {
    document.body.innerHTML = `<p>Aid reached <strong>$66.9 billion</strong>   by March.</p><p>Next paragraph.</p>`;
    const pt = pageText(extractBlocks(document.body));
    const strong = document.querySelector('strong')!.firstChild!;
    const range = document.createRange();
    range.setStart(strong, 0);
    range.setEnd(document.querySelectorAll('p')[1]!.firstChild!, 4);
    const got = offsetsOfRange(pt, range)!;
    expect(pt.text.slice(got.start, got.end)).toBe('$66.9 billion by March.\nNext');
  });
});
