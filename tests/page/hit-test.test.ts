// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boundsOf, HitTester } from '../../lib/page/hit-test';

/** A range stand-in: its line rectangles and its text. */
const fakeRange = (text: string, rects: DOMRect[]) => ({ toString: () => text, getClientRects: () => rects }) as unknown as Range;

describe('HitTester', () => {
  it('answers the line under the point and the box around the whole target', () => {
    const lines = [new DOMRect(80, 100, 500, 20), new DOMRect(40, 120, 540, 20), new DOMRect(40, 140, 200, 20)];
    const hit = new HitTester([{ range: fakeRange('a long sentence', lines), value: 'long' }]);
    const r = hit.at(100, 110)!;
    expect(r.target.value).toBe('long');
    expect(r.rect).toBe(lines[0]);
    expect([r.bounds.left, r.bounds.top, r.bounds.right, r.bounds.bottom]).toEqual([40, 100, 580, 160]);
    expect(hit.at(10, 110)).toBeUndefined();
  });

  it('prefers the innermost (shortest) target', () => {
    const outer = fakeRange('the whole sentence here', [new DOMRect(0, 0, 300, 20)]);
    const inner = fakeRange('sentence', [new DOMRect(100, 0, 60, 20)]);
    const hit = new HitTester([{ range: outer, value: 'outer' }, { range: inner, value: 'inner' }]);
    expect(hit.at(120, 10)!.target.value).toBe('inner');
    expect(hit.at(20, 10)!.target.value).toBe('outer');
  });
});

describe('boundsOf', () => {
  it('skips empty rectangles and gives an empty box for none', () => {
    const b = boundsOf([new DOMRect(0, 0, 0, 0), new DOMRect(10, 20, 30, 40)]);
    expect([b.left, b.top, b.width, b.height]).toEqual([10, 20, 30, 40]);
    expect(boundsOf([]).width).toBe(0);
  });
});
