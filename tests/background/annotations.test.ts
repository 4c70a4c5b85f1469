import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';
import type { PageNote } from '../../lib/messages';

const URL_1 = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';
const QUOTE = 'Kathryn Stoner of Stanford University notes that only Putin can end the war, a decision hinging on battlefield outcomes rather than diplomacy.';
const selectors = [
  { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'Analysts see deeper challenges. ', suffix: ' Michael Kimmage' },
  { type: 'TextPositionSelector', start: 100, end: 100 + QUOTE.length },
];
const fromPage = (url: string) => ({ tabId: 7, fromContent: true, senderUrl: url });

describe('background note handlers', () => {
  it('saves from a page of the site, reads back for the page, and matches the claim in other words elsewhere', async () => {
    const { annotation } = await handlers.saveAnnotation!({ url: URL_1, selectors, body: { note: 'Only Putin decides', tags: [], links: [] } }, fromPage(URL_1));
    const { annotations, total } = await handlers.annotationsForPage!({ url: URL_1 }, fromPage(URL_1));
    expect(annotations.map((a) => a.id)).toContain(annotation.id);
    expect(total).toBeGreaterThanOrEqual(1);
    const second = 'https://reportultra.com/2025/07/06/analysts-war-end-kremlin/';
    const { matches } = await handlers.matchNotes!(
      { url: second, sentences: [{ key: 'a', text: 'Only Putin can end the war, Stanford University’s Kathryn Stoner notes, and that decision hinges on battlefield outcomes rather than on diplomacy.' }, { key: 'b', text: 'In Kyiv, the mood is sober.' }] },
      fromPage(second),
    );
    expect(matches.map((m) => [m.key, m.statement.note?.annotationId, m.statement.origin])).toEqual([['a', annotation.id, 'personal']]);
  });

  it("refuses a page that reads, changes or deletes another site's notes", async () => {
    const { annotation } = await handlers.saveAnnotation!({ url: URL_1, selectors, body: { note: 'mine', tags: [], links: [] } }, { tabId: undefined });
    const evil = fromPage('https://evil.example/');
    await expect(handlers.annotationsForPage!({ url: URL_1 }, evil)).rejects.toThrow(/own site/);
    await expect(handlers.saveAnnotation!({ url: URL_1, selectors, body: { note: 'x' } }, evil)).rejects.toThrow(/own site/);
    await expect(handlers.updateAnnotation!({ id: annotation.id, body: { note: 'hacked' } }, evil)).rejects.toThrow(/own site/);
    await expect(handlers.deleteAnnotation!({ id: annotation.id }, evil)).rejects.toThrow(/own site/);
    await expect(handlers.restoreAnnotation!({ annotation: { ...annotation, id: 'other' } }, evil)).rejects.toThrow(/own site/);
    await expect(handlers.matchNotes!({ url: URL_1, sentences: [] }, evil)).rejects.toThrow(/own site/);
    const { annotations } = await handlers.annotationsForPage!({ url: URL_1 }, fromPage(URL_1));
    expect(annotations.find((a) => a.id === annotation.id)?.body.note).toBe('mine');
  });

  it('deletes and restores (undo) from a page of the site', async () => {
    const { annotation } = await handlers.saveAnnotation!({ url: URL_1, selectors, body: { note: 'undo me' } }, fromPage(URL_1));
    const deleted = await handlers.deleteAnnotation!({ id: annotation.id }, fromPage(URL_1));
    expect(deleted.annotation).toEqual(annotation);
    await handlers.restoreAnnotation!({ annotation: deleted.annotation! }, fromPage(URL_1));
    const { annotations } = await handlers.annotationsForPage!({ url: URL_1 }, fromPage(URL_1));
    expect(annotations).toContainEqual(annotation);
  });
});

describe('the notes a tab reports', () => {
  const note = (id: string): PageNote => ({ annotationId: id, quote: `Quote ${id}`, note: `Note ${id}`, state: 'anchored' });
  const frame = (tabId: number, frameId: number, url: string) => ({ tabId, frameId, fromContent: true, senderUrl: url });
  const TOP = 'https://reportultra.com/a';
  const EMBED = 'https://www.reportultra.com/embed/b';

  it('add up over the frames: the top frame first, each frame carrying its id and replacing only its own', async () => {
    await handlers.reportNotes!({ url: EMBED, notes: [note('f1'), note('f2')] }, frame(11, 4, EMBED));
    await handlers.reportNotes!({ url: TOP, notes: [note('t1')] }, frame(11, 0, TOP));
    let got = await handlers.tabNotes!({ tabId: 11 }, {});
    expect(got.url).toBe(TOP);
    expect(got.notes.map((n) => [n.annotationId, n.frameId])).toEqual([['t1', undefined], ['f1', 4], ['f2', 4]]);
    // the frame's next report replaces its own list only; an empty one drops the frame
    await handlers.reportNotes!({ url: EMBED, notes: [note('f3')] }, frame(11, 4, EMBED));
    got = await handlers.tabNotes!({ tabId: 11 }, {});
    expect(got.notes.map((n) => n.annotationId)).toEqual(['t1', 'f3']);
    await handlers.reportNotes!({ url: EMBED, notes: [] }, frame(11, 4, EMBED));
    got = await handlers.tabNotes!({ tabId: 11 }, {});
    expect(got.notes.map((n) => n.annotationId)).toEqual(['t1']);
  });

  it('lose no report when frames report at once', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((f) => handlers.reportNotes!({ url: EMBED, notes: [note(`n${f}`)] }, frame(12, f, EMBED))));
    const got = await handlers.tabNotes!({ tabId: 12 }, {});
    expect(got.notes.map((n) => n.annotationId).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(got.url, 'no top frame has reported').toBeNull();
  });

  it("refuse a frame that reports another site's URL", async () => {
    await expect(handlers.reportNotes!({ url: TOP, notes: [note('x')] }, frame(13, 2, 'https://evil.example/'))).rejects.toThrow(/own site/);
    expect((await handlers.tabNotes!({ tabId: 13 }, {})).notes).toEqual([]);
  });
});
