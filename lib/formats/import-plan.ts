/**
 * Turns a detected file into what gets written: valid statements and notes, and a per-row report
 * (row, field, reason) of what was left out or changed. Works in slices and yields between them so
 * the page stays responsive; honours an AbortSignal between slices.
 */
import type { AnnotationRecord, Pack } from '../store/db';
import type { Settings } from '../settings';
import type { Statement } from '../types';
import { backupHeader, validateNote, validateStatement } from './backup-format';
import { validateClaimReview } from './claimreview-schema';
import { dataFeedRows, factCheckToolsRows, jsonLdRows, type SourceRow } from './claimreview-sources';
import { csvRow, type CsvMapping } from './csv';
import { ImportError, type Detected, type ImportFormat } from './detect';
import type { RowIssue } from './row-report';
import { annotationsIn, noteFromAnnotation } from './web-annotation';

/** What an import would write, and why some rows will not be. */
export interface ImportPlan {
  format: ImportFormat;
  /** Records found in the file. */
  rows: number;
  statements: Statement[];
  notes: AnnotationRecord[];
  /** Backup only: packs and settings to restore. */
  packs: Pack[];
  settings?: Settings;
  /** Rows left out. */
  errors: RowIssue[];
  /** Rows imported with a change (dropped unsafe link, unknown rating scale). */
  warnings: RowIssue[];
}

export interface PlanOptions {
  /** Epoch ms stamped on new records. */
  now: number;
  /** Pack the imported statements join (not used for backups, which keep their own). */
  packId?: string;
  /** Required for CSV: which column fills which field. */
  csvMapping?: CsvMapping;
  /** Called after each slice with rows done and the total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Rows per slice (default 500); a slice runs without yielding. */
  slice?: number;
}

/** Lets the event loop run (paint, input) between slices. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

function aborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
}

async function sliced<T>(items: T[], opts: PlanOptions, each: (item: T, row: number) => void): Promise<void> {
  const step = opts.slice ?? 500;
  for (let i = 0; i < items.length; i += step) {
    aborted(opts.signal);
    const end = Math.min(items.length, i + step);
    for (let j = i; j < end; j++) each(items[j]!, j + 1);
    opts.onProgress?.(end, items.length);
    if (end < items.length) await yieldToPage();
  }
  if (!items.length) opts.onProgress?.(0, 0);
}

function sourceRows(d: Detected, mapping?: CsvMapping): SourceRow[] {
  switch (d.format) {
    case 'csv': {
      if (!mapping?.claim || !mapping.rating) throw new ImportError('Choose the CSV columns that hold the claim and the rating.');
      return d.table.records.map((r) => csvRow(r, mapping));
    }
    case 'factcheck-tools':
      return factCheckToolsRows(d.doc as Record<string, unknown>);
    case 'datafeed':
      return dataFeedRows(d.doc as Record<string, unknown>);
    default:
      return jsonLdRows(d.doc);
  }
}

/**
 * Validates every record of a detected file.
 * @returns the plan; rows with errors are left out and listed
 * @throws ImportError when the file cannot be imported at all (CSV without claim/rating columns,
 *   a backup of another version); DOMException `AbortError` when `signal` aborts
 */
export async function planImport(d: Detected, opts: PlanOptions): Promise<ImportPlan> {
  const plan: ImportPlan = { format: d.format, rows: 0, statements: [], notes: [], packs: [], errors: [], warnings: [] };
  if (d.format === 'backup') {
    let header: ReturnType<typeof backupHeader>;
    try {
      header = backupHeader(d.doc as Record<string, unknown>);
    } catch (e) {
      throw new ImportError(e instanceof Error ? e.message : String(e));
    }
    plan.packs = header.packs;
    plan.settings = header.settings;
    plan.rows = header.statements.length + header.notes.length;
    const all = [...header.statements.map((s) => ['s', s] as const), ...header.notes.map((n) => ['n', n] as const)];
    await sliced(all, opts, ([kind, x], row) => {
      const r = kind === 's' ? validateStatement(x, row) : validateNote(x, row - header.statements.length);
      plan.errors.push(...r.errors);
      if ('statement' in r && r.statement) plan.statements.push(r.statement);
      if ('note' in r && r.note) plan.notes.push(r.note);
    });
    return plan;
  }
  if (d.format === 'web-annotation') {
    const list = annotationsIn(d.doc);
    plan.rows = list.length;
    await sliced(list, opts, (a, row) => {
      const r = noteFromAnnotation(a, row, opts.now);
      plan.errors.push(...r.errors);
      plan.warnings.push(...r.warnings);
      if (r.note) plan.notes.push(r.note);
    });
    return plan;
  }
  if (d.format === 'csv') {
    plan.warnings.push(...d.table.problems.map((p) => ({ row: p.row, field: '(line)', reason: p.reason })));
  }
  const rows = sourceRows(d, opts.csvMapping);
  plan.rows = rows.length;
  await sliced(rows, opts, (src, row) => {
    const r = validateClaimReview(src.review, row, 'import', opts.now, opts.packId);
    const rename = (i: RowIssue): RowIssue => ({ ...i, field: src.fields?.[i.field] ?? src.fields?.[i.field.split('.')[0]!] ?? i.field });
    plan.errors.push(...r.errors.map(rename));
    plan.warnings.push(...r.warnings.map(rename));
    if (r.statement) plan.statements.push(r.statement);
  });
  return plan;
}
