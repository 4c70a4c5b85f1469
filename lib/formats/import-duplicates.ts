/**
 * What an import will do with records the library already holds, for the preview: the same rule
 * the write applies (lib/store/statements.ts `writeImport`), counted before it runs.
 */
import type { AnnotationRecord } from '../store/db';
import { duplicateKey } from '../store/statements';
import type { Statement } from '../types';
import type { ImportPlan } from './import-plan';

/** How an import will treat the records of a plan. */
export interface DuplicateCount {
  /** Statements in the plan. */
  statements: number;
  /**
   * Plan statements the library holds already: merged into the stored one (a file import: same
   * claim and review URL, {@link duplicateKey}), or replacing it (a backup: same id).
   */
  statementsInLibrary: number;
  /** Plan statements that repeat an earlier one of the same file (a file import): merged into it. */
  statementsRepeated: number;
  /** Notes in the plan. */
  notes: number;
  /** Plan notes with the id of a stored note: the file's note replaces it (both kinds of import put notes by id). */
  notesInLibrary: number;
  /** True for a backup (matched by id), false for a file import (matched by claim and review URL). */
  byId: boolean;
}

/**
 * Counts duplicates of a plan against the stored records, which arrive page by page (the library
 * page reads them with `dumpStore`) and are not kept: only the plan's keys are.
 */
export class DuplicateCounter {
  private readonly byId: boolean;
  /** Plan statement key -> how many plan statements have it. */
  private readonly keys = new Map<string, number>();
  private readonly noteIds = new Map<string, number>();
  private readonly storedKeys = new Set<string>();
  private readonly storedNoteIds = new Set<string>();
  private readonly statements: number;
  private readonly notes: number;

  /** @param plan the validated import (a backup restores by id; any other format merges by claim and review URL) */
  constructor(plan: Pick<ImportPlan, 'format' | 'statements' | 'notes'>) {
    this.byId = plan.format === 'backup';
    this.statements = plan.statements.length;
    this.notes = plan.notes.length;
    for (const s of plan.statements) tally(this.keys, this.key(s));
    for (const n of plan.notes) tally(this.noteIds, n.id);
  }

  private key(s: Pick<Statement, 'id' | 'text' | 'reviewUrl'>): string {
    return this.byId ? s.id : duplicateKey(s);
  }

  /** Takes one page of stored statements. */
  addStatements(stored: ReadonlyArray<Pick<Statement, 'id' | 'text' | 'reviewUrl'>>): void {
    for (const s of stored) {
      const k = this.key(s);
      if (this.keys.has(k)) this.storedKeys.add(k);
    }
  }

  /** Takes one page of stored notes. */
  addNotes(stored: ReadonlyArray<Pick<AnnotationRecord, 'id'>>): void {
    for (const n of stored) if (this.noteIds.has(n.id)) this.storedNoteIds.add(n.id);
  }

  /** The counts for the stored records taken so far. */
  result(): DuplicateCount {
    let inLibrary = 0;
    let repeated = 0;
    for (const [k, n] of this.keys) {
      if (this.storedKeys.has(k)) inLibrary += n;
      // a backup puts each record by id: a repeat overwrites, it is not merged
      else if (!this.byId) repeated += n - 1;
    }
    let notesInLibrary = 0;
    for (const id of this.storedNoteIds) notesInLibrary += this.noteIds.get(id)!;
    return { statements: this.statements, statementsInLibrary: inLibrary, statementsRepeated: repeated, notes: this.notes, notesInLibrary, byId: this.byId };
  }
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
