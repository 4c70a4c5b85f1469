import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openClaimLensDB, replacePack, statementsById, statementsSnapshot } from '../../lib/store/db';
import type { Statement } from '../../lib/types';

function statement(id: string, packId?: string): Statement {
  return {
    id, text: `Claim ${id}`, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R', origin: 'import',
    packId, tags: [], language: 'en', createdAt: 1, updatedAt: 1,
  };
}

let n = 0;
const fresh = () => openClaimLensDB(`test-${n++}`);

describe('store', () => {
  it('creates the four stores at the current schema version', async () => {
    const db = await fresh();
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'packs', 'statements', 'trash']);
    expect(db.version).toBe(DB_VERSION);
  });

  it('replaces a pack and its statements, leaving other packs alone', async () => {
    const db = await fresh();
    const pack = { id: 'p', name: 'P', source: 'file', count: 0, importedAt: 1 };
    await replacePack(db, pack, [statement('a'), statement('b')]);
    await replacePack(db, { ...pack, id: 'q' }, [statement('c')]);
    await replacePack(db, pack, [statement('d')]);
    expect(((await statementsSnapshot(db)).statements).map((s) => s.id).sort()).toEqual(['c', 'd']);
    expect((await db.get('packs', 'p'))?.count).toBe(1);
    expect((await statementsById(db, ['d', 'zz', 'c'])).map((s) => s.id)).toEqual(['d', 'c']);
  });

  it('writes nothing when a statement in the pack is invalid', async () => {
    const db = await fresh();
    const bad = { ...statement('x'), id: undefined } as unknown as Statement;
    await expect(replacePack(db, { id: 'p', name: 'P', source: 'f', count: 0, importedAt: 1 }, [statement('ok'), bad])).rejects.toThrow();
    expect((await statementsSnapshot(db)).statements).toEqual([]);
    expect(await db.get('packs', 'p')).toBeUndefined();
  });
});
