import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';

// The library page and the pages' note handlers share the database and the caches over it (the library
// search, the notes' match index, the saved match index): a write on either side must show on the other.
const URL_1 = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';
const QUOTE = 'Kathryn Stoner of Stanford University notes that only Putin can end the war, a decision hinging on battlefield outcomes rather than diplomacy.';
const OTHER_WORDS = 'Only Putin can end the war, Stanford University’s Kathryn Stoner notes, and that decision hinges on battlefield outcomes rather than on diplomacy.';
const selectors = [
  { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start: 0, end: QUOTE.length },
];
const page = { tabId: 7, fromContent: true, senderUrl: URL_1 };
const libraryNotes = async () => (await handlers.libraryQuery!({ filter: { query: '', source: 'notes' }, offset: 0, limit: 100 }, {})).rows.map((r) => r.id);
const noteMatches = async () => (await handlers.matchNotes!({ url: URL_1, sentences: [{ key: 'a', text: OTHER_WORDS }] }, page)).matches.length;

describe('notes between the pages and the library', () => {
  it('a note saved in a page shows in the library; deleting it there stops its match, undo brings it back', async () => {
    const before = await libraryNotes();
    const { annotation } = await handlers.saveAnnotation!({ url: URL_1, selectors, body: { note: 'Only Putin decides', verdict: 'true', tags: [], links: [] } }, page);
    expect(await libraryNotes()).toEqual([annotation.id, ...before]);
    expect(await noteMatches()).toBe(1);

    const removed = await handlers.deleteRecords!({ statements: [], notes: [annotation.id] }, {});
    expect(removed.notes).toEqual([annotation]);
    expect(await libraryNotes()).not.toContain(annotation.id);
    expect(await noteMatches()).toBe(0);

    await handlers.restoreRecords!(removed, {});
    expect(await libraryNotes()).toContain(annotation.id);
    expect(await noteMatches()).toBe(1);
    const { annotations } = await handlers.annotationsForPage!({ url: URL_1 }, page);
    expect(annotations).toContainEqual(annotation);
  });

  it('undo refuses a note that is not a stored note, and writes nothing', async () => {
    const before = await libraryNotes();
    const bad = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'x', url: 'file:///etc/passwd', target: { source: 'file:///etc/passwd', selector: selectors }, body: { note: 'x' } };
    await expect(handlers.restoreRecords!({ statements: [], notes: [bad as never], packs: [] }, {})).rejects.toThrow(/not a web page/);
    expect(await libraryNotes()).toEqual(before);
  });
});

describe('statements edited in the library', () => {
  it('an edit that keeps the statement count is matched by its new text, not from the saved index of the old one', async () => {
    const st = {
      id: 'edit-1', text: 'The harbour ferry carried two million passengers in 2024.', verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R',
      reviewUrl: 'https://r.example/ferry', origin: 'personal', tags: [], language: 'en', createdAt: 1, updatedAt: 1,
    } as const;
    const { importId } = await handlers.importBegin!({ mode: 'restore' }, {});
    await handlers.importChunk!({ importId, statements: [{ ...st, tags: [] }], notes: [] }, {});
    await handlers.importCommit!({ importId }, {});
    const match = async (text: string) => (await handlers.match!({ url: 'https://news.example/', sentences: [{ key: 'k', text }] }, {})).matches.map((m) => m.statement.id);
    expect(await match(st.text)).toEqual(['edit-1']);
    const edited = 'The city tram carried nine hundred thousand riders in 2023.';
    await handlers.saveStatement!({ statement: { ...st, tags: [], text: edited } }, {});
    expect(await match(edited)).toEqual(['edit-1']);
    expect(await match(st.text)).toEqual([]);
  });
});
