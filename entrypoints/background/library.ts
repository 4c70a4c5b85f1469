import { browser } from 'wxt/browser';
import { validateClaimReview } from '../../lib/formats/claimreview-schema';
import { DELETE_ALL_PHRASE, STATEMENTS_REVISION_KEY, type MessageType, type Request, type Response } from '../../lib/messages';
import { SETTINGS_KEYS } from '../../lib/settings';
import { clearAll, dumpPage } from '../../lib/store/backup';
import { LibrarySearch } from '../../lib/store/library-query';
import type { Pack } from '../../lib/store/db';
import { deletePack, listPacks } from '../../lib/store/packs';
import { latestTrash, restoreFromTrash } from '../../lib/store/trash';
import { deleteRecords, restoreRecords, saveStatement, writeImport } from '../../lib/store/statements';
import type { RowIssue } from '../../lib/formats/row-report';
import { validateStatement } from '../../lib/formats/backup-format';
import { parseAnnotation } from '../../lib/store/annotations';
import { notesChanged, onNotesChanged } from './annotations';
import { addChunk, beginImport, cancelImport, commitImport, importStatus } from './import-sessions';
import { db, ensureStarterPack, invalidateIndex, STARTER_PACK_ID, STARTER_REMOVED_KEY } from './statements';

type Handler<K extends MessageType> = (data: Request<K>) => Promise<Response<K>>;

let searchPromise: Promise<LibrarySearch> | undefined;

/** The library search over every statement and note, built once per database state. */
function librarySearch(): Promise<LibrarySearch> {
  searchPromise ??= (async () => {
    const d = await db();
    const [statements, notes] = await Promise.all([d.getAll('statements'), d.getAll('annotations')]);
    return new LibrarySearch(statements, notes);
  })().catch((e: unknown) => {
    searchPromise = undefined;
    throw e;
  });
  return searchPromise;
}

// A note saved, edited or deleted in a page shows in the library on its next query.
onNotesChanged(() => {
  searchPromise = undefined;
});

/**
 * After any write: the match index (in memory and saved: an edit or a merged duplicate keeps the
 * statement count the saved index is keyed on), the notes' index and the library search are rebuilt on next use.
 */
async function changed<T>(value: T): Promise<T> {
  searchPromise = undefined;
  notesChanged();
  // The in-memory index is dropped at once; a failure to clear the saved one is only logged (the
  // write itself succeeded).
  await invalidateIndex().catch((e: unknown) => console.warn('ClaimLens: saved index not cleared:', e));
  await browser.storage.local.set({ [STATEMENTS_REVISION_KEY]: Date.now() }).catch(() => undefined);
  return value;
}

/** Remembers whether the user removed the starter pack, so it is not loaded again. */
async function markStarter(packs: Pack[], isRemoved: boolean): Promise<void> {
  if (packs.some((p) => p.id === STARTER_PACK_ID)) await browser.storage.local.set({ [STARTER_REMOVED_KEY]: isRemoved });
}

/** Handlers for the library page's messages (extension pages only; see lib/messages.ts). */
export const libraryHandlers: { [K in MessageType]?: Handler<K> } = {
  async libraryQuery({ filter, offset, limit }) {
    const t0 = performance.now();
    const search = await librarySearch();
    const { total, rows } = search.query(filter, offset, Math.min(limit, 500));
    const packs = await listPacks(await db());
    return { total, size: search.size, rows, packs, tags: search.tags(), tookMs: performance.now() - t0 };
  },
  async importBegin(req) {
    return { importId: beginImport(req) };
  },
  async importChunk(req) {
    return { received: addChunk(req) };
  },
  async importCommit({ importId }) {
    try {
      const result = await commitImport(importId);
      // A restored backup may bring the starter pack back.
      if (await (await db()).get('packs', STARTER_PACK_ID)) await browser.storage.local.set({ [STARTER_REMOVED_KEY]: false });
      return result;
    } finally {
      await changed(null);
    }
  },
  async importStatus({ importId }) {
    return importStatus(importId);
  },
  async importCancel({ importId }) {
    return { cancelled: cancelImport(importId) };
  },
  async saveStatement({ statement }) {
    const r = validateStatement(statement, 1);
    if (!r.statement) throw new Error(`The statement cannot be saved: ${r.errors.map((e) => `${e.field} ${e.reason}`).join('; ')}.`);
    return changed(await saveStatement(await db(), r.statement));
  },
  async deleteRecords({ statements, notes }) {
    return changed(await deleteRecords(await db(), { statements, notes }));
  },
  async restoreRecords(removed) {
    // Notes are checked as the notes' own undo checks them (a migrated note without a quote included).
    const notes = removed.notes.map((n) => parseAnnotation(n, { storedOrphan: true }));
    await restoreRecords(await db(), { ...removed, notes });
    await markStarter(removed.packs, false);
    return changed({ restored: removed.statements.length + removed.notes.length });
  },
  async deletePack({ packId }) {
    const deleted = await deletePack(await db(), packId);
    await markStarter([deleted.pack], true);
    return changed(deleted);
  },
  async latestTrash() {
    return (await latestTrash(await db())) ?? null;
  },
  async restoreTrash({ trashId }) {
    const removed = await restoreFromTrash(await db(), trashId);
    await markStarter(removed.packs, false);
    return changed({ restored: removed.statements.length + removed.notes.length });
  },
  async dumpStore({ store, after, limit }) {
    if (!['statements', 'annotations', 'packs'].includes(store)) throw new Error(`No store "${store}"`);
    return dumpPage(await db(), store, after, Math.max(1, Math.min(limit, 5000)));
  },
  async deleteAllData({ confirm }) {
    if (confirm.trim().toLowerCase() !== DELETE_ALL_PHRASE) throw new Error(`Type "${DELETE_ALL_PHRASE}" to confirm.`);
    const d = await db();
    const deleted = (await d.count('statements')) + (await d.count('annotations'));
    await clearAll(d);
    await browser.storage.local.remove(SETTINGS_KEYS);
    await browser.storage.local.set({ [STARTER_REMOVED_KEY]: true });
    return changed({ deleted });
  },
  async addStarterPack() {
    await browser.storage.local.set({ [STARTER_REMOVED_KEY]: false });
    await ensureStarterPack();
    const pack = await (await db()).get('packs', STARTER_PACK_ID);
    return changed({ count: pack?.count ?? 0 });
  },
  async captureClaimReviews({ url, reviews }) {
    if (!Array.isArray(reviews) || reviews.length > 200) throw new Error('captureClaimReviews takes 1-200 ClaimReview records');
    const now = Date.now();
    const errors: RowIssue[] = [];
    const statements = reviews.flatMap((rv, i) => {
      const r = validateClaimReview(rv, i + 1, 'captured', now);
      errors.push(...r.errors);
      if (!r.statement) return [];
      // A review without its own link points back at the page it was captured from.
      return [{ ...r.statement, reviewUrl: r.statement.reviewUrl ?? (/^https?:/.test(url) ? url : undefined), id: `captured-${r.statement.id}` }];
    });
    if (!statements.length) throw new Error(`Nothing to save: ${errors.map((e) => `${e.field} ${e.reason}`).join('; ') || 'no ClaimReview on this page'}.`);
    const result = await writeImport(await db(), { mode: 'merge', statements, notes: [] }, { now });
    return changed({ ...result, errors });
  },
};
