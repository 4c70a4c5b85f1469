import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SerializedIndex } from './statement-index';

/** The saved index and what it was built from. */
export interface SavedIndex {
  key: 'current';
  /** {@link indexSignature} of the statements it was built from. */
  signature: string;
  savedAt: number;
  data: SerializedIndex;
}

interface IndexDB extends DBSchema {
  index: { key: string; value: SavedIndex };
}

/** A database of its own, so the statement schema (lib/store/db.ts) needs no migration for it. */
export const INDEX_DB_NAME = 'claimlens-index';

/**
 * Opens the index cache database.
 * @param name database name; tests pass their own
 * @throws DOMException when IndexedDB is unavailable
 */
export function openIndexDB(name = INDEX_DB_NAME): Promise<IDBPDatabase<IndexDB>> {
  return openDB<IndexDB>(name, 1, {
    upgrade(db) {
      db.createObjectStore('index', { keyPath: 'key' });
    },
  });
}

/**
 * What identifies a statement collection cheaply (without reading it): the statement count and
 * each pack's id, count, import time and version, plus the index format.
 * @param count number of stored statements
 * @param packs the stored packs
 */
export function indexSignature(count: number, packs: Array<{ id: string; count: number; importedAt: number; version?: string }>, format: string): string {
  const p = [...packs].sort((a, b) => a.id.localeCompare(b.id)).map((x) => `${x.id}:${x.count}:${x.importedAt}:${x.version ?? ''}`);
  return `${format}|${count}|${p.join(',')}`;
}

/** The saved index when its signature is `signature`, else undefined. */
export async function loadSavedIndex(db: IDBPDatabase<IndexDB>, signature: string): Promise<SerializedIndex | undefined> {
  const saved = await db.get('index', 'current');
  return saved?.signature === signature ? saved.data : undefined;
}

/**
 * Saves an index for the next service-worker start.
 * @throws DOMException (QuotaExceededError, ...) when the write fails; the old record stays then
 */
export async function saveIndex(db: IDBPDatabase<IndexDB>, signature: string, data: SerializedIndex): Promise<void> {
  await db.put('index', { key: 'current', signature, savedAt: Date.now(), data });
}

/** Forgets the saved index (after a change of statements that the signature cannot see, such as an edit). */
export async function clearSavedIndex(db: IDBPDatabase<IndexDB>): Promise<void> {
  await db.delete('index', 'current');
}
