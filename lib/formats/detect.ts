/**
 * Recognises what a file holds: ClaimLens backup, W3C Web Annotations, Fact Check Tools response,
 * DataFeed, ClaimReview JSON-LD (plain or inside a saved HTML page), or CSV.
 */
import { isBackup } from './backup-format';
import { claimReviewsIn } from './claimreview';
import { isDataFeed, isFactCheckTools, jsonLdBlocksInHtml } from './claimreview-sources';
import { guessMapping, parseCsv, type CsvMapping, type CsvTable } from './csv';
import { excerpt } from './row-report';
import { isWebAnnotationDoc } from './web-annotation';

/** Largest file ClaimLens imports, bytes (40 MiB): the parsed records must fit in the page's memory twice (parse, then send). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

export type ImportFormat = 'backup' | 'web-annotation' | 'factcheck-tools' | 'datafeed' | 'claimreview' | 'html' | 'csv';

/** What each format is called in the UI. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  backup: 'ClaimLens backup',
  'web-annotation': 'W3C Web Annotations',
  'factcheck-tools': 'Google Fact Check Tools response',
  datafeed: 'ClaimReview DataFeed',
  claimreview: 'ClaimReview JSON-LD',
  html: 'Web page with ClaimReview markup',
  csv: 'CSV',
};

/** A problem with the whole file (not one row): the message says what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A recognised file. */
export type Detected =
  | { format: 'csv'; table: CsvTable; mapping: CsvMapping }
  | { format: Exclude<ImportFormat, 'csv'>; doc: unknown; notes?: string[] };

const WHAT_WE_READ =
  'ClaimLens imports ClaimReview JSON-LD (or a saved fact-check page), Fact Check Tools JSON, a ClaimReview DataFeed, CSV, W3C Web Annotations and its own backups.';

/**
 * Refuses files over {@link MAX_IMPORT_BYTES} and empty files before they are read.
 * @param bytes File.size
 * @throws ImportError with the size and the limit
 */
export function checkImportSize(name: string, bytes: number): void {
  if (bytes === 0) throw new ImportError(`"${name}" is empty.`);
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new ImportError(
      `"${name}" is ${mb(bytes)} MB; ClaimLens imports files up to ${mb(MAX_IMPORT_BYTES)} MB. Split it into smaller files and import them one by one.`,
    );
  }
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const at = Number(/position (\d+)/.exec(why)?.[1] ?? NaN);
    const atEnd = /end of (JSON )?(data|input)|Unterminated|Unexpected end/i.test(why) || at >= text.trimEnd().length - 1;
    const cut = atEnd ? ' It looks cut off: download or export it again.' : '';
    // V8 quotes the start of the text in its message: shown printable and short only
    throw new ImportError(`"${name}" is not valid JSON (${excerpt(why, 120)}).${cut} Nothing was imported.`);
  }
}

function classify(name: string, doc: unknown, notes?: string[]): Detected {
  if (isBackup(doc)) return { format: 'backup', doc };
  if (isWebAnnotationDoc(doc)) return { format: 'web-annotation', doc };
  if (isFactCheckTools(doc)) return { format: 'factcheck-tools', doc };
  if (isDataFeed(doc)) return { format: 'datafeed', doc };
  if (claimReviewsIn(doc).length) return { format: 'claimreview', doc, notes };
  throw new ImportError(`No fact-checks found in "${name}". ${WHAT_WE_READ}`);
}

/**
 * Detects the format of a file's text.
 * @param name file name (its extension breaks ties: `.csv`/`.tsv`, `.html`/`.htm`)
 * @param text the file's content (a leading BOM is ignored)
 * @throws ImportError for broken JSON, an HTML page without ClaimReview markup, a CSV without a
 *   header, or JSON of no known shape
 */
export function detectImport(name: string, text: string): Detected {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart().slice(0, 1);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || head === '<') {
    const { blocks, errors } = jsonLdBlocksInHtml(body);
    const reviews = blocks.flatMap((b) => claimReviewsIn(b));
    if (!reviews.length) {
      throw new ImportError(`"${name}" is a web page without ClaimReview markup${errors.length ? ` (${errors.join('; ')})` : ''}. ${WHAT_WE_READ}`);
    }
    return { format: 'html', doc: reviews, notes: errors };
  }
  if (head === '{' || head === '[' || ext === 'json' || ext === 'jsonld') return classify(name, parseJson(name, body));
  let table: CsvTable;
  try {
    table = parseCsv(body);
  } catch (e) {
    throw new ImportError(`"${name}": ${e instanceof Error ? e.message : String(e)} ${WHAT_WE_READ}`);
  }
  return { format: 'csv', table, mapping: guessMapping(table.headers) };
}
