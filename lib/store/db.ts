import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Statement } from '../types';
import type { AnnotationRecord } from './annotation-model';
import type { Removed } from './statements';
import { migrate, SCHEMA_VERSION } from './migrations';

export type { AnnotationRecord } from './annotation-model';

/** An imported collection, removable as a whole. */
export interface Pack {
  id: string;
  name: string;
  /** Where it came from: a file name, "starter", a URL. */
  source: string;
  count: number;
  /** Epoch ms. */
  importedAt: number;
  /** Version string of a bundled pack, to refresh it on update. */
  version?: string;
}

/** The IndexedDB schema (idb `DBSchema`). To change it, add a step to MIGRATIONS in migrations.ts. */
export interface ClaimLensDB extends DBSchema {
  statements: { key: string; value: Statement; indexes: { origin: string; packId: string } };
  annotations: { key: string; value: AnnotationRecord; indexes: { url: string } };
  packs: { key: string; value: Pack };
  trash: { key: string; value: TrashEntry };
}

/**
 * Records a pack delete removed, kept in the database for its Undo, so the page is not sent (and
 * does not hold) tens of thousands of records. Each delete leaves two entries: `id` with the
 * records, and `id + ":about"` with what they were (read without loading the records). Keys start
 * with `removedAt` as 13 digits, so old entries are one key range (see lib/store/trash.ts).
 */
export interface TrashEntry {
  id: string;
  /** Epoch ms. */
  removedAt: number;
  /** The records (in the `id` entry). */
  removed?: Removed;
  /** The pack's name and statement count (in the `id:about` entry). */
  about?: { pack: string; statements: number };
}

export const DB_NAME = 'claimlens';
/** Current schema version: the last step of migrations.ts. */
export const DB_VERSION = SCHEMA_VERSION;

/**
 * Opens (and creates or upgrades) the ClaimLens database, running the steps of migrations.ts.
 * @param name database name; tests pass their own
 * @throws DOMException when IndexedDB is unavailable (private mode, disk full on upgrade)
 */
export function openClaimLensDB(name = DB_NAME): Promise<IDBPDatabase<ClaimLensDB>> {
  return openDB<ClaimLensDB>(name, DB_VERSION, {
    // The steps after the stored version (0 for a new database) run in one transaction: a failing
    // step aborts it, the stored data stays as it was and openDB rejects.
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx).catch((e: unknown) => {
        console.error('ClaimLens: database upgrade failed', e);
        try {
          tx.abort();
        } catch {
          // already aborted
        }
      });
    },
  });
}

/**
 * Replaces a pack and its statements in one transaction (all or nothing).
 * @throws DOMException (DataError, QuotaExceededError, ...) when a write fails; nothing is written then
 * @param pack the pack record; its `count` is set from `statements`
 * @param statements statements whose `packId` is the pack's id
 */
export async function replacePack(
  db: IDBPDatabase<ClaimLensDB>,
  pack: Pack,
  statements: Statement[],
): Promise<void> {
  const tx = db.transaction(['statements', 'packs'], 'readwrite');
  // Rejections of requests after the first failure are expected (the abort cancels them).
  const quiet = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
  quiet(tx.done);
  try {
    const store = tx.objectStore('statements');
    const old = await store.index('packId').getAllKeys(pack.id);
    await Promise.all([
      ...old.map((k) => quiet(store.delete(k))),
      ...statements.map((s) => quiet(store.put({ ...s, packId: pack.id }))),
      quiet(tx.objectStore('packs').put({ ...pack, count: statements.length })),
    ]);
    await tx.done;
  } catch (e) {
    // A failed put does not abort the transaction by itself: abort so nothing is half-written.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw e;
  }
}

/**
 * Every statement and pack, read in one transaction: a consistent state even while another
 * transaction writes (the match index is built from it and saved under its count and packs).
 */
export async function statementsSnapshot(db: IDBPDatabase<ClaimLensDB>): Promise<{ statements: Statement[]; packs: Pack[] }> {
  const tx = db.transaction(['statements', 'packs']);
  const [statements, packs] = await Promise.all([tx.objectStore('statements').getAll(), tx.objectStore('packs').getAll(), tx.done]);
  return { statements, packs };
}

/** Statements by id, in the order asked; missing ids are left out. */
export async function statementsById(db: IDBPDatabase<ClaimLensDB>, ids: string[]): Promise<Statement[]> {
  const tx = db.transaction('statements');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((s): s is Statement => s !== undefined);
}
