import type { IDBPDatabase } from 'idb';
import { ANNOTATION_CONTEXT, cleanBody, cleanSelectors, isWebUrl, type AnnotationRecord } from './annotation-model';
import type { ClaimLensDB } from './db';

export type { AnnotationBody, AnnotationRecord } from './annotation-model';

/** A note as the annotate form sends it; validated by {@link createAnnotation}. */
export interface NewAnnotation {
  /** Canonical page URL (lib/anchor/target-url). */
  url: string;
  /** `[TextQuoteSelector, TextPositionSelector]` from lib/anchor/describe. */
  selectors: unknown;
  body: unknown;
}

/**
 * Stores a new note. Each note is its own record under a fresh id, written in its own transaction:
 * two tabs saving at the same moment both land.
 * @param now creation time; `id` a fresh UUID unless a test passes one
 * @returns the stored record
 * @throws Error for an unusable URL, quote or body (see cleanBody, cleanSelectors); DOMException when
 *   the write fails (quota), in which case nothing is stored
 */
export async function createAnnotation(
  db: IDBPDatabase<ClaimLensDB>,
  input: NewAnnotation,
  now = new Date(),
  id: string = crypto.randomUUID(),
): Promise<AnnotationRecord> {
  if (typeof input?.url !== 'string' || !isWebUrl(input.url)) throw new Error('Notes can only be attached to web pages (http or https).');
  const at = now.toISOString();
  const record: AnnotationRecord = {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id,
    url: input.url,
    target: { source: input.url, selector: cleanSelectors(input.selectors) },
    body: cleanBody(input.body),
    created: at,
    modified: at,
  };
  await db.add('annotations', record);
  return record;
}

/**
 * Changes a note's body and/or its target selectors, in one read-write transaction.
 * @param expectedModified the `modified` value the editor started from; when given and the stored
 *   note has changed since (another tab saved), nothing is written
 * @returns the updated record
 * @throws Error when the note does not exist any more, or changed since `expectedModified`
 */
export async function updateAnnotation(
  db: IDBPDatabase<ClaimLensDB>,
  id: string,
  patch: { body?: unknown; selectors?: unknown },
  expectedModified?: string,
  now = new Date(),
): Promise<AnnotationRecord> {
  const body = patch.body === undefined ? undefined : cleanBody(patch.body);
  const selector = patch.selectors === undefined ? undefined : cleanSelectors(patch.selectors);
  const tx = db.transaction('annotations', 'readwrite');
  const old = await tx.store.get(id);
  const refuse = (message: string) => {
    tx.done.catch(() => undefined); // the abort below rejects it on purpose
    tx.abort();
    return new Error(message);
  };
  if (!old) throw refuse('This note was deleted (perhaps in another tab).');
  if (expectedModified !== undefined && old.modified !== expectedModified) {
    throw refuse('This note was changed in another tab. Close the form, open the note again and redo your edit.');
  }
  const next: AnnotationRecord = {
    ...old,
    body: body ?? old.body,
    target: selector ? { source: old.url, selector } : old.target,
    modified: now.toISOString(),
  };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * Deletes a note.
 * @returns the deleted record (keep it to undo with {@link restoreAnnotation}), or undefined when there was none
 */
export async function deleteAnnotation(db: IDBPDatabase<ClaimLensDB>, id: string): Promise<AnnotationRecord | undefined> {
  const tx = db.transaction('annotations', 'readwrite');
  const old = await tx.store.get(id);
  if (old) await tx.store.delete(id);
  await tx.done;
  return old;
}

/**
 * Puts a deleted note back exactly as it was (undo), after checking its shape.
 * @throws Error when `raw` is not a note record
 */
export async function restoreAnnotation(db: IDBPDatabase<ClaimLensDB>, raw: unknown): Promise<AnnotationRecord> {
  const record = parseAnnotation(raw);
  await db.put('annotations', record);
  return record;
}

/**
 * Checks that a value is a stored note (schema version 2) and returns a clean copy.
 * @param opts passed to cleanSelectors (`storedOrphan`: backups and the library's undo keep migrated
 *   notes without a quote)
 * @throws Error naming the first problem
 */
export function parseAnnotation(raw: unknown, opts: { storedOrphan?: boolean } = {}): AnnotationRecord {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id) throw new Error('A note needs an id.');
  const target = (r.target ?? {}) as Record<string, unknown>;
  const url = typeof r.url === 'string' ? r.url : String(target.source ?? '');
  if (!isWebUrl(url)) throw new Error(`Note ${r.id} targets "${url}", which is not a web page.`);
  const created = isoOr(r.created, new Date(0).toISOString());
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: r.id,
    url,
    target: { source: url, selector: cleanSelectors(target.selector, opts) },
    body: cleanBody(r.body),
    created,
    modified: isoOr(r.modified, created),
  };
}

function isoOr(v: unknown, fallback: string): string {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : fallback;
}

/** The notes of one page (canonical URL), oldest first. */
export async function annotationsForUrl(db: IDBPDatabase<ClaimLensDB>, url: string): Promise<AnnotationRecord[]> {
  const list = await db.getAllFromIndex('annotations', 'url', url);
  return list.sort((a, b) => a.created.localeCompare(b.created));
}

/** Every note, for the statement index of personal notes. */
export function allAnnotations(db: IDBPDatabase<ClaimLensDB>): Promise<AnnotationRecord[]> {
  return db.getAll('annotations');
}

/** One note by id. */
export function getAnnotation(db: IDBPDatabase<ClaimLensDB>, id: string): Promise<AnnotationRecord | undefined> {
  return db.get('annotations', id);
}
