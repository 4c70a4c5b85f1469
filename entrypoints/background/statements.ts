import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import starterPack from '../../assets/starter-pack.json';
import { claimReviewsIn, statementFromClaimReview } from '../../lib/formats/claimreview';
import { clearSavedIndex, indexSignature, loadSavedIndex, openIndexDB, saveIndex } from '../../lib/match/index-store';
import { INDEX_FORMAT, StatementIndex, type IndexedStatement } from '../../lib/match/statement-index';
import { openClaimLensDB, replacePack, statementsById, statementsSnapshot, type ClaimLensDB } from '../../lib/store/db';
import type { Statement } from '../../lib/types';

/** Pack id of the bundled starter pack. */
export const STARTER_PACK_ID = 'starter';
/** Bump when assets/starter-pack.json changes, so updates refresh the stored copy. */
export const STARTER_PACK_VERSION = '3';
/** storage.local flag: the user deleted the starter pack (or all data); do not bring it back. */
export const STARTER_REMOVED_KEY = 'starterPackRemoved';

let dbPromise: Promise<IDBPDatabase<ClaimLensDB>> | undefined;
/** The match index and a look-up of the statements it returns. */
export interface MatchIndex {
  index: StatementIndex;
  /** Statements by id, in the order asked; missing ids are left out. */
  statements(ids: string[]): Promise<Statement[]>;
}

let indexPromise: Promise<MatchIndex> | undefined;
/** Bumped by {@link invalidateIndex}: an index built from before it is not saved. */
let indexGeneration = 0;

/** The database, opened lazily (a woken service worker starts with nothing in memory). */
export function db(): Promise<IDBPDatabase<ClaimLensDB>> {
  dbPromise ??= openClaimLensDB().catch((e: unknown) => {
    dbPromise = undefined;
    throw e;
  });
  return dbPromise;
}

/**
 * Loads or refreshes the starter pack when the stored copy is missing or older than this build.
 * A refresh keeps the statements the user edited since the stored copy was loaded (their
 * `updatedAt` is later than the pack's `importedAt`) instead of the bundled ones.
 */
export async function ensureStarterPack(): Promise<void> {
  const d = await db();
  if ((await browser.storage.local.get(STARTER_REMOVED_KEY))[STARTER_REMOVED_KEY] === true) return;
  const stored = await d.get('packs', STARTER_PACK_ID);
  if (stored?.version === STARTER_PACK_VERSION) return;
  const now = Date.now();
  const edited = new Map(
    stored
      ? (await d.getAllFromIndex('statements', 'packId', STARTER_PACK_ID)).filter((s) => s.updatedAt > stored.importedAt).map((s) => [s.id, s])
      : [],
  );
  const statements = claimReviewsIn(starterPack).map((r, i) => {
    const bundled = statementFromClaimReview(r, i, 'starter', now, STARTER_PACK_ID);
    return edited.get(bundled.id) ?? bundled;
  });
  await replacePack(
    d,
    { id: STARTER_PACK_ID, name: 'ClaimLens starter pack', source: 'bundled', count: 0, importedAt: now, version: STARTER_PACK_VERSION },
    statements,
  );
  indexPromise = undefined;
}

/** What the matcher indexes of a stored statement: its text, when the claim was made and by whom. */
export function indexed(s: Statement): IndexedStatement {
  return { id: s.id, text: s.text, date: s.claimDate, claimant: s.claimant };
}

/**
 * The match index over every stored statement. A woken service worker loads the index saved in
 * IndexedDB when the statements have not changed (same count and packs), else rebuilds and saves it.
 */
export function statementIndex(): Promise<MatchIndex> {
  indexPromise ??= (async () => {
    const generation = indexGeneration;
    await ensureStarterPack();
    const d = await db();
    const signature = indexSignature(await d.count('statements'), await d.getAll('packs'), INDEX_FORMAT);
    const lookup = (ids: string[]) => statementsById(d, ids);
    const cache = await openIndexDB().catch(() => undefined);
    const saved = cache && (await loadSavedIndex(cache, signature).catch(() => undefined));
    if (saved) {
      try {
        return { index: StatementIndex.load(saved), statements: lookup };
      } catch (e) {
        console.warn('ClaimLens: saved index unreadable, rebuilding:', e instanceof Error ? e.message : e);
      }
    }
    // Built and saved under one consistent read: a write between the signature above and the build
    // must not save an index under counts it does not hold.
    const snapshot = await statementsSnapshot(d);
    const index = new StatementIndex(snapshot.statements.map(indexed));
    // Saved while the waiting pages get their answers (a large index takes a while to write). Not
    // saved when the statements changed while it was built; dropped again when they changed while
    // it was written (an edit keeps the count and packs: the signature alone would not tell).
    if (cache && generation === indexGeneration) {
      const builtFrom = indexSignature(snapshot.statements.length, snapshot.packs, INDEX_FORMAT);
      void saveIndex(cache, builtFrom, index.serialise())
        .then(() => (generation === indexGeneration ? undefined : clearSavedIndex(cache)))
        // A failed save only costs the next start a rebuild.
        .catch((e: unknown) => console.warn('ClaimLens: index not saved:', e));
    }
    return { index, statements: lookup };
  })().catch((e: unknown) => {
    indexPromise = undefined;
    throw e;
  });
  return indexPromise;
}

/**
 * Drops the in-memory and saved index: call after changing statements in a way that keeps their
 * count and packs (an edited personal note), so the next match rebuilds it.
 */
export async function invalidateIndex(): Promise<void> {
  indexPromise = undefined;
  indexGeneration++;
  const cache = await openIndexDB();
  await clearSavedIndex(cache);
}
