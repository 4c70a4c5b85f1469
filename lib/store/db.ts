import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Statement } from '../types';

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

/**
 * A personal note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), stored with
 * ClaimLens's own fields flattened for indexing.
 */
export interface AnnotationRecord {
  id: string;
  /** Canonical page URL the note targets. */
  url: string;
  target: { source: string; selector: unknown[] };
  body: { note: string; verdict?: string; tags: string[]; links: string[] };
  created: number;
  modified: number;
}

/** The IndexedDB schema (idb `DBSchema`). Bump {@link DB_VERSION} and add a migration step to change it. */
export interface ClaimLensDB extends DBSchema {
  statements: { key: string; value: Statement; indexes: { origin: string; packId: string } };
  annotations: { key: string; value: AnnotationRecord; indexes: { url: string } };
  packs: { key: string; value: Pack };
}

export const DB_NAME = 'claimlens';
export const DB_VERSION = 1;

/**
 * Opens (and creates or upgrades) the ClaimLens database.
 * @param name database name; tests pass their own
 * @throws DOMException when IndexedDB is unavailable (private mode, disk full on upgrade)
 */
export function openClaimLensDB(name = DB_NAME): Promise<IDBPDatabase<ClaimLensDB>> {
  return openDB<ClaimLensDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const statements = db.createObjectStore('statements', { keyPath: 'id' });
        statements.createIndex('origin', 'origin');
        statements.createIndex('packId', 'packId');
        const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('url', 'url');
        db.createObjectStore('packs', { keyPath: 'id' });
      }
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

/** All statements, for building the match index. */
export function allStatements(db: IDBPDatabase<ClaimLensDB>): Promise<Statement[]> {
  return db.getAll('statements');
}

/** Statements by id, in the order asked; missing ids are left out. */
export async function statementsById(db: IDBPDatabase<ClaimLensDB>, ids: string[]): Promise<Statement[]> {
  const tx = db.transaction('statements');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((s): s is Statement => s !== undefined);
}
