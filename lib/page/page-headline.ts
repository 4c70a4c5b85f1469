import { findHeadline } from './article-root';

/** Longest headline sent to the matcher, UTF-16 code units (a headline is one line; a page could put anything there). */
export const MAX_HEADLINE = 300;

/**
 * Where news pages state an article's headline, most specific first: Open Graph `og:title`
 * (https://ogp.me), the Twitter card title, schema.org `headline` as microdata.
 */
const META_SELECTORS = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[itemprop="headline"]'];

/**
 * The article's headline: page metadata first, then the article's `<h1>` (inside the article root,
 * or the one just before it outside site chrome, as {@link findHeadline} finds it: a logo's `<h1>`
 * in the site header is not the headline), then the document title. Read at each match request, so
 * a single-page app's new headline counts once it is there. The matcher reads it as context
 * (statements whose claimant it names rank higher, `MatchOptions.context`). Whitespace is collapsed
 * and the result cut to {@link MAX_HEADLINE}.
 * @param doc the page
 * @param root the article root (lib/page/article-root.ts `findArticleRoot`); without it, no `<h1>` is read
 * @returns the headline, or undefined when the page has none
 */
export function pageHeadline(doc: Document, root?: Element): string | undefined {
  const candidates = [
    ...META_SELECTORS.map((sel) => doc.querySelector(sel)?.getAttribute('content')),
    root && (root.querySelector('h1') ?? findHeadline(doc, root))?.textContent,
    doc.title,
  ];
  for (const c of candidates) {
    const text = c?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, MAX_HEADLINE);
  }
  return undefined;
}
