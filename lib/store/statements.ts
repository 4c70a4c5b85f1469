/**
 * Statement repository: imports written in one transaction with duplicates merged, edits, deletes
 * that hand back what they removed (for undo), and the restore that undoes them.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Statement } from '../types';
import type { AnnotationRecord, ClaimLensDB, Pack } from './db';

type Db = IDBPDatabase<ClaimLensDB>;
type WriteTx = IDBPTransaction<ClaimLensDB, StoreNames<ClaimLensDB>[], 'readwrite'>;

/**
 * The duplicate key: the claim text folded (NFKC, lower case, curly quotes and dashes straightened,
 * whitespace runs collapsed) and the review URL. Two statements with the same key are the same
 * fact-check (issue #5: "same claim and same review URL"). Whole-string regexes rather than
 * lib/text's per-character folding: this runs on every stored statement at each import.
 */
export function duplicateKey(s: Pick<Statement, 'text' | 'reviewUrl'>): string {
  const text = s.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${text}\u0000${s.reviewUrl ?? ''}`;
}

/**
 * Merges an incoming duplicate into the stored statement: the stored id, origin, pack and creation
 * time stay; the reviewer's newer verdict, label, summary and dates are taken unless the stored one
 * is the user's own (`personal`); tags are united.
 */
export function mergeStatement(stored: Statement, incoming: Statement, now: number): Statement {
  const tags = [...new Set([...stored.tags, ...incoming.tags])];
  if (stored.origin === 'personal') return { ...stored, tags, updatedAt: now };
  return {
    ...stored,
    verdict: incoming.verdict,
    verdictLabel: incoming.verdictLabel,
    summary: incoming.summary || stored.summary,
    reviewer: incoming.reviewer || stored.reviewer,
    claimant: incoming.claimant ?? stored.claimant,
    claimDate: incoming.claimDate ?? stored.claimDate,
    reviewDate: incoming.reviewDate ?? stored.reviewDate,
    tags,
    updatedAt: now,
  };
}

/** What to write in one import. */
export interface ImportWrite {
  /** `merge`: duplicates merged, ids made unique (file imports). `restore`: records put as they are (backups, undo). */
  mode: 'merge' | 'restore';
  statements: Statement[];
  notes: AnnotationRecord[];
  /** The pack new statements join (merge mode); written when at least one statement joins it. */
  pack?: Pack;
  /** Packs to put as they are (restore mode). */
  packs?: Pack[];
}

/** What an import wrote. */
export interface ImportResult {
  added: number;
  merged: number;
  notes: number;
  packId?: string;
}

/** Options of {@link writeImport}. */
export interface WriteOptions {
  now: number;
  /** Aborting rolls the transaction back: nothing is written. */
  signal?: AbortSignal;
  /** Called as requests complete (written, total). */
  onProgress?: (written: number, total: number) => void;
}

/**
 * Runs `fill` in one readwrite transaction over every store and waits for it; on any error or
 * abort the transaction is rolled back (all or nothing).
 * @throws the first request error, or DOMException `AbortError` when `signal` aborted
 */
export async function inOneTransaction<T>(db: Db, fill: (tx: WriteTx) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const tx = db.transaction(['statements', 'annotations', 'packs', 'trash'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // already finished
    }
  };
  signal?.addEventListener('abort', abort);
  try {
    if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    const out = await fill(tx);
    await done;
    return out;
  } catch (e) {
    abort();
    if (signal?.aborted) throw new DOMException('The import was cancelled; nothing was written.', 'AbortError');
    throw e;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** Puts many records, counting completions; request failures surface through the transaction. */
function tracker(total: number, onProgress?: (n: number, t: number) => void) {
  let written = 0;
  return <T>(p: Promise<T>) => {
    p.then(
      () => {
        written++;
        if (onProgress && (written % 250 === 0 || written === total)) onProgress(written, total);
      },
      () => undefined,
    );
    return p;
  };
}

/**
 * Writes an import in one transaction: all of it, or nothing.
 * In merge mode a statement whose {@link duplicateKey} is already stored (or earlier in the same
 * import) is merged into it ({@link mergeStatement}); a new statement whose id is taken by a
 * different statement gets a suffixed id. Notes are put by id.
 * @returns counts of added and merged statements and of notes
 * @throws DOMException from IndexedDB (QuotaExceededError, ...) or `AbortError`; nothing is written then
 */
export function writeImport(db: Db, w: ImportWrite, opts: WriteOptions): Promise<ImportResult> {
  return inOneTransaction(
    db,
    async (tx) => {
      const store = tx.objectStore('statements');
      const total = w.statements.length + w.notes.length + (w.packs?.length ?? 0) + 1;
      const track = tracker(total, opts.onProgress);
      const puts: Promise<unknown>[] = [];
      let added = 0;
      let merged = 0;
      if (w.mode === 'restore') {
        for (const s of w.statements) puts.push(track(store.put(s)));
        added = w.statements.length;
      } else {
        const existing = await store.getAll();
        const byKey = new Map(existing.map((s) => [duplicateKey(s), s]));
        const ids = new Set(existing.map((s) => s.id));
        for (const s of w.statements) {
          const key = duplicateKey(s);
          const prev = byKey.get(key);
          let next: Statement;
          if (prev) {
            next = mergeStatement(prev, s, opts.now);
            merged++;
          } else {
            next = { ...s, packId: w.pack?.id ?? s.packId };
            for (let n = 2; ids.has(next.id); n++) next = { ...next, id: `${s.id}~${n}` };
            ids.add(next.id);
            added++;
          }
          byKey.set(key, next);
          puts.push(track(store.put(next)));
        }
      }
      const notes = tx.objectStore('annotations');
      for (const n of w.notes) puts.push(track(notes.put(n)));
      const packs = tx.objectStore('packs');
      for (const p of w.packs ?? []) puts.push(track(packs.put(p)));
      if (w.pack && added > 0) puts.push(track(packs.put({ ...w.pack, count: added })));
      await Promise.all(puts);
      opts.onProgress?.(total, total);
      return { added, merged, notes: w.notes.length, packId: w.pack && added > 0 ? w.pack.id : undefined };
    },
    opts.signal,
  );
}

/** Sets each touched pack's `count` to its number of stored statements (inside `tx`). */
async function recount(tx: WriteTx, packIds: Iterable<string>): Promise<void> {
  const packs = tx.objectStore('packs');
  const index = tx.objectStore('statements').index('packId');
  for (const id of new Set(packIds)) {
    const pack = await packs.get(id);
    if (pack) await packs.put({ ...pack, count: await index.count(id) });
  }
}

/**
 * Saves an edited statement (replacing the stored one with the same id).
 * @returns the saved statement
 */
export async function saveStatement(db: Db, s: Statement): Promise<Statement> {
  await db.put('statements', s);
  return s;
}

/** Records removed by a delete, enough to undo it with {@link restoreRecords}. */
export interface Removed {
  statements: Statement[];
  notes: AnnotationRecord[];
  packs: Pack[];
}

/**
 * Deletes statements and notes by id in one transaction; pack counts follow.
 * @returns the removed records (ids not found are skipped)
 */
export function deleteRecords(db: Db, ids: { statements: string[]; notes: string[] }): Promise<Removed> {
  return inOneTransaction(db, async (tx) => {
    const st = tx.objectStore('statements');
    const an = tx.objectStore('annotations');
    const statements = (await Promise.all(ids.statements.map((id) => st.get(id)))).filter((s): s is Statement => !!s);
    const notes = (await Promise.all(ids.notes.map((id) => an.get(id)))).filter((n): n is AnnotationRecord => !!n);
    await Promise.all([...statements.map((s) => st.delete(s.id)), ...notes.map((n) => an.delete(n.id))]);
    await recount(tx, statements.flatMap((s) => (s.packId ? [s.packId] : [])));
    return { statements, notes, packs: [] };
  });
}

/** Puts removed records back as they were (undo), in one transaction; pack counts follow. */
export function restoreRecords(db: Db, removed: Removed): Promise<void> {
  return inOneTransaction(db, (tx) => putRemoved(tx, removed));
}

/** {@link restoreRecords} inside the caller's transaction. */
export async function putRemoved(tx: WriteTx, removed: Removed): Promise<void> {
  await Promise.all([
    ...removed.packs.map((p) => tx.objectStore('packs').put(p)),
    ...removed.statements.map((s) => tx.objectStore('statements').put(s)),
    ...removed.notes.map((n) => tx.objectStore('annotations').put(n)),
  ]);
  await recount(tx, [...removed.packs.map((p) => p.id), ...removed.statements.flatMap((s) => (s.packId ? [s.packId] : []))]);
}
