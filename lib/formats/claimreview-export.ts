/**
 * Statements as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the format
 * fact-checkers publish; {@link statementFromClaimReview} reads it back.
 */
import type { Statement } from '../types';

type Json = Record<string, unknown>;

/** Leaves out undefined fields so the JSON stays tidy. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** One statement as a ClaimReview node (no `@context`). */
export function claimReviewFromStatement(s: Statement): Json {
  return compact({
    '@type': 'ClaimReview',
    identifier: s.id,
    claimReviewed: s.text,
    reviewRating: { '@type': 'Rating', alternateName: s.verdictLabel || s.verdict },
    itemReviewed: compact({
      '@type': 'Claim',
      author: s.claimant ? { '@type': 'Person', name: s.claimant } : undefined,
      datePublished: s.claimDate,
    }),
    reviewBody: s.summary || undefined,
    author: { '@type': 'Organization', name: s.reviewer },
    url: s.reviewUrl,
    datePublished: s.reviewDate,
    keywords: s.tags.length ? s.tags : undefined,
    inLanguage: s.language,
  });
}

/** Statements as a JSON-LD document: `{ "@context": "https://schema.org", "@graph": [...] }`. */
export function statementsToClaimReviewDoc(statements: Statement[], name = 'ClaimLens statements'): Json {
  return { '@context': 'https://schema.org', name, '@graph': statements.map(claimReviewFromStatement) };
}
