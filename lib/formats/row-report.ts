import * as v from 'valibot';

/** One problem with one input row, in the source's own terms. */
export interface RowIssue {
  /** 1-based row number: the position in the file's list of records (CSV: the data line, header excluded). */
  row: number;
  /** Field path in the source, e.g. `reviewRating.alternateName` or a CSV column name. */
  field: string;
  reason: string;
}

/**
 * Turns valibot issues into row issues with plain reasons ("is missing", "must be text").
 * @param issues from `v.safeParse(...).issues`
 * @param row 1-based row number
 * @param prefix field path prefix (e.g. `claimReview[0]`), joined with a dot
 */
export function rowIssues(issues: readonly v.BaseIssue<unknown>[], row: number, prefix = ''): RowIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const field = [prefix, path].filter(Boolean).join('.') || '(record)';
    const missing = issue.received === 'undefined';
    return { row, field, reason: missing ? 'is missing' : issue.message };
  });
}

/** Text of at least one non-space character, trimmed. */
export const Text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('is empty'));

/** The issue list as lines for a message: `row 3, claimReviewed: is missing`. */
export function formatIssue(issue: RowIssue): string {
  return `row ${issue.row}, ${issue.field}: ${issue.reason}`;
}

/** Longest excerpt of a file's content a message quotes, in characters. */
export const EXCERPT_MAX = 40;

/**
 * File content made fit to quote in a message: printable characters only (controls, format
 * characters such as bidi overrides, unpaired surrogates, private-use and U+FFFD removed), each
 * whitespace run one space, at most `max` code points (cut with "…").
 */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const clean = text
    .replace(/[\p{Cf}\p{Cs}\p{Co}\uFFFD]/gu, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
