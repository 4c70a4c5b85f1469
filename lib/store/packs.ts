/** Pack repository: list and delete whole imported collections. */
import type { IDBPDatabase } from 'idb';
import type { ClaimLensDB, Pack } from './db';
import { inOneTransaction, type Removed } from './statements';

/** Every pack, newest import first. */
export async function listPacks(db: IDBPDatabase<ClaimLensDB>): Promise<Pack[]> {
  return (await db.getAll('packs')).sort((a, b) => b.importedAt - a.importedAt);
}

/**
 * Deletes a pack and all its statements in one transaction.
 * @returns what was removed (for undo with `restoreRecords`)
 * @throws Error when no pack has this id
 */
export function deletePack(db: IDBPDatabase<ClaimLensDB>, packId: string): Promise<Removed> {
  return inOneTransaction(db, async (tx) => {
    const pack = await tx.objectStore('packs').get(packId);
    if (!pack) throw new Error(`There is no pack "${packId}" (it may have been deleted already).`);
    const st = tx.objectStore('statements');
    const statements = await st.index('packId').getAll(packId);
    await Promise.all([...statements.map((s) => st.delete(s.id)), tx.objectStore('packs').delete(packId)]);
    return { statements, notes: [], packs: [pack] };
  });
}
