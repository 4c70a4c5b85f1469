/**
 * CSV import and export (RFC 4180 as parsed by papaparse: quoted fields may hold delimiters,
 * quotes and newlines). The delimiter is detected (comma, semicolon, tab, pipe); a UTF-8 BOM is
 * dropped. Import goes through a column mapping: CSV column -> ClaimReview field.
 */
import Papa from 'papaparse';
import type { Statement } from '../types';
import type { SourceRow } from './claimreview-sources';
import { excerpt } from './row-report';

/** The statement fields a CSV column can fill. `claim` and `rating` are required. */
export const CSV_FIELDS = ['claim', 'rating', 'summary', 'claimant', 'claimDate', 'reviewer', 'reviewUrl', 'reviewDate', 'tags', 'language'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field -> column header (absent: not imported). */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** Human names of the fields, for the mapping step. */
export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  claim: 'Claim text', rating: 'Rating (publisher label)', summary: 'Summary', claimant: 'Claimant',
  claimDate: 'Claim date', reviewer: 'Reviewer', reviewUrl: 'Review URL', reviewDate: 'Review date',
  tags: 'Tags', language: 'Language',
};

/** Header names recognised per field (folded: lower case, no spaces, `_` or `-`). */
const GUESSES: Record<CsvField, string[]> = {
  claim: ['claim', 'claimreviewed', 'statement', 'text', 'claimtext', 'vclaim'],
  rating: ['rating', 'verdict', 'textualrating', 'label', 'truthlabel', 'alternatename', 'ruling'],
  summary: ['summary', 'reviewbody', 'explanation', 'description', 'context'],
  claimant: ['claimant', 'speaker', 'author', 'source', 'claimauthor'],
  claimDate: ['claimdate', 'date', 'stated'],
  reviewer: ['reviewer', 'publisher', 'factchecker', 'organization'],
  reviewUrl: ['reviewurl', 'url', 'link', 'reviewlink'],
  reviewDate: ['reviewdate', 'datepublished', 'published'],
  tags: ['tags', 'keywords', 'topics'],
  language: ['language', 'lang', 'inlanguage', 'languagecode'],
};

/** Parsed CSV: header and records keyed by header. */
export interface CsvTable {
  headers: string[];
  records: Record<string, string>[];
  delimiter: string;
  /** Structural problems papaparse found (unclosed quote, wrong field count), 1-based data row. */
  problems: Array<{ row: number; reason: string }>;
}

/**
 * Parses CSV text with a header line.
 * @throws Error when there is no header line
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const res = Papa.parse<Record<string, string>>(clean, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    transformHeader: (h) => h.replace(/^\uFEFF/, '').trim(),
  });
  const headers = (res.meta.fields ?? []).filter((h) => h !== '');
  if (!headers.length) throw new Error('The CSV file has no header line: its first line must name the columns.');
  const problems = res.errors.map((e) => ({ row: (e.row ?? -1) + 1, reason: e.message }));
  return { headers, records: res.data, delimiter: res.meta.delimiter, problems };
}

const foldHeader = (h: string) => h.toLowerCase().replace(/[\s_\-.]/g, '');

/** Proposes a mapping from header names (each column used at most once). */
export function guessMapping(headers: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<string>();
  for (const field of CSV_FIELDS) {
    const h = headers.find((x) => !used.has(x) && GUESSES[field].includes(foldHeader(x)));
    if (h) {
      mapping[field] = h;
      used.add(h);
    }
  }
  return mapping;
}

/** One CSV record as a ClaimReview-shaped source row; error fields name the CSV columns. */
export function csvRow(record: Record<string, string>, m: CsvMapping): SourceRow {
  const get = (f: CsvField) => {
    const col = m[f];
    const v = col === undefined ? undefined : record[col];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const tags = get('tags');
  const col = (f: CsvField) => (m[f] ? `column "${excerpt(m[f])}"` : `${CSV_FIELD_LABELS[f]} (no column mapped)`);
  return {
    review: {
      '@type': 'ClaimReview',
      claimReviewed: get('claim'),
      reviewRating: get('rating') === undefined ? undefined : { alternateName: get('rating') },
      reviewBody: get('summary'),
      itemReviewed: { author: get('claimant') === undefined ? undefined : { name: get('claimant') }, datePublished: get('claimDate') },
      author: get('reviewer') === undefined ? undefined : { name: get('reviewer') },
      url: get('reviewUrl'),
      datePublished: get('reviewDate'),
      keywords: tags?.split(/[;|]/).map((t) => t.trim()).filter(Boolean),
      inLanguage: get('language'),
    },
    fields: {
      claimReviewed: col('claim'), reviewRating: col('rating'), 'reviewRating.alternateName': col('rating'),
      url: col('reviewUrl'), reviewBody: col('summary'), datePublished: col('reviewDate'), keywords: col('tags'),
      'itemReviewed.datePublished': col('claimDate'),
    },
  };
}

/** Column headers of {@link statementsToCsv}; {@link guessMapping} recognises them. */
export const CSV_EXPORT_COLUMNS = ['id', 'claim', 'rating', 'verdict', 'summary', 'claimant', 'claim_date', 'reviewer', 'review_url', 'review_date', 'tags', 'language', 'origin', 'pack'];

/**
 * Statements as CSV (comma, CRLF, quoted where needed). Cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'` (papaparse `escapeFormulae`).
 */
export function statementsToCsv(statements: Statement[]): string {
  const data = statements.map((s) => [
    s.id, s.text, s.verdictLabel, s.verdict, s.summary, s.claimant ?? '', s.claimDate ?? '', s.reviewer,
    s.reviewUrl ?? '', s.reviewDate ?? '', s.tags.join('; '), s.language, s.origin, s.packId ?? '',
  ]);
  return Papa.unparse({ fields: CSV_EXPORT_COLUMNS, data }, { escapeFormulae: true, newline: '\r\n' });
}
