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
