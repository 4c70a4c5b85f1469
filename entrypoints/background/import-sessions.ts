import { validateNote, validateStatement } from '../../lib/formats/backup-format';
import { formatIssue } from '../../lib/formats/row-report';
import type { ImportState, Request } from '../../lib/messages';
import type { AnnotationRecord, Pack } from '../../lib/store/db';
import { writeImport, type ImportResult } from '../../lib/store/statements';
import type { Statement } from '../../lib/types';
import { db } from './statements';

/**
 * Import sessions: the library page parses and validates a file, sends the records in chunks, then
 * commits. Nothing touches the database before the commit, which is one transaction; cancelling
 * drops the session or aborts the running transaction, so nothing is left behind. Sessions live in
 * memory: a service worker that restarts mid-import loses them and the commit fails with a message.
 */
interface Session {
  mode: 'merge' | 'restore';
  pack?: Pack;
  packs?: Pack[];
  statements: Statement[];
  notes: AnnotationRecord[];
  state: ImportState;
  written: number;
  total: number;
  abort: AbortController;
}

const sessions = new Map<string, Session>();
/** Records one session may hold (a backup of the largest database we test, 100,000, with room). */
const MAX_RECORDS = 500_000;

function session(id: string): Session {
  const s = sessions.get(id);
  if (!s) throw new Error('This import has expired (ClaimLens was restarted or the import was cancelled). Start the import again.');
  return s;
}

/** Opens a session and returns its id. */
export function beginImport(req: Request<'importBegin'>): string {
  const id = crypto.randomUUID();
  sessions.set(id, { mode: req.mode, pack: req.pack, packs: req.packs, statements: [], notes: [], state: 'receiving', written: 0, total: 0, abort: new AbortController() });
  return id;
}

/**
 * Adds a chunk after checking every record's shape again (the background trusts no caller's validation).
 * @throws Error naming the first bad record; the session is kept, so the caller may cancel it
 */
export function addChunk({ importId, statements, notes }: Request<'importChunk'>): number {
  const s = session(importId);
  if (s.state !== 'receiving') throw new Error('This import is already being written.');
  if (!Array.isArray(statements) || !Array.isArray(notes)) throw new Error('importChunk takes lists of statements and notes');
  if (s.statements.length + s.notes.length + statements.length + notes.length > MAX_RECORDS) {
    throw new Error(`An import holds at most ${MAX_RECORDS} records. Split the file.`);
  }
  for (const [i, x] of statements.entries()) {
    const r = validateStatement(x, i + 1);
    if (!r.statement) throw new Error(`A statement failed validation (${formatIssue(r.errors[0]!)}).`);
    s.statements.push(r.statement);
  }
  for (const [i, x] of notes.entries()) {
    const r = validateNote(x, i + 1);
    if (!r.note) throw new Error(`A note failed validation (${formatIssue(r.errors[0]!)}).`);
    s.notes.push(r.note);
  }
  return s.statements.length + s.notes.length;
}

/** Writes a session in one transaction and ends it. */
export async function commitImport(importId: string): Promise<ImportResult> {
  const s = session(importId);
  if (s.state !== 'receiving') throw new Error('This import is already being written.');
  s.state = 'writing';
  s.total = s.statements.length + s.notes.length;
  try {
    const result = await writeImport(
      await db(),
      { mode: s.mode, statements: s.statements, notes: s.notes, pack: s.pack, packs: s.packs },
      { now: Date.now(), signal: s.abort.signal, onProgress: (written, total) => Object.assign(s, { written, total }) },
    );
    s.state = 'done';
    return result;
  } catch (e) {
    s.state = s.abort.signal.aborted ? 'cancelled' : 'failed';
    throw e;
  } finally {
    s.statements = [];
    s.notes = [];
    // Keep the finished session a little for status polls, then forget it.
    setTimeout(() => sessions.delete(importId), 30_000);
  }
}

/** A session's progress; `unknown` for ids the background does not know. */
export function importStatus(importId: string): { state: ImportState; written: number; total: number } {
  const s = sessions.get(importId);
  return s ? { state: s.state, written: s.written, total: s.total } : { state: 'unknown', written: 0, total: 0 };
}

/** Drops a session; a running write is rolled back. */
export function cancelImport(importId: string): boolean {
  const s = sessions.get(importId);
  if (!s) return false;
  s.abort.abort();
  if (s.state === 'receiving') {
    s.state = 'cancelled';
    sessions.delete(importId);
  }
  return true;
}
