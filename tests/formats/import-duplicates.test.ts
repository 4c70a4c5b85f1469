import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DuplicateCounter } from '../../lib/formats/import-duplicates';
import type { ImportPlan } from '../../lib/formats/import-plan';
import { ANNOTATION_CONTEXT } from '../../lib/store/annotation-model';
import { openClaimLensDB, type AnnotationRecord } from '../../lib/store/db';
import { writeImport } from '../../lib/store/statements';
import type { Statement } from '../../lib/types';

let n = 0;
const fresh = () => openClaimLensDB(`duplicates-${n++}`);

const st = (id: string, text: string, reviewUrl?: string, over: Partial<Statement> = {}): Statement => ({
  id, text, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R', reviewUrl, origin: 'import', tags: [], language: 'en', createdAt: 1, updatedAt: 1, ...over,
});
const note = (id: string): AnnotationRecord => ({
  '@context': ANNOTATION_CONTEXT, type: 'Annotation', id, url: 'https://a.example/',
  target: { source: 'https://a.example/', selector: [{ type: 'TextQuoteSelector', exact: 'a quote', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 7 }] },
  body: { note: 'x', tags: [], links: [] }, created: '2025-07-04T10:00:00.000Z', modified: '2025-07-04T10:00:00.000Z',
});
const plan = (over: Partial<ImportPlan>): ImportPlan => ({ format: 'claimreview', rows: 0, statements: [], notes: [], packs: [], errors: [], warnings: [], ...over });

describe('duplicates counted for the import preview', () => {
  it('file import: counts what writeImport then merges (same folded claim and review URL, stored or earlier in the file)', async () => {
    const db = await fresh();
    const stored = [st('a', 'The sky is green.', 'https://r.example/1'), st('b', 'Water is dry.', 'https://r.example/2'), st('c', 'Mine.', undefined, { origin: 'personal' })];
    await writeImport(db, { mode: 'merge', statements: stored, notes: [note('n1')] }, { now: 1 });
    const incoming = plan({
      statements: [
        st('x1', '  the SKY   is green. ', 'https://r.example/1'), // stored a, other spelling
        st('b', 'Water is dry.', 'https://r.example/other'), // same id as b, other review: a new statement (id suffixed)
        st('x3', 'Mine.'), // stored c (the reader's own)
        st('x4', 'New claim.', 'https://r.example/4'),
        st('x5', 'New   claim.', 'https://r.example/4'), // repeats x4 in the file
        st('x6', 'New claim.', 'https://r.example/4'), // again
      ],
      notes: [note('n1'), note('n2')],
    });
    const counter = new DuplicateCounter(incoming);
    counter.addStatements(await db.getAll('statements'));
    counter.addNotes(await db.getAll('annotations'));
    const count = counter.result();
    expect(count).toEqual({ statements: 6, statementsInLibrary: 2, statementsRepeated: 2, notes: 2, notesInLibrary: 1, byId: false });

    const result = await writeImport(db, { mode: 'merge', statements: incoming.statements, notes: incoming.notes }, { now: 2 });
    expect(result.merged).toBe(count.statementsInLibrary + count.statementsRepeated);
    expect(result.added).toBe(count.statements - result.merged);
  });

  it('backup: a statement or note with the id of a stored one replaces it', async () => {
    const counter = new DuplicateCounter(plan({ format: 'backup', statements: [st('a', 'One.'), st('z', 'The sky is green.')], notes: [note('n1')] }));
    counter.addStatements([st('a', 'One, edited.'), st('b', 'The sky is green.')]);
    counter.addNotes([note('n1'), note('n9')]);
    expect(counter.result()).toEqual({ statements: 2, statementsInLibrary: 1, statementsRepeated: 0, notes: 1, notesInLibrary: 1, byId: true });
  });

  it('stored records arrive page by page; a stored key seen twice counts once', () => {
    const counter = new DuplicateCounter(plan({ statements: [st('x', 'One.', 'https://r.example/1')] }));
    counter.addStatements([st('a', 'One.', 'https://r.example/1')]);
    counter.addStatements([st('b', 'one.', 'https://r.example/1'), st('c', 'Two.')]);
    expect(counter.result()).toMatchObject({ statementsInLibrary: 1, statementsRepeated: 0 });
  });
});
