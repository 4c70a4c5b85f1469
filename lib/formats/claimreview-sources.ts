/**
 * Where ClaimReview records hide: schema.org JSON-LD (object, array, `@graph`), JSON-LD blocks of a
 * saved HTML page, a schema.org DataFeed (`dataFeedElement`), and the Google Fact Check Tools API
 * `claims:search` response (https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search).
 * Each source row carries the raw record and, when the source names fields differently, how to
 * name them in the error report.
 */
import { claimReviewsIn } from './claimreview';
import { excerpt } from './row-report';

type Json = Record<string, unknown>;

/** One record to validate as a ClaimReview. */
export interface SourceRow {
  /** ClaimReview-shaped object. */
  review: unknown;
  /** ClaimReview field -> the source's own field name, for error messages. */
  fields?: Record<string, string>;
}

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/**
 * The contents of `<script type="application/ld+json">` blocks of an HTML document, parsed.
 * Regex-based so it runs without a DOM (Node scripts, workers); script contents are raw text in
 * HTML, so no entity decoding is needed.
 * @returns parsed blocks, and one message per block that is not valid JSON
 */
export function jsonLdBlocksInHtml(html: string): { blocks: unknown[]; errors: string[] } {
  const blocks: unknown[] = [];
  const errors: string[] = [];
  const re = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  let n = 0;
  for (const m of html.matchAll(re)) {
    n++;
    try {
      blocks.push(JSON.parse(m[1]!.trim()));
    } catch (e) {
      errors.push(`JSON-LD block ${n} is not valid JSON (${excerpt(e instanceof Error ? e.message : String(e), 120)})`);
    }
  }
  return { blocks, errors };
}

/** True for a schema.org DataFeed (or any object with a `dataFeedElement` list). */
export function isDataFeed(doc: unknown): boolean {
  return isObj(doc) && Array.isArray(doc.dataFeedElement);
}

/**
 * The records of a DataFeed: each element is a ClaimReview or a DataFeedItem whose `item` holds one
 * or more ClaimReviews (https://schema.org/DataFeed, the feed format of the ClaimReview Read/Write API).
 */
export function dataFeedRows(doc: Json): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const el of doc.dataFeedElement as unknown[]) {
    const items = isObj(el) && 'item' in el ? asList(el.item) : [el];
    for (const item of items) rows.push({ review: item });
  }
  return rows;
}

/** True for a Fact Check Tools `claims:search` response (`{ claims: [{ text, claimReview: [...] }] }`). */
export function isFactCheckTools(doc: unknown): boolean {
  return isObj(doc) && Array.isArray(doc.claims) && doc.claims.some((c) => isObj(c) && ('claimReview' in c || 'text' in c));
}

/**
 * One row per (claim, review) pair of a Fact Check Tools response, reshaped as ClaimReview:
 * `text` -> claimReviewed, `claimant` -> itemReviewed.author.name, `claimDate` -> itemReviewed.datePublished,
 * `textualRating` -> reviewRating.alternateName, `publisher.name`/`site` -> author, `url`, `reviewDate`,
 * `languageCode`. A claim without reviews is one row (reported as missing its rating).
 */
export function factCheckToolsRows(doc: Json): SourceRow[] {
  const rows: SourceRow[] = [];
  (doc.claims as unknown[]).forEach((claim, i) => {
    const c = isObj(claim) ? claim : {};
    const reviews = Array.isArray(c.claimReview) && c.claimReview.length ? c.claimReview : [undefined];
    reviews.forEach((rv, j) => {
      const r = isObj(rv) ? rv : {};
      const publisher = isObj(r.publisher) ? r.publisher : {};
      const at = `claims[${i}]`;
      const rat = `${at}.claimReview[${j}]`;
      rows.push({
        review: {
          '@type': 'ClaimReview',
          claimReviewed: c.text,
          itemReviewed: { '@type': 'Claim', author: c.claimant === undefined ? undefined : { name: c.claimant }, datePublished: c.claimDate },
          reviewRating: rv === undefined ? undefined : { '@type': 'Rating', alternateName: r.textualRating },
          author: { '@type': 'Organization', name: publisher.name ?? publisher.site, url: publisher.site ? `https://${String(publisher.site)}` : undefined },
          url: r.url,
          name: r.title,
          datePublished: r.reviewDate,
          inLanguage: r.languageCode,
        },
        fields: {
          claimReviewed: `${at}.text`,
          reviewRating: `${rat}.textualRating`,
          'reviewRating.alternateName': `${rat}.textualRating`,
          url: `${rat}.url`,
          datePublished: `${rat}.reviewDate`,
        },
      });
    });
  });
  return rows;
}

/** ClaimReview rows of a JSON-LD document (object, array or `@graph`). */
export function jsonLdRows(doc: unknown): SourceRow[] {
  return claimReviewsIn(doc).map((review) => ({ review }));
}
