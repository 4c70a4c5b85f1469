/** Longest headline sent to the matcher, UTF-16 code units (a headline is one line; a page could put anything there). */
export const MAX_HEADLINE = 300;

/**
 * Where news pages state an article's headline, most specific first: Open Graph `og:title`
 * (https://ogp.me), the Twitter card title, schema.org `headline` as microdata.
 */
const META_SELECTORS = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[itemprop="headline"]'];

/**
 * The article's headline: page metadata first, then the article's first `<h1>`, then the
 * document title. The matcher reads it as context (statements whose claimant it names rank
 * higher, `MatchOptions.context`). Whitespace is collapsed and the result cut to {@link MAX_HEADLINE}.
 * @param doc the page
 * @param root where the article is (for `<h1>`); default the body
 * @returns the headline, or undefined when the page has none
 */
export function pageHeadline(doc: Document, root: ParentNode | null = doc.body): string | undefined {
  const candidates = [
    ...META_SELECTORS.map((sel) => doc.querySelector(sel)?.getAttribute('content')),
    root?.querySelector('h1')?.textContent,
    doc.title,
  ];
  for (const c of candidates) {
    const text = c?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, MAX_HEADLINE);
  }
  return undefined;
}
