import { FORMAT_LABELS } from '../../lib/formats/detect';
import type { ImportPlan } from '../../lib/formats/import-plan';
import type { DuplicateCount } from '../../lib/formats/import-duplicates';
import { count, type LibraryApi } from './api';
import { IssueList } from './IssueList';
import { useDuplicateCount, type DuplicateCheck } from './use-duplicate-count';

/**
 * The review step of an import: what the file holds, what is left out or changed, how many of its
 * records the library already holds (and what the import will do with them), and the pack name.
 */
export function ImportReview({ api, name, plan, packName, onChange, onImport, onCancel }: {
  api: LibraryApi;
  name: string;
  plan: ImportPlan;
  packName: string;
  onChange: (packName: string) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const valid = plan.statements.length + plan.notes.length;
  const duplicates = useDuplicateCount(api, plan);
  const rowsOut = new Set(plan.errors.map((e) => e.row)).size;
  const what = [plan.statements.length && count(plan.statements.length, 'statement'), plan.notes.length && count(plan.notes.length, 'note')].filter(Boolean).join(' and ');
  return (
    <div class="review" data-valid={valid} data-errors={plan.errors.length}>
      <p>
        “{name}” is a {FORMAT_LABELS[plan.format]} with {count(plan.rows, 'record')}:{' '}
        <strong>{valid ? `${what} can be imported` : 'none can be imported'}</strong>
        {plan.errors.length ? `, ${count(rowsOut, 'row')} left out (${count(plan.errors.length, 'problem')})` : ''}.
      </p>
      {valid ? <Duplicates check={duplicates} backup={plan.format === 'backup'} /> : null}
      <IssueList title="Rows left out" issues={plan.errors} kind="error" />
      <IssueList title="Rows imported with changes" issues={plan.warnings} kind="warning" />
      {plan.format === 'backup' ? (
        <p class="muted">A backup restores its statements, notes, packs and settings as they were saved.</p>
      ) : plan.statements.length ? (
        <label><span>Pack name</span><input name="packName" value={packName} onInput={(e) => onChange(e.currentTarget.value)} /></label>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" disabled={!valid} onClick={onImport}>{valid ? `Import ${what}` : 'Nothing to import'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}

/** "is"/"are", "it"/"they"... by count. */
const pick = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The sentences of the duplicate line, the same rule as the write (lib/formats/import-duplicates.ts). */
function duplicateText(c: DuplicateCount): string {
  const fresh = c.statements - c.statementsInLibrary - c.statementsRepeated;
  const copy = (n: number, whose: string) => `${whose} ${pick(n, 'copy', 'copies')} will replace ${pick(n, 'it', 'them')}`;
  const out: string[] = [];
  if (c.statementsInLibrary || c.statementsRepeated) out.push(fresh ? `${count(fresh, 'new statement')}.` : 'No new statements.');
  if (c.statementsInLibrary) {
    const n = c.statementsInLibrary;
    out.push(c.byId
      ? `${count(n, 'statement')} ${pick(n, 'is', 'are')} already in your library (same id): ${copy(n, 'the backup’s')}.`
      : `${count(n, 'statement')} ${pick(n, 'is', 'are')} already in your library (same claim and review link): ${pick(n, 'it', 'they')} will be merged into ${pick(n, 'that entry', 'those entries')}, not added again.`);
  }
  if (c.statementsRepeated) {
    const n = c.statementsRepeated;
    out.push(`${count(n, 'statement')} ${pick(n, 'repeats', 'repeat')} an earlier record of this file and will be merged with it.`);
  }
  if (c.notesInLibrary) {
    const n = c.notesInLibrary;
    out.push(`${count(n, 'note')} ${pick(n, 'is', 'are')} already in your library (same id): ${copy(n, c.byId ? 'the backup’s' : 'the file’s')}.`);
  }
  return out.join(' ') || 'None of them is in your library yet.';
}

/** The duplicate line: checking, the counts, or why they could not be counted. */
function Duplicates({ check, backup }: { check: DuplicateCheck; backup: boolean }) {
  if (check.state === 'checking') return <p role="status" class="muted" data-duplicates="checking">Checking which are already in your library…</p>;
  if (check.state === 'failed') {
    return <p role="status" class="muted" data-duplicates="failed">Could not check which are already in your library ({check.error}); the import still {backup ? 'replaces the entries with the same id' : 'merges them with the entries already there'}.</p>;
  }
  const c = check.count;
  return (
    <p role="status" data-duplicates={c.statementsInLibrary + c.statementsRepeated + c.notesInLibrary} data-new={c.statements - c.statementsInLibrary - c.statementsRepeated}>
      {duplicateText(c)}
    </p>
  );
}
