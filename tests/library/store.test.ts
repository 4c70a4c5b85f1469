import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ANNOTATION_CONTEXT } from '../../lib/store/annotation-model';
import { clearAll, dumpPage } from '../../lib/store/backup';
import { openClaimLensDB, type AnnotationRecord, type Pack } from '../../lib/store/db';
import { deletePack } from '../../lib/store/packs';
import { emptyOldTrash, latestTrash, restoreFromTrash, TRASH_MS } from '../../lib/store/trash';
import { deleteRecords, restoreRecords, writeImport } from '../../lib/store/statements';
import type { Statement } from '../../lib/types';

let n = 0;
const fresh = () => openClaimLensDB(`library-${n++}`);

function st(id: string, text: string, over: Partial<Statement> = {}): Statement {
  return {
    id, text, verdict: 'false', verdictLabel: 'False', summary: `Summary ${id}`, reviewer: 'R', reviewUrl: `https://r.example/${text.length}`,
    origin: 'import', tags: [], language: 'en', createdAt: 1, updatedAt: 1, ...over,
  };
}
const pack = (id: string): Pack => ({ id, name: id, source: `${id}.json`, count: 0, importedAt: 5 });
const note: AnnotationRecord = {
  '@context': ANNOTATION_CONTEXT, type: 'Annotation', id: 'n1', url: 'https://a.example/',
  target: { source: 'https://a.example/', selector: [{ type: 'TextQuoteSelector', exact: 'a quote', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 7 }] },
  body: { note: 'x', tags: [], links: [] }, created: '2025-07-04T10:00:00.000Z', modified: '2025-07-04T10:00:00.000Z',
};

async function snapshot(db: Awaited<ReturnType<typeof fresh>>) {
  return { statements: await db.getAll('statements'), annotations: await db.getAll('annotations'), packs: await db.getAll('packs') };
}

describe('writeImport', () => {
  it('adds new statements to the pack and merges duplicates (same claim, same review URL) within the file and with stored ones', async () => {
    const db = await fresh();
    const first = await writeImport(db, { mode: 'merge', statements: [st('a', 'The sky is green.'), st('b', 'Water is dry.')], notes: [], pack: pack('p1') }, { now: 10 });
    expect(first).toEqual({ added: 2, merged: 0, notes: 0, packId: 'p1' });
    const again = await writeImport(
      db,
      {
        mode: 'merge',
        statements: [
          st('x', '  the SKY   is green. ', { verdictLabel: 'Pants on Fire', tags: ['t'], reviewUrl: 'https://r.example/17' }),
          st('y', 'A new claim.'),
          st('y2', 'A new claim.', { summary: 'Later summary' }),
          st('a', 'Different claim with a taken id.'),
        ],
        notes: [note],
        pack: pack('p2'),
      },
      { now: 20 },
    );
    expect(again).toEqual({ added: 2, merged: 2, notes: 1, packId: 'p2' });
    const all = await db.getAll('statements');
    expect(all).toHaveLength(4);
    const sky = all.find((s) => s.id === 'a')!;
    expect(sky).toMatchObject({ text: 'The sky is green.', verdictLabel: 'Pants on Fire', tags: ['t'], packId: 'p1', createdAt: 1, updatedAt: 20 });
    expect(all.find((s) => s.id === 'y')).toMatchObject({ summary: 'Later summary', packId: 'p2' });
    expect(all.find((s) => s.text === 'Different claim with a taken id.')!.id).toBe('a~2');
    expect((await db.get('packs', 'p2'))?.count).toBe(2);
  });

  it('writes nothing when one record fails (all or nothing)', async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'merge', statements: [st('keep', 'Stored before.')], notes: [], pack: pack('p0') }, { now: 1 });
    const before = await snapshot(db);
    const broken = { ...st('z', 'Broken.'), id: undefined } as unknown as Statement;
    await expect(
      writeImport(db, { mode: 'restore', statements: [st('ok1', 'Fine one.'), broken, st('ok2', 'Fine two.')], notes: [note], packs: [pack('p9')] }, { now: 2 }),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when cancelled while writing', async () => {
    const db = await fresh();
    const ctrl = new AbortController();
    const statements = Array.from({ length: 3000 }, (_, i) => st(`s${i}`, `Claim number ${i}.`));
    const run = writeImport(db, { mode: 'merge', statements, notes: [], pack: pack('big') }, {
      now: 1,
      signal: ctrl.signal,
      onProgress: (written) => written >= 500 && ctrl.abort(),
    });
    await expect(run).rejects.toThrow(/cancelled; nothing was written/);
    expect(await snapshot(db)).toEqual({ statements: [], annotations: [], packs: [] });
  });

  it('restore mode puts records as they are', async () => {
    const db = await fresh();
    const records = [st('r1', 'One.', { packId: 'p', createdAt: 7, updatedAt: 9 }), st('r2', 'One.', { packId: 'p' })];
    await writeImport(db, { mode: 'restore', statements: records, notes: [note], packs: [{ ...pack('p'), count: 2 }] }, { now: 100 });
    expect(await snapshot(db)).toEqual({ statements: records, annotations: [note], packs: [{ ...pack('p'), count: 2 }] });
  });
});

