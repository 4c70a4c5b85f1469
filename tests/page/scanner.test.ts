// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Scanner } from '../../lib/page/scanner';

function page(html: string): Document {
  document.body.innerHTML = `<article>${html}</article>`;
  return document;
}

describe('Scanner', () => {
  it('matches sentences and returns live ranges over the page text', async () => {
    const doc = page('<p>Aid reached <strong>$66.9 billion</strong> by March. Nothing else here.</p>');
    const matchFn = vi.fn(async (texts: string[]) => texts.map((t) => (t.includes('66.9') ? 'aid' : null)));
    const result = await new Scanner(doc, matchFn).scan();
    expect(result.items.map((i) => [i.match, i.range.toString()])).toEqual([['aid', 'Aid reached $66.9 billion by March.']]);
    expect(result.sentences).toBe(2);
  });

  it('sends only sentences it has not seen before on a rescan', async () => {
    const doc = page('<p>First claim here. Second claim here.</p>');
    const matchFn = vi.fn(async (texts: string[]) => texts.map(() => null));
    const scanner = new Scanner<string>(doc, matchFn);
    await scanner.scan();
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Late claim arrives. First claim here.</p>');
    const second = await scanner.scan();
    expect(second.newSentences).toBe(1);
    expect(matchFn.mock.calls[1]![0]).toEqual(['Late claim arrives.']);
    scanner.reset();
    expect((await scanner.scan()).newSentences).toBe(3);
  });

  it('matches a claim inside a run-on block (a list without stops) and paints only its clause', async () => {
    const claim = 'Russia launched a drone attack on Kyiv, injuring 14';
    const items = Array.from({ length: 150 }, (_, i) => `entry ${i} of the running list`);
    items.splice(75, 0, claim);
    const doc = page(`<p>${items.join('; ')}</p>`);
    const matchFn = vi.fn(async (texts: string[]) => texts.map((t) => (t.includes(claim) ? 'kyiv' : null)));
    const result = await new Scanner(doc, matchFn).scan();
    expect(matchFn.mock.calls.flatMap((c) => c[0]).every((t) => t.length <= 600)).toBe(true);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.range.toString(), 'the claim\'s clause, not the items around it').toBe(`${claim};`);
  });

  it('drops the answers of a scan under way when reset meanwhile (the library changed again), so the next scan asks afresh', async () => {
    const doc = page('<p>First claim here. Second claim here.</p>');
    let library = 'old';
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const matchFn = vi.fn(async (texts: string[]) => {
      const answer = library;
      if (matchFn.mock.calls.length === 1) await gate;
      return texts.map(() => answer);
    });
    const scanner = new Scanner<string>(doc, matchFn);
    const first = scanner.scan();
    await vi.waitFor(() => expect(matchFn).toHaveBeenCalledTimes(1));
    library = 'new';
    scanner.reset();
    release();
    expect(await first).toMatchObject({ stale: true, items: [] });
    const second = await scanner.scan();
    expect(second.stale).toBeUndefined();
    expect(second.newSentences, 'nothing of the old answers was kept').toBe(2);
    expect(second.items.map((i) => i.match)).toEqual(['new', 'new']);
  });

  it('finds every occurrence of a repeated sentence (hard case 19)', async () => {
    const doc = page('<p>The deficit fell.</p><p>Other text.</p><p>The deficit fell.</p>');
    const result = await new Scanner(doc, async (t) => t.map((x) => (x === 'The deficit fell.' ? 1 : null))).scan();
    expect(result.items).toHaveLength(2);
    expect(result.items[0]!.range.startContainer).not.toBe(result.items[1]!.range.startContainer);
  });

  it('stops early when aborted', async () => {
    const doc = page('<p>One. Two.</p>');
    const ac = new AbortController();
    const result = await new Scanner(doc, async (t) => {
      ac.abort();
      return t.map(() => 'x');
    }).scan({ signal: ac.signal });
    expect(result.items).toEqual([]);
  });

  it('passes matcher failures to the caller', async () => {
    const doc = page('<p>One claim.</p>');
    await expect(new Scanner(doc, async () => Promise.reject(new Error('background gone'))).scan()).rejects.toThrow('background gone');
  });

  it('matches sentences in the viewport first and hands them over before the rest (visible text first)', async () => {
    const doc = page('<p id="a">Seen claim one.</p><p id="b">Below the fold claim.</p>');
    const box = (top: number) => () => ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20 }) as DOMRect;
    doc.getElementById('a')!.getBoundingClientRect = box(10);
    doc.getElementById('b')!.getBoundingClientRect = box(5000);
    const calls: string[][] = [];
    const onVisible = vi.fn();
    const result = await new Scanner(doc, async (t) => {
      calls.push(t);
      return t.map(() => 'm');
    }).scan({ onVisible });
    expect(calls).toEqual([['Seen claim one.'], ['Below the fold claim.']]);
    expect(onVisible).toHaveBeenCalledTimes(1);
    expect(onVisible.mock.calls[0]![0].map((i: { sentence: string }) => i.sentence)).toEqual(['Seen claim one.']);
    expect(result.items.map((i) => i.sentence)).toEqual(['Seen claim one.', 'Below the fold claim.']);
  });
});
