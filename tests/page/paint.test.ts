// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPainter, dropLeftoverHighlights, highlightName } from '../../lib/page/paint';

function setup(html: string) {
  document.body.innerHTML = html;
  const p = document.querySelector('p')!;
  const range = document.createRange();
  range.setStart(p.firstChild!, 4);
  range.setEnd(p.querySelector('strong')!.firstChild!, 5);
  return { p, range };
}

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

describe('painter', () => {
  it('uses the Highlight API under claimlens- names and leaves other highlights alone', () => {
    const registry = new Map<string, unknown>([['page-own', 'keep']]);
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

  it('registers its highlights again after the page clears the registry, and only names nobody holds', () => {
    const registry = new Map<string, unknown>();
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight, document } as unknown as Window;
    const { range } = setup('<p>Aid reached <strong>$66.9 billion</strong> by March.</p>');
    const painter = createPainter(win);
    painter.paint([{ range, verdict: 'false' }, { range, verdict: 'true' }]);
    const painted = registry.get('claimlens-false');
    expect(painter.restore(), 'nothing to do while the registry holds them').toBe(0);
    registry.clear(); // a page script: CSS.highlights.clear()
    registry.set('claimlens-true', 'a newer instance');
    expect(painter.restore()).toBe(1);
    expect(registry.get('claimlens-false')).toBe(painted);
    expect(registry.get('claimlens-true')).toBe('a newer instance');
    painter.clear();
    expect(painter.restore(), 'nothing after clear').toBe(0);
    expect([...registry.keys()]).toEqual(['claimlens-true']);
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

  it('drops highlights an orphaned instance left, and never clears a newer instance\'s (hard case 26)', () => {
    const registry = new Map<string, unknown>([['claimlens-false', 'left by the old script'], ['page-own', 'keep']]);
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight, document } as unknown as Window;
    const { range } = setup('<p>Aid reached <strong>$66.9 billion</strong> by March.</p>');
    dropLeftoverHighlights(win); // what a new instance does first
    expect([...registry.keys()]).toEqual(['page-own']);
    const old = createPainter(win);
    old.paint([{ range, verdict: 'false' }]);
    const fresh = createPainter(win); // the new script after an update
    const notes = createPainter(win); // a second layer of the same instance keeps the first's work
    notes.paint([{ range, verdict: 'note' }]);
    fresh.paint([{ range, verdict: 'false' }]);
    const live = registry.get('claimlens-false');
    old.clear(); // the orphan notices late and cleans up
    expect(registry.get('claimlens-false')).toBe(live);
    fresh.clear();
    notes.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('adds the ::highlight rules once to each open shadow root it paints in (hard case 16)', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Russia controls about a fifth of Ukrainian territory.</p>';
    const text = shadow.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 6);
    const win = { CSS: { highlights: new Map() }, Highlight: FakeHighlight, document, CSSStyleSheet: window.CSSStyleSheet } as unknown as Window;
    const painter = createPainter(win, { treeCss: '::highlight(claimlens-false) { color: red; }' });
    painter.paint([{ range, verdict: 'false' }]);
    painter.paint([{ range, verdict: 'true' }]);
    const adopted = shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style[data-claimlens]').length;
    expect(adopted).toBe(1);
    expect(shadow.querySelector('p')!.textContent).toBe('Russia controls about a fifth of Ukrainian territory.');
  });
});
