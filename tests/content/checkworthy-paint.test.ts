// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_HIGHLIGHT, CheckworthyPaint } from '../../entrypoints/content/checkworthy-paint';

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** A document whose window has a fake `CSS.highlights` registry and `Highlight` constructor. */
function page() {
  document.body.innerHTML = '<p>Aid reached $66.9 billion by March.</p>';
  const registry = new Map<string, unknown>([['page-own', 'keep']]);
  const doc = { defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight } } as unknown as Document;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return { registry, doc, range };
}

describe('check-worthy highlight', () => {
  it('marks sentences under its own name and removes only that name', () => {
    const { registry, doc, range } = page();
    const paint = new CheckworthyPaint(doc);
    paint.set([range]);
    expect((registry.get(CHECKWORTHY_HIGHLIGHT) as Set<Range>).has(range)).toBe(true);
    paint.set([]);
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('comes back after a page script clears CSS.highlights, but not over another instance or after removal', () => {
    const { registry, doc, range } = page();
    const paint = new CheckworthyPaint(doc);
    paint.set([range]);
    const mine = registry.get(CHECKWORTHY_HIGHLIGHT);
    expect(paint.restore(), 'nothing to do while the registry holds it').toBe(false);
    registry.clear();
    expect(paint.restore()).toBe(true);
    expect(registry.get(CHECKWORTHY_HIGHLIGHT)).toBe(mine);
    registry.set(CHECKWORTHY_HIGHLIGHT, 'a newer instance');
    expect(paint.restore()).toBe(false);
    expect(registry.get(CHECKWORTHY_HIGHLIGHT)).toBe('a newer instance');
    paint.set([]);
    expect(registry.get(CHECKWORTHY_HIGHLIGHT), "another instance's highlight is not deleted").toBe('a newer instance');
    registry.clear();
    expect(paint.restore(), 'nothing after removal').toBe(false);
  });

  it('does nothing without the Highlight API', () => {
    const paint = new CheckworthyPaint({ defaultView: {} } as unknown as Document);
    expect(() => paint.set([document.createRange()])).not.toThrow();
    expect(paint.restore()).toBe(false);
  });
});