describe('delete and undo', () => {
  it('deletes statements and notes, then restores them exactly; pack counts follow', async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'merge', statements: [st('a', 'A.'), st('b', 'B.'), st('c', 'C.')], notes: [note], pack: pack('p') }, { now: 1 });
    const before = await snapshot(db);
    const removed = await deleteRecords(db, { statements: ['a', 'missing'], notes: ['n1'] });
    expect(removed.statements.map((s) => s.id)).toEqual(['a']);
    expect(removed.notes).toEqual([note]);
    expect((await db.get('packs', 'p'))?.count).toBe(2);
    await restoreRecords(db, removed);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes a whole pack into the trash and brings it back from there, once', async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'merge', statements: [st('a', 'A.'), st('b', 'B.')], notes: [], pack: pack('p') }, { now: 1 });
    await writeImport(db, { mode: 'merge', statements: [st('c', 'C.')], notes: [], pack: pack('q') }, { now: 1 });
    const before = await snapshot(db);
    const deleted = await deletePack(db, 'p');
    expect(deleted.statements).toBe(2);
    expect(deleted.pack.id).toBe('p');
    expect((await db.getAll('statements')).map((s) => s.id)).toEqual(['c']);
    expect(await db.get('packs', 'p')).toBeUndefined();
    expect(await db.getAllKeys('trash'), 'the records and what they are').toEqual([deleted.trashId, `${deleted.trashId}:about`]);
    expect(await latestTrash(db)).toMatchObject({ trashId: deleted.trashId, pack: 'p', statements: 2 });
    const restored = await restoreFromTrash(db, deleted.trashId!);
    expect(restored.statements.map((s) => s.id).sort()).toEqual(['a', 'b']);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.count('trash'), 'the entry goes with its undo').toBe(0);
    expect(await latestTrash(db)).toBeUndefined();
    await expect(restoreFromTrash(db, deleted.trashId!)).rejects.toThrow(/Nothing to undo/);
    await expect(deletePack(db, 'nope')).rejects.toThrow(/no pack "nope"/);
  });

  it('deletes a pack without keeping it for Undo when the disk is too full for the trash (the delete frees the space)', async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'merge', statements: [st('a', 'A.'), st('b', 'B.')], notes: [], pack: pack('p') }, { now: 1 });
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'trash') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      const deleted = await deletePack(db, 'p');
      expect(deleted).toMatchObject({ statements: 2, trashId: null });
    } finally {
      spy.mockRestore();
    }
    expect(await db.count('statements')).toBe(0);
    expect(await db.count('trash')).toBe(0);
    expect(await db.get('packs', 'p')).toBeUndefined();
  });

  it(`empties trash older than ${TRASH_MS / 60_000} minutes at the next delete or on request, and with all data`, async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'merge', statements: [st('a', 'A.')], notes: [], pack: pack('p') }, { now: 1 });
    await writeImport(db, { mode: 'merge', statements: [st('b', 'B.')], notes: [], pack: pack('q') }, { now: 1 });
    await writeImport(db, { mode: 'merge', statements: [st('c', 'C.')], notes: [], pack: pack('r') }, { now: 1 });
    const t0 = 1_765_000_000_000;
    const old = await deletePack(db, 'p', t0);
    const recent = await deletePack(db, 'q', t0 + TRASH_MS + 1);
    expect((await db.getAllKeys('trash')), 'the first entry expired at the second delete').toEqual([recent.trashId, `${recent.trashId}:about`]);
    expect(await latestTrash(db, t0 + TRASH_MS + 2)).toMatchObject({ trashId: recent.trashId });
    expect(await latestTrash(db, t0 + 2 * TRASH_MS + 2), 'none left to offer after its time').toBeUndefined();
    await expect(restoreFromTrash(db, old.trashId!)).rejects.toThrow(/Nothing to undo/);
    await emptyOldTrash(db, t0 + TRASH_MS);
    expect(await db.count('trash'), 'not yet expired').toBe(2);
    await emptyOldTrash(db, t0 + 2 * TRASH_MS + 2);
    expect(await db.count('trash')).toBe(0);
    await deletePack(db, 'r');
    await clearAll(db);
    expect(await db.count('trash'), 'deleting all data empties the trash').toBe(0);
  });
});

describe('backup reads and wipe', () => {
  it('pages through a store in key order and clears everything', async () => {
    const db = await fresh();
    await writeImport(db, { mode: 'restore', statements: Array.from({ length: 7 }, (_, i) => st(`s${i}`, `S${i}.`)), notes: [note] }, { now: 1 });
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await dumpPage(db, 'statements', after, 3);
      ids.push(...(page.records as Statement[]).map((s) => s.id));
      after = page.next;
    } while (after !== undefined);
    expect(ids).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
    await clearAll(db);
    expect(await snapshot(db)).toEqual({ statements: [], annotations: [], packs: [] });
  });
});
