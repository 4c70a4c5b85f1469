import { describe, expect, it } from 'vitest';
import { claimReviewsIn, ClaimReviewError, safeUrl, statementFromClaimReview } from '../../lib/formats/claimreview';
import { canonicalVerdict } from '../../lib/formats/verdict-labels';

const review = {
  '@type': 'ClaimReview',
  claimReviewed: 'Ukraine started the war.',
  reviewRating: { '@type': 'Rating', alternateName: 'Pants on Fire!' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Donald Trump' }, datePublished: '2025-02-18' },
  author: { '@type': 'Organization', name: 'PolitiFact' },
  url: 'https://www.politifact.com/x',
  reviewBody: '<img src=x onerror=alert(1)>',
  datePublished: '2025-02-19T10:00:00Z',
};

describe('ClaimReview', () => {
  it('finds reviews in an object, an array and an @graph', () => {
    expect(claimReviewsIn(review)).toHaveLength(1);
    expect(claimReviewsIn([review, { '@type': 'Article' }, review])).toHaveLength(2);
    expect(claimReviewsIn({ '@context': 'https://schema.org', '@graph': [review] })).toHaveLength(1);
    expect(claimReviewsIn('nope')).toEqual([]);
  });

  it('maps fields onto a statement, keeping markup as plain text', () => {
    const s = statementFromClaimReview(review, 0, 'import', 5);
    expect(s).toMatchObject({
      text: 'Ukraine started the war.', claimant: 'Donald Trump', claimDate: '2025-02-18', verdict: 'false',
      verdictLabel: 'Pants on Fire!', reviewer: 'PolitiFact', reviewUrl: 'https://www.politifact.com/x',
      reviewDate: '2025-02-19', summary: '<img src=x onerror=alert(1)>', createdAt: 5,
    });
  });

  it('drops javascript: links', () => {
    expect(statementFromClaimReview({ ...review, url: 'javascript:alert(1)' }, 0, 'import', 1).reviewUrl).toBeUndefined();
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('says which field is missing', () => {
    expect(() => statementFromClaimReview({ ...review, claimReviewed: '' }, 2, 'import', 1)).toThrow(ClaimReviewError);
    expect(() => statementFromClaimReview({ ...review, claimReviewed: '' }, 2, 'import', 1)).toThrow(/#3: claimReviewed/);
    expect(() => statementFromClaimReview({ ...review, reviewRating: {} }, 0, 'import', 1)).toThrow(/alternateName/);
  });
});

describe('canonicalVerdict', () => {
  it('maps publisher labels', () => {
    expect(canonicalVerdict('Mostly True')).toBe('mostly-true');
    expect(canonicalVerdict('half-true')).toBe('mixed');
    expect(canonicalVerdict('Needs context')).toBe('needs-context');
    expect(canonicalVerdict('Accurate')).toBe('true');
  });
  it('falls back to the numeric rating, then to unproven', () => {
    expect(canonicalVerdict('Zany', { value: 1, best: 5, worst: 1 })).toBe('false');
    expect(canonicalVerdict('Zany', { value: 5, best: 5, worst: 1 })).toBe('true');
    expect(canonicalVerdict('Zany')).toBe('unproven');
  });
});
