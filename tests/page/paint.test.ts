// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPainter, highlightName } from '../../lib/page/paint';

function setup(html: string) {
  document.body.innerHTML = html;
  const p = document.querySelector('p')!;
  const range = document.createRange();
  range.setStart(p.firstChild!, 4);
  range.setEnd(p.querySelector('strong')!.firstChild!, 5);
  return { p, range };
}

describe('painter', () => {
  it('uses the Highlight API under claimlens- names and leaves other highlights alone', () => {
    const registry = new Map<string, unknown>([['page-own', 'keep']]);
    class FakeHighlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight, document } as unknown as Window;
    const { p, range } = setup('<p>Aid reached <strong>$66.9 billion</strong> by March.</p>');
    const painter = createPainter(win);
    expect(painter.mode).toBe('highlight-api');
    const before = p.innerHTML;
    painter.paint([{ range, verdict: 'needs-context' }]);
    expect([...registry.keys()]).toEqual(['page-own', 'claimlens-needs-context']);
    expect((registry.get(highlightName('needs-context')) as Set<Range>).has(range)).toBe(true);
    expect(p.innerHTML).toBe(before);
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('falls back to wrapping without changing the text, and unwraps cleanly', () => {
    const { p, range } = setup('<p>Aid reached <strong>$66.9 billion</strong> by March.</p>');
    const before = p.innerHTML;
    const painter = createPainter({ document } as unknown as Window);
    expect(painter.mode).toBe('wrap');
    painter.paint([{ range, verdict: 'false' }]);
    const marks = p.querySelectorAll('claimlens-mark[data-claimlens="false"]');
    expect(marks).toHaveLength(2);
    expect([...marks].map((m) => m.textContent).join('|')).toBe('reached |$66.9');
    expect(p.textContent).toBe('Aid reached $66.9 billion by March.');
    painter.clear();
    expect(p.innerHTML).toBe(before);
  });
});
