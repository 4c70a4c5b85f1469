/**
 * ClaimLens's own JSON backup: every statement, note and pack exactly as stored, and the settings.
 * Re-importing it restores the records verbatim (same ids and timestamps), so a round trip is lossless.
 */
import * as v from 'valibot';
import type { AnnotationRecord, Pack } from '../store/db';
import { readSettings, type Settings } from '../settings';
import { VERDICTS, type Statement } from '../types';
import { safeUrl } from './claimreview';
import { rowIssues, type RowIssue } from './row-report';

export const BACKUP_FORMAT = 'claimlens-backup';
export const BACKUP_VERSION = 1;

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

const NoteSchema = v.looseObject(
  {
    id: Text,
    url: v.pipe(v.string('must be a URL'), v.check((u) => !!safeUrl(u), 'is not an http(s) page address')),
    target: v.looseObject({ source: v.string('must be a URL'), selector: v.array(v.unknown(), 'must be a list') }, 'must be an object'),
    body: v.looseObject(
      { note: v.string('must be text'), verdict: OptText, tags: v.array(v.string('must be text')), links: v.array(v.string('must be text')) },
      'must be an object',
    ),
    created: Time,
    modified: Time,
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

/** Validates one note record. */
export function validateNote(x: unknown, row: number): { note?: AnnotationRecord; errors: RowIssue[] } {
  const r = v.safeParse(NoteSchema, x);
  return r.success ? { note: r.output as AnnotationRecord, errors: [] } : { errors: rowIssues(r.issues, row, 'notes') };
}

/**
 * Validates a backup's packs and settings (statements and notes are validated row by row).
 * @throws Error naming the version or the field when the backup cannot be restored at all
 */
export function backupHeader(doc: Record<string, unknown>): { packs: Pack[]; settings: Settings; statements: unknown[]; notes: unknown[] } {
  if (doc.version !== BACKUP_VERSION) {
    throw new Error(`This backup has version ${String(doc.version)}; this ClaimLens reads version ${BACKUP_VERSION}. Update ClaimLens and try again.`);
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
