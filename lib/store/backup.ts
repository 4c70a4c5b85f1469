/** Whole-database reads and wipes for backups and "delete all data". */
import type { IDBPDatabase } from 'idb';
import type { ClaimLensDB } from './db';
import { inOneTransaction } from './statements';

/** The stores a backup holds. */
export type BackupStore = 'statements' | 'annotations' | 'packs';

/**
 * One page of a store in key order, for exports too large for one message.
 * @param after the last key of the previous page (exclusive); undefined for the first page
 * @param limit records per page
 * @returns the records and the key to pass as `after` next (undefined on the last page)
 */
export async function dumpPage(
  db: IDBPDatabase<ClaimLensDB>,
  store: BackupStore,
  after: string | undefined,
  limit: number,
): Promise<{ records: unknown[]; next?: string }> {
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  const records = (await db.getAll(store, range, limit)) as Array<{ id: string }>;
  return { records, next: records.length === limit ? records[records.length - 1]!.id : undefined };
}

/** Empties every store in one transaction. */
export function clearAll(db: IDBPDatabase<ClaimLensDB>): Promise<void> {
  return inOneTransaction(db, async (tx) => {
    await Promise.all([tx.objectStore('statements').clear(), tx.objectStore('annotations').clear(), tx.objectStore('packs').clear(), tx.objectStore('trash').clear()]);
  });
}
