import * as v from 'valibot';
import type { Origin, Statement } from '../types';
import { safeUrl, statementFromClaimReview } from './claimreview';
import { excerpt, rowIssues, Text, type RowIssue } from './row-report';
import { mapVerdict } from './verdict-labels';

const TextOrList = v.union([Text, v.pipe(v.array(v.unknown()), v.minLength(1, 'is an empty list'))], 'must be text');
const Num = v.optional(v.union([v.number(), v.string()], 'must be a number'));
const Thing = v.optional(v.union([v.string(), v.record(v.string(), v.unknown()), v.array(v.unknown())], 'must be an object or text'));

const Rating = v.looseObject(
  {
    alternateName: v.optional(v.string('must be text')),
    name: v.optional(v.string('must be text')),
    ratingValue: Num,
    bestRating: Num,
    worstRating: Num,
  },
  'must be a Rating object',
);

/**
 * The part of schema.org ClaimReview (https://schema.org/ClaimReview) ClaimLens reads, checked
 * loosely: other properties pass through; multi-valued properties may be lists.
 */
export const ClaimReviewSchema = v.looseObject(
  {
    claimReviewed: TextOrList,
    reviewRating: v.union([Rating, v.pipe(v.array(Rating), v.minLength(1, 'is an empty list'))], 'must be a Rating object'),
    url: v.optional(v.union([v.string(), v.array(v.unknown())], 'must be a URL')),
    reviewBody: v.optional(v.string('must be text')),
    description: v.optional(v.string('must be text')),
    datePublished: v.optional(v.string('must be a date')),
    keywords: v.optional(v.union([v.string(), v.array(v.unknown())], 'must be text or a list')),
    itemReviewed: Thing,
    author: Thing,
    inLanguage: Thing,
  },
  'must be an object',
);

/** One validated input row. */
export interface ValidatedRow {
  statement?: Statement;
  /** Problems that keep the row out. */
  errors: RowIssue[];
  /** Problems that do not (a dropped unsafe link, an unknown rating scale). */
  warnings: RowIssue[];
}

/** An HTML tag or character reference in a text field (`<b>`, `</p>`, `&amp;`, `&#8217;`). */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Validates one ClaimReview and maps it onto a statement.
 * @param review the raw object from the file
 * @param row 1-based row number for the report
 * @param origin, now, packId as in {@link statementFromClaimReview}
 * @returns the statement, or errors (row, field, reason) when `claimReviewed` or the rating label
 *   is missing or has the wrong type; warnings for an unsafe `url` (dropped: only http(s) links are
 *   kept), for a claim or review date that is not a date (dropped), for a rating on no known
 *   scale (kept as the label, verdict `unproven`) and for HTML markup in a text field (kept as text)
 */
export function validateClaimReview(review: unknown, row: number, origin: Origin, now: number, packId?: string): ValidatedRow {
  const parsed = v.safeParse(ClaimReviewSchema, review);
  if (!parsed.success) return { errors: rowIssues(parsed.issues, row), warnings: [] };
  const r = parsed.output as Record<string, unknown>;
  const rating = (Array.isArray(r.reviewRating) ? r.reviewRating[0] : r.reviewRating) as v.InferOutput<typeof Rating>;
  const label = rating.alternateName?.trim() || rating.name?.trim();
  if (!label) return { errors: [{ row, field: 'reviewRating.alternateName', reason: 'is missing (the publisher\'s rating label)' }], warnings: [] };
  let statement: Statement;
  try {
    statement = statementFromClaimReview(r, row - 1, origin, now, packId);
  } catch (e) {
    return { errors: [{ row, field: 'claimReviewed', reason: e instanceof Error ? e.message : String(e) }], warnings: [] };
  }
  const warnings: RowIssue[] = [];
  const url = Array.isArray(r.url) ? r.url[0] : r.url;
  if (typeof url === 'string' && url.trim() && !safeUrl(url)) {
    warnings.push({ row, field: 'url', reason: 'is not an http(s) link; it was left out' });
  }
  // a date that does not parse is left out, and said so (the rest of the row is kept)
  const dates: Array<[string, unknown, string | undefined]> = [
    ['itemReviewed.datePublished', (r.itemReviewed as Record<string, unknown> | undefined)?.datePublished, statement.claimDate],
    ['datePublished', r.datePublished, statement.reviewDate],
  ];
  for (const [field, given, kept] of dates) {
    if (typeof given === 'string' && given.trim() && !kept) warnings.push({ row, field, reason: `"${excerpt(given)}" is not a date; it was left out` });
  }
  // schema.org Text is plain text: markup is kept as the publisher wrote it and shown as text, never
  // as elements; say so, so that "<b>" in a card does not come as a surprise
  const texts: Array<[string, string | undefined]> = [
    ['claimReviewed', statement.text], ['reviewBody', statement.summary], ['author.name', statement.reviewer], ['itemReviewed.author.name', statement.claimant],
  ];
  for (const [field, text] of texts) {
    const markup = text && MARKUP.exec(text);
    if (markup) warnings.push({ row, field, reason: `contains HTML markup (${excerpt(markup[0], 30)}); it is kept and shown as text` });
  }
  const numeric = { value: Number(rating.ratingValue), best: Number(rating.bestRating), worst: Number(rating.worstRating) };
  if (mapVerdict(label, numeric).known === 'none') {
    warnings.push({ row, field: 'reviewRating', reason: `"${excerpt(label)}" is not on a known rating scale; imported as Unproven with the label kept` });
  }
  return { statement, errors: [], warnings };
}
