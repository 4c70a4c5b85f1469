import type { Origin, Statement } from '../types';
import { canonicalVerdict } from './verdict-labels';

/** Thrown when a ClaimReview object lacks what a statement needs. */
export class ClaimReviewError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`ClaimReview #${index + 1}: ${field} ${reason}`);
    this.name = 'ClaimReviewError';
  }
}

type Json = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function obj(v: unknown): Json | undefined {
  if (Array.isArray(v)) return obj(v[0]);
  return v && typeof v === 'object' ? (v as Json) : undefined;
}

/** Keeps only http(s) URLs, so a `javascript:` link can never become clickable. */
export function safeUrl(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (m) return m[1];
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function isClaimReview(v: Json): boolean {
  const t = v['@type'];
  return t === 'ClaimReview' || (Array.isArray(t) && t.includes('ClaimReview'));
}

/**
 * Collects ClaimReview objects from a schema.org JSON-LD document: a single object, an array, or
 * an `@graph` (https://schema.org/ClaimReview).
 * @param doc parsed JSON
 * @returns the ClaimReview objects in document order (other node types are skipped)
 */
export function claimReviewsIn(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.flatMap(claimReviewsIn);
  const o = obj(doc);
  if (!o) return [];
  if (Array.isArray(o['@graph'])) return claimReviewsIn(o['@graph']);
  return isClaimReview(o) ? [o] : [];
}

/**
 * Converts one schema.org ClaimReview into a ClaimLens statement.
 * Field mapping: `claimReviewed` -> text, `itemReviewed.author.name` -> claimant,
 * `itemReviewed.datePublished` -> claimDate, `reviewRating.alternateName` -> verdictLabel and
 * (mapped) verdict, `reviewBody`/`description` -> summary, `author.name` -> reviewer, `url` -> reviewUrl.
 * @param review one ClaimReview object
 * @param index its position in the source, for error messages
 * @param origin where it comes from
 * @param now creation time, epoch ms
 * @throws ClaimReviewError when `claimReviewed` or the rating label is missing
 */
export function statementFromClaimReview(
  review: Json,
  index: number,
  origin: Origin,
  now: number,
  packId?: string,
): Statement {
  const text = str(review.claimReviewed);
  if (!text) throw new ClaimReviewError(index, 'claimReviewed', 'is missing or empty');
  const rating = obj(review.reviewRating);
  const label = str(rating?.alternateName) ?? str(rating?.name);
  if (!label) throw new ClaimReviewError(index, 'reviewRating.alternateName', 'is missing');
  const value = Number(rating?.ratingValue);
  const best = Number(rating?.bestRating);
  const worst = Number(rating?.worstRating);
  const numeric = [value, best, worst].every(Number.isFinite) ? { value, best, worst } : undefined;
  const item = obj(review.itemReviewed);
  const reviewUrl = safeUrl(review.url) ?? safeUrl(obj(review.author)?.url);
  const keywords = review.keywords;
  const tags = Array.isArray(keywords)
    ? keywords.filter((k): k is string => typeof k === 'string')
    : (str(keywords)?.split(',').map((k) => k.trim()).filter(Boolean) ?? []);
  const id = str(review.identifier) ?? str(review['@id']) ?? `${origin}-${index}-${hash(text + (reviewUrl ?? ''))}`;
  return {
    id,
    text,
    claimant: str(obj(item?.author)?.name),
    claimDate: isoDate(item?.datePublished),
    verdict: canonicalVerdict(label, numeric),
    verdictLabel: label,
    summary: str(review.reviewBody) ?? str(review.description) ?? '',
    reviewer: str(obj(review.author)?.name) ?? 'Unknown reviewer',
    reviewUrl,
    reviewDate: isoDate(review.datePublished),
    origin,
    packId,
    tags,
    language: str(review.inLanguage) ?? 'en',
    createdAt: now,
    updatedAt: now,
  };
}

/** FNV-1a 32-bit hash, hex: short stable ids for reviews that carry none. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
