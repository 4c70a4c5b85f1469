import { dayOf } from '../match/dates';

/**
 * Where news pages state when an article was published, most specific first: Open Graph article
 * metadata (https://ogp.me/#type_article `article:published_time`), schema.org `datePublished`
 * as microdata, and the older Dublin Core / newsroom `<meta name>` forms seen on saved pages of large
 * news sites (tests/fixtures/real-world).
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="article:published"]',
  'meta[itemprop="datePublished"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  'meta[name="pdate"]',
];

/** Article types of schema.org whose `datePublished` dates the page. */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage)$/;

/** `datePublished` of the first article object in a JSON-LD value (objects, arrays, `@graph`). */
function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && typeof o.datePublished === 'string') {
    const d = dayOf(o.datePublished);
    if (d) return d;
  }
  return fromJsonLd(o['@graph'], depth + 1);
}

/** Dates in these belong to other stories (related links, menus), not to the article. */
const OTHER_STORIES = 'nav, aside, [role="navigation"], [role="complementary"]';

/**
 * The day an article page says it was published: page metadata first, then JSON-LD
 * (schema.org `datePublished` of an article), then the nearest `<time datetime>`: inside the
 * article, else inside its closest ancestor that has one (a header beside the article), never
 * inside navigation or asides (related stories carry their own dates).
 * The matcher uses it as context (statements made near that day rank higher). Read only from the
 * page's own markup; a page without a date gets undefined. Malformed JSON-LD is skipped.
 * @param doc the page
 * @param article the article root (where `<time>` is looked for first); default the body
 * @returns `YYYY-MM-DD`, or undefined
 */
export function publicationDate(doc: Document, article: Element | null = doc.body): string | undefined {
  for (const sel of META_SELECTORS) {
    const d = dayOf(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 1_000_000 || !text.includes('datePublished')) continue;
    try {
      const d = fromJsonLd(JSON.parse(text));
      if (d) return d;
    } catch {
      // a page's broken JSON-LD is the page's business
    }
  }
  for (let el = article; el; el = el === doc.body ? null : el.parentElement) {
    for (const time of Array.from(el.querySelectorAll('time[datetime]'))) {
      if (time.closest(OTHER_STORIES)) continue;
      const d = dayOf(time.getAttribute('datetime'));
      if (d) return d;
    }
  }
  return undefined;
}
