// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takesOpen } from '../../entrypoints/content/annotate-wire';

const closed = { formOpen: false };

afterEach(() => {
  document.body.innerHTML = '';
  getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

function select(collapsed: boolean): void {
  document.body.innerHTML = '<p>Ukraine started the war.</p>';
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, collapsed ? 0 : 7);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

/** The focus in a child frame with these attributes (not attached: nothing loads). */
function focusFrame(attrs: Record<string, string>): void {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
}

describe('takesOpen: which frame opens the annotate form asked of every frame', () => {
  it('a child frame: only with its text selected, a caret while it has the focus, or its form open', () => {
    expect(takesOpen(document, closed, false, false)).toBe(false);
    select(false);
    expect(takesOpen(document, closed, false, false)).toBe(true);
    select(true);
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    expect(takesOpen(document, closed, false, false)).toBe(false);
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    expect(takesOpen(document, closed, false, false)).toBe(true);
    getSelection()!.removeAllRanges();
    expect(takesOpen(document, { formOpen: true }, false, false)).toBe(true);
  });

  it('the top frame: unless the focus is in a child frame of a web address, whose own script answers', () => {
    expect(takesOpen(document, closed, true, false)).toBe(true);
    focusFrame({ src: 'https://www.reportultra.com/embed' });
    expect(takesOpen(document, closed, true, false)).toBe(false);
    expect(takesOpen(document, closed, true, true), 'asked with top').toBe(true);
    expect(takesOpen(document, { formOpen: true }, true, false), 'its own form is open').toBe(true);
    focusFrame({ srcdoc: '<p>x</p>' });
    expect(takesOpen(document, closed, true, false)).toBe(true);
    focusFrame({ src: 'about:blank' });
    expect(takesOpen(document, closed, true, false)).toBe(true);
  });
});
