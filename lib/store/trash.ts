/** Trash: what a pack delete removed, kept in the database for its Undo (see TrashEntry). */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ClaimLensDB } from './db';
import { inOneTransaction, putRemoved, type Removed } from './statements';

/**
 * How long a pack delete can be undone, ms. The library's Undo notice is gone long before; the
 * margin covers a page that was busy or in the background.
 */
export const TRASH_MS = 10 * 60_000;

type Tx = IDBPTransaction<ClaimLensDB, StoreNames<ClaimLensDB>[], 'readwrite'>;

/** Key suffix of an entry's small companion that says what it holds. */
const ABOUT = ':about';

/** A trash key: the removal time as 13 digits (epoch ms until the year 2286), then a random part. */
function trashKey(removedAt: number): string {
  return `${String(Math.floor(removedAt)).padStart(13, '0')}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Puts removed records in the trash, in the caller's transaction (with the delete: all or nothing),
 * and empties entries older than {@link TRASH_MS}.
 * @param now epoch ms
 * @returns the entry's id, for {@link restoreFromTrash}
 */
export async function putInTrash(tx: Tx, removed: Removed, now: number): Promise<string> {
  const store = tx.objectStore('trash');
  await store.delete(IDBKeyRange.upperBound(trashKey(now - TRASH_MS).slice(0, 13), true));
  const id = trashKey(now);
  await Promise.all([
    store.put({ id, removedAt: now, removed }),
    store.put({ id: `${id}${ABOUT}`, removedAt: now, about: { pack: removed.packs[0]?.name ?? '', statements: removed.statements.length } }),
  ]);
  return id;
}

/** What the newest trash entry holds, for an Undo offered after its notice has gone. */
export interface TrashOffer {
  trashId: string;
  /** The deleted pack's name. */
  pack: string;
  statements: number;
  /** Epoch ms. */
  removedAt: number;
}

/**
 * The newest pack delete that can still be undone (within {@link TRASH_MS}), read from its small
 * `:about` entry only.
 * @param now epoch ms
 * @returns undefined when there is none
 */
export async function latestTrash(db: IDBPDatabase<ClaimLensDB>, now = Date.now()): Promise<TrashOffer | undefined> {
  const keys = await db.getAllKeys('trash', IDBKeyRange.lowerBound(trashKey(now - TRASH_MS).slice(0, 13)));
  const newest = keys.filter((k) => k.endsWith(ABOUT)).pop();
  const entry = newest === undefined ? undefined : await db.get('trash', newest);
  if (!entry?.about) return undefined;
  return { trashId: entry.id.slice(0, -ABOUT.length), pack: entry.about.pack, statements: entry.about.statements, removedAt: entry.removedAt };
}

/**
 * Puts what a trash entry holds back as it was and empties the entry, in one transaction.
 * @returns the restored records
 * @throws Error when the entry is gone (undone already, emptied after {@link TRASH_MS}, or all data deleted)
 */
export function restoreFromTrash(db: IDBPDatabase<ClaimLensDB>, trashId: string): Promise<Removed> {
  return inOneTransaction(db, async (tx) => {
    const entry = await tx.objectStore('trash').get(String(trashId));
    if (!entry?.removed) throw new Error('Nothing to undo: the deleted records are no longer kept (undo within 10 minutes).');
    await Promise.all([putRemoved(tx, entry.removed), tx.objectStore('trash').delete(entry.id), tx.objectStore('trash').delete(`${entry.id}${ABOUT}`)]);
    return entry.removed;
  });
}

/**
 * Empties trash entries older than {@link TRASH_MS} (a delete whose Undo was never used).
 * @param now epoch ms
 */
export async function emptyOldTrash(db: IDBPDatabase<ClaimLensDB>, now = Date.now()): Promise<void> {
  await db.delete('trash', IDBKeyRange.upperBound(trashKey(now - TRASH_MS).slice(0, 13), true));
}
