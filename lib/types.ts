/**
 * Canonical verdict scale shared by every source. Publisher labels (PolitiFact's "Pants on Fire",
 * a reviewer's "Needs context", ...) map onto it; the label itself is kept in
 * {@link Statement.verdictLabel}. Order: from most to least accurate, then the two "cannot say" values.
 */
export const VERDICTS = [
  'true',
  'mostly-true',
  'mixed',
  'mostly-false',
  'false',
  'needs-context',
  'unproven',
] as const;

/** One value of the canonical verdict scale. */
export type Verdict = (typeof VERDICTS)[number];

/** Where a statement came from. */
export type Origin = 'starter' | 'import' | 'personal' | 'captured';

/** A claim as fact-checked: the unit ClaimLens matches page sentences against. */
export interface Statement {
  /** Stable id, unique in the database. */
  id: string;
  /** The claim as the reviewer states it (schema.org `claimReviewed`). */
  text: string;
  /** Who made the claim (schema.org `itemReviewed.author.name`). */
  claimant?: string;
  /** When the claim was made, ISO 8601 date (`YYYY-MM-DD`). */
  claimDate?: string;
  verdict: Verdict;
  /** The reviewer's own rating label (schema.org `reviewRating.alternateName`). */
  verdictLabel: string;
  /** Short neutral summary of what is known (schema.org `reviewBody`). */
  summary: string;
  /** Reviewing organisation or primary source (schema.org `author.name`). */
  reviewer: string;
  /** Link to the review or source; only http(s) URLs are ever stored. */
  reviewUrl?: string;
  /** When the review was published, ISO 8601 date. */
  reviewDate?: string;
  origin: Origin;
  /** Pack the statement was imported with, if any. */
  packId?: string;
  tags: string[];
  /** BCP 47 language tag of `text`. */
  language: string;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms. */
  updatedAt: number;
}
