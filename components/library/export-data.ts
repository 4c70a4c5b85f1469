import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../lib/formats/backup-format';
import { statementsToClaimReviewDoc } from '../../lib/formats/claimreview-export';
import { statementsToCsv } from '../../lib/formats/csv';
import { notesToAnnotationCollection } from '../../lib/formats/web-annotation';
import type { BackupStore } from '../../lib/store/backup';
import type { AnnotationRecord, Pack } from '../../lib/store/db';
import type { Statement } from '../../lib/types';
import type { LibraryApi } from './api';

/** Records per dumpStore message. */
const PAGE = 5000;

/**
 * Reads a store page by page, in key order, handing each page to `onPage` (then dropped).
 * @throws DOMException `AbortError` between pages once `signal` aborts; errors of the background
 */
export async function forEachPage<T>(api: LibraryApi, store: BackupStore, onPage: (records: T[]) => void, signal?: AbortSignal): Promise<void> {
  let after: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await api.send('dumpStore', { store, after, limit: PAGE });
    onPage(page.records as T[]);
    after = page.next;
  } while (after !== undefined);
}

/** Every record of a store, read page by page. */
export async function readAll<T>(api: LibraryApi, store: BackupStore, onCount?: (n: number) => void): Promise<T[]> {
  const out: T[] = [];
  await forEachPage<T>(api, store, (records) => {
    out.push(...records);
    onCount?.(out.length);
  });
  return out;
}

/** The export kinds: file name, MIME type and how to build the text. */
export const EXPORTS = {
  backup: { label: 'Full backup (JSON)', hint: 'Statements, notes, packs and settings; imports back exactly.', ext: 'claimlens-backup.json', mime: 'application/json' },
  claimreview: { label: 'Statements as ClaimReview (JSON-LD)', hint: 'schema.org ClaimReview, the format fact-checkers publish.', ext: 'claimreview.jsonld', mime: 'application/ld+json' },
  annotations: { label: 'Notes as W3C Web Annotations (JSON-LD)', hint: 'An AnnotationCollection of your notes.', ext: 'notes.jsonld', mime: 'application/ld+json' },
  csv: { label: 'Statements as CSV', hint: 'One row per statement; opens in a spreadsheet.', ext: 'statements.csv', mime: 'text/csv' },
} as const;
export type ExportKind = keyof typeof EXPORTS;

/**
 * Builds an export's text.
 * @param onCount records read so far, for progress
 */
export async function buildExport(api: LibraryApi, kind: ExportKind, onCount?: (n: number) => void): Promise<string> {
  if (kind === 'annotations') return JSON.stringify(notesToAnnotationCollection(await readAll<AnnotationRecord>(api, 'annotations', onCount)), null, 2);
  const statements = await readAll<Statement>(api, 'statements', onCount);
  if (kind === 'claimreview') return JSON.stringify(statementsToClaimReviewDoc(statements), null, 2);
  if (kind === 'csv') return statementsToCsv(statements);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    statements,
    notes: await readAll<AnnotationRecord>(api, 'annotations'),
    packs: await readAll<Pack>(api, 'packs'),
    settings: await api.getSettings(),
  };
  return JSON.stringify(backup);
}
