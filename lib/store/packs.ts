/** Pack repository: list and delete whole imported collections. */
import type { IDBPDatabase } from 'idb';
import type { ClaimLensDB, Pack } from './db';
import { inOneTransaction } from './statements';
import { putInTrash } from './trash';

/** Every pack, newest import first. */
export async function listPacks(db: IDBPDatabase<ClaimLensDB>): Promise<Pack[]> {
  return (await db.getAll('packs')).sort((a, b) => b.importedAt - a.importedAt);
}

/** What a pack delete removed: counted, and kept in the trash for {@link restoreFromTrash}. */
export interface DeletedPack {
  pack: Pack;
  statements: number;
  /**
   * Trash entry id: Undo with restoreFromTrash (lib/store/trash.ts) within TRASH_MS. Null when the
   * disk was too full to keep the records: the pack is deleted without Undo (it frees the space).
   */
  trashId: string | null;
}

/**
 * Deletes a pack and all its statements in one transaction, keeping them in the trash for Undo. When
 * the disk is too full for the trash entry (QuotaExceededError), the pack is deleted without it.
 * @param now epoch ms (the trash entry's time)
 * @throws Error when no pack has this id; DOMException when a write fails (nothing is deleted then)
 */
export async function deletePack(db: IDBPDatabase<ClaimLensDB>, packId: string, now = Date.now()): Promise<DeletedPack> {
  try {
    return await deletePackOnce(db, packId, now, true);
  } catch (e) {
    if (!(e instanceof DOMException && e.name === 'QuotaExceededError')) throw e;
    return deletePackOnce(db, packId, now, false);
  }
}

function deletePackOnce(db: IDBPDatabase<ClaimLensDB>, packId: string, now: number, keep: boolean): Promise<DeletedPack> {
  return inOneTransaction(db, async (tx) => {
    const pack = await tx.objectStore('packs').get(packId);
    if (!pack) throw new Error(`There is no pack "${packId}" (it may have been deleted already).`);
    const st = tx.objectStore('statements');
    const statements = await st.index('packId').getAll(packId);
    const [trashId] = await Promise.all([
      keep ? putInTrash(tx, { statements, notes: [], packs: [pack] }, now) : null,
      ...statements.map((s) => st.delete(s.id)),
      tx.objectStore('packs').delete(packId),
    ]);
    return { pack, statements: statements.length, trashId };
  });
}
