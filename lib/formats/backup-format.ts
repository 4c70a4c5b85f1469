/**
 * ClaimLens's own JSON backup: every statement, note and pack exactly as stored, and the settings.
 * Re-importing it restores the records verbatim (same ids and timestamps), so a round trip is lossless.
 */
import * as v from 'valibot';
import { parseAnnotation } from '../store/annotations';
import type { AnnotationRecord, Pack } from '../store/db';
import { annotationFromV1 } from '../store/migrations';
import { readSettings, type Settings } from '../settings';
import { VERDICTS, type Statement } from '../types';
import { safeUrl } from './claimreview';
import { rowIssues, type RowIssue } from './row-report';

export const BACKUP_FORMAT = 'claimlens-backup';
/** 2: notes are schema-2 records (W3C Web Annotations, lib/store/annotation-model.ts). 1: schema-1 notes. */
export const BACKUP_VERSION = 2;

/** The backup file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 time of export. */
  exportedAt: string;
  statements: Statement[];
  notes: AnnotationRecord[];
  packs: Pack[];
  settings: Settings;
}

/** Non-empty text, kept as it is (a backup restores records verbatim). */
const Text = v.pipe(v.string('must be text'), v.check((s) => s.trim() !== '', 'is empty'));
const OptText = v.optional(v.string('must be text'));
const Time = v.pipe(v.number('must be a time (epoch ms)'), v.finite('must be a time (epoch ms)'));
const HttpUrl = v.optional(v.pipe(v.string('must be a URL'), v.check((u) => safeUrl(u) === u, 'is not an http(s) link')));

/** A stored statement (lib/types.ts `Statement`); unknown extra fields pass through. */
export const StatementSchema = v.looseObject(
  {
    id: Text,
    text: Text,
    claimant: OptText,
    claimDate: OptText,
    verdict: v.picklist(VERDICTS, `must be one of ${VERDICTS.join(', ')}`),
    verdictLabel: v.string('must be text'),
    summary: v.string('must be text'),
    reviewer: v.string('must be text'),
    reviewUrl: HttpUrl,
    reviewDate: OptText,
    origin: v.picklist(['starter', 'import', 'personal', 'captured'], 'must be starter, import, personal or captured'),
    packId: OptText,
    tags: v.array(v.string('must be text'), 'must be a list of text'),
    language: v.string('must be text'),
    createdAt: Time,
    updatedAt: Time,
  },
  'must be an object',
);

const PackSchema = v.looseObject(
  { id: Text, name: v.string('must be text'), source: v.string('must be text'), count: v.number('must be a number'), importedAt: Time, version: OptText },
  'must be an object',
);

/** True for a ClaimLens backup document. */
export function isBackup(doc: unknown): boolean {
  return !!doc && typeof doc === 'object' && (doc as { format?: unknown }).format === BACKUP_FORMAT;
}

/** Validates one statement record (backups; messages from the library page). */
export function validateStatement(x: unknown, row: number): { statement?: Statement; errors: RowIssue[] } {
  const r = v.safeParse(StatementSchema, x);
  return r.success ? { statement: r.output as Statement, errors: [] } : { errors: rowIssues(r.issues, row) };
}

/**
 * Validates one stored note (lib/store/annotations.ts `parseAnnotation`, which also keeps a migrated
 * note without a quote). A schema-1 note (epoch-ms `created`, as in a version-1 backup) is first
 * converted as the database migration converts it.
 * @returns the note as it will be stored, or one issue naming the problem
 */
export function validateNote(x: unknown, row: number): { note?: AnnotationRecord; errors: RowIssue[] } {
  const v1 = !!x && typeof x === 'object' && typeof (x as { created?: unknown }).created === 'number';
  try {
    return { note: parseAnnotation(v1 ? annotationFromV1(x as Record<string, unknown>) : x, { storedOrphan: true }), errors: [] };
  } catch (e) {
    return { errors: [{ row, field: 'notes', reason: e instanceof Error ? e.message : String(e) }] };
  }
}

/**
 * Validates a backup's packs and settings (statements and notes are validated row by row).
 * @throws Error naming the version or the field when the backup cannot be restored at all
 */
export function backupHeader(doc: Record<string, unknown>): { packs: Pack[]; settings: Settings; statements: unknown[]; notes: unknown[] } {
  if (doc.version !== BACKUP_VERSION && doc.version !== 1) {
    throw new Error(`This backup has version ${String(doc.version)}; this ClaimLens reads versions 1 to ${BACKUP_VERSION}. Update ClaimLens and try again.`);
  }
  if (!Array.isArray(doc.statements)) throw new Error('This backup has no "statements" list: the file is damaged.');
  const packs = v.safeParse(v.array(PackSchema), doc.packs ?? []);
  if (!packs.success) {
    const i = rowIssues(packs.issues, 0, 'packs')[0]!;
    throw new Error(`This backup's pack list is damaged (${i.field}: ${i.reason}).`);
  }
  const settings = readSettings(doc.settings && typeof doc.settings === 'object' ? (doc.settings as Record<string, unknown>) : {});
  return { packs: packs.output as Pack[], settings, statements: doc.statements, notes: Array.isArray(doc.notes) ? doc.notes : [] };
}
