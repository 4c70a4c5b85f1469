import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import starterPack from '../../assets/starter-pack.json';
import { claimReviewsIn, statementFromClaimReview } from '../../lib/formats/claimreview';
import { StatementIndex } from '../../lib/match/statement-index';
import { allStatements, openClaimLensDB, replacePack, type ClaimLensDB } from '../../lib/store/db';
import type { Statement } from '../../lib/types';

/** Pack id of the bundled starter pack. */
export const STARTER_PACK_ID = 'starter';
/** Bump when assets/starter-pack.json changes, so updates refresh the stored copy. */
export const STARTER_PACK_VERSION = '2';
/** storage.local flag: the user deleted the starter pack (or all data); do not bring it back. */
export const STARTER_REMOVED_KEY = 'starterPackRemoved';

let dbPromise: Promise<IDBPDatabase<ClaimLensDB>> | undefined;
let indexPromise: Promise<{ index: StatementIndex; byId: Map<string, Statement> }> | undefined;

/** The database, opened lazily (a woken service worker starts with nothing in memory). */
export function db(): Promise<IDBPDatabase<ClaimLensDB>> {
  dbPromise ??= openClaimLensDB().catch((e: unknown) => {
    dbPromise = undefined;
    throw e;
  });
  return dbPromise;
}

/** Loads or refreshes the starter pack when the stored copy is missing or older than this build. */
export async function ensureStarterPack(): Promise<void> {
  const d = await db();
  if ((await browser.storage.local.get(STARTER_REMOVED_KEY))[STARTER_REMOVED_KEY] === true) return;
  const stored = await d.get('packs', STARTER_PACK_ID);
  if (stored?.version === STARTER_PACK_VERSION) return;
  const now = Date.now();
  const statements = claimReviewsIn(starterPack).map((r, i) =>
    statementFromClaimReview(r, i, 'starter', now, STARTER_PACK_ID),
  );
  await replacePack(
    d,
    { id: STARTER_PACK_ID, name: 'ClaimLens starter pack', source: 'bundled', count: 0, importedAt: now, version: STARTER_PACK_VERSION },
    statements,
  );
  indexPromise = undefined;
}

/** The match index over every stored statement, built once per service-worker life. */
export function statementIndex(): Promise<{ index: StatementIndex; byId: Map<string, Statement> }> {
  indexPromise ??= (async () => {
    await ensureStarterPack();
    const statements = await allStatements(await db());
    return { index: new StatementIndex(statements), byId: new Map(statements.map((s) => [s.id, s])) };
  })().catch((e: unknown) => {
    indexPromise = undefined;
    throw e;
  });
  return indexPromise;
}

/** Drops the cached match index; the next match rebuilds it from the database (after imports, edits, deletes). */
export function invalidateStatementIndex(): void {
  indexPromise = undefined;
}
