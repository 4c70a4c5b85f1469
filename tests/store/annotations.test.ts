import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openClaimLensDB } from '../../lib/store/db';
import {
  annotationsForUrl, createAnnotation, deleteAnnotation, getAnnotation, restoreAnnotation, updateAnnotation, type NewAnnotation,
} from '../../lib/store/annotations';
import { statementFromAnnotation } from '../../lib/store/note-statement';

const URL_1 = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';
const quote = 'Trump conceded to reporters that he made “no progress at all” in bringing the conflict to an end.';
const input = (note: string, over: Partial<NewAnnotation> = {}): NewAnnotation => ({
  url: URL_1,
  selectors: [
    { type: 'TextQuoteSelector', exact: quote, prefix: 'July 3, ', suffix: ' The revelation' },
    { type: 'TextPositionSelector', start: 311, end: 311 + quote.length },
  ],
  body: { note, verdict: 'true', tags: ['pledges', ' #pledges ', ''], links: ['https://www.factcheck.org/x'] },
  ...over,
});

let n = 0;
const fresh = () => openClaimLensDB(`notes-${n++}`);

describe('annotation repository', () => {
  it('stores a W3C Web Annotation with cleaned tags and both selectors', async () => {
    const db = await fresh();
    const a = await createAnnotation(db, input('  Compare with the pledge. '), new Date('2025-07-04T10:00:00Z'), 'id-1');
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'id-1', url: URL_1,
      target: { source: URL_1 }, created: '2025-07-04T10:00:00.000Z', modified: '2025-07-04T10:00:00.000Z',
      body: { note: 'Compare with the pledge.', verdict: 'true', tags: ['pledges'], links: ['https://www.factcheck.org/x'] },
    });
    expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(await annotationsForUrl(db, URL_1)).toEqual([a]);
    expect(await annotationsForUrl(db, 'https://reportultra.com/other/')).toEqual([]);
  });

  it('lands both notes when two tabs save at the same moment', async () => {
    const db = await fresh();
    const [a, b] = await Promise.all([createAnnotation(db, input('from tab 1')), createAnnotation(db, input('from tab 2'))]);
    expect(a.id).not.toBe(b.id);
    expect((await annotationsForUrl(db, URL_1)).map((x) => x.body.note).sort()).toEqual(['from tab 1', 'from tab 2']);
  });

  it('refuses bad input with a message and stores nothing', async () => {
    const db = await fresh();
    await expect(createAnnotation(db, input('x', { url: 'javascript:alert(1)' }))).rejects.toThrow(/web pages/);
    await expect(createAnnotation(db, input('x', { body: { note: 'x', links: ['javascript:alert(1)'] } }))).rejects.toThrow(/http/);
    await expect(createAnnotation(db, input('x', { body: { note: 'x', verdict: 'pants-on-fire' } }))).rejects.toThrow(/not a verdict/);
    await expect(createAnnotation(db, input('x', { selectors: [] }))).rejects.toThrow(/quoted text/);
    expect(await annotationsForUrl(db, URL_1)).toEqual([]);
  });

  it('edits a note, and refuses an edit that started from an older version', async () => {
    const db = await fresh();
    const a = await createAnnotation(db, input('first'), new Date('2025-07-04T10:00:00Z'));
    const b = await updateAnnotation(db, a.id, { body: { note: 'second', tags: [], links: [] } }, a.modified, new Date('2025-07-04T11:00:00Z'));
    expect(b.body).toEqual({ note: 'second', tags: [], links: [] });
    expect(b.created).toBe(a.created);
    expect(b.modified).toBe('2025-07-04T11:00:00.000Z');
    await expect(updateAnnotation(db, a.id, { body: { note: 'stale' } }, a.modified)).rejects.toThrow(/another tab/);
    expect((await getAnnotation(db, a.id))?.body.note).toBe('second');
    await expect(updateAnnotation(db, 'nope', { body: { note: 'x' } })).rejects.toThrow(/deleted/);
  });

  it('deletes a note and restores it exactly (undo)', async () => {
    const db = await fresh();
    const a = await createAnnotation(db, input('keep me'));
    const gone = await deleteAnnotation(db, a.id);
    expect(gone).toEqual(a);
    expect(await getAnnotation(db, a.id)).toBeUndefined();
    expect(await deleteAnnotation(db, a.id)).toBeUndefined();
    await restoreAnnotation(db, gone);
    expect(await getAnnotation(db, a.id)).toEqual(a);
    await expect(restoreAnnotation(db, { id: 'x', url: 'file:///etc/passwd' })).rejects.toThrow(/not a web page/);
  });

  it('yields a personal statement from a claim-length quote only', async () => {
    const db = await fresh();
    const a = await createAnnotation(db, input('A note'));
    expect(statementFromAnnotation(a)).toMatchObject({ id: `note:${a.id}`, text: quote, origin: 'personal', verdict: 'true', summary: 'A note', reviewer: 'You' });
    const short = await createAnnotation(db, input('x', {
      selectors: [{ type: 'TextQuoteSelector', exact: 'no progress', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 11 }],
    }));
    expect(statementFromAnnotation(short)).toBeUndefined();
  });
});
