/**
 * Site chrome: navigation, sharing, ads, teasers, comments, consent banners. Read as article text,
 * it would be matched and painted where no one reads it as a claim. The word lists come from the
 * patterns Mozilla Readability treats as unlikely content (`REGEXPS.unlikelyCandidates` in
 * Readability.js), narrowed to whole words.
 */

/** Elements that are chrome by tag. `header` and `form` have their own rules below. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'dialog']);

/** ARIA landmark and widget roles that are chrome (WAI-ARIA 1.2). */
const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'alert',
  'menu', 'menubar', 'toolbar',
]);

/** Class or id words that mark chrome when they appear as a whole token or a whole part of one. */
const CHROME_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'sidebar', 'cookie', 'cookies', 'consent', 'banner', 'advert',
  'advertisement', 'ad', 'ads', 'promo', 'newsletter', 'comment', 'comments', 'breadcrumb', 'breadcrumbs',
  'tags', 'byline', 'subscribe', 'paywall', 'footer',
]);

/** Two-part chrome names, matched as consecutive parts ("read-also", "readAlso", "entry_meta"). "ad-slot" is covered by "ad". */
const CHROME_PAIRS = new Set(['read-also', 'entry-meta']);

/** Well-known article body containers (WordPress, Guardian, BBC, ... class names). */
export const ARTICLE_BODY = [
  'main', '[role="main"]', '[itemprop~="articleBody"]', '.entry-content', '.post-content', '.post-body',
  '.article-body', '.article-content', '.article__body', '.article__content', '.story-body',
  '.story-content', '.content-body', '#article-body', '#story-body',
].join(', ');

/** Elements that are, or hold, the article: never chrome by class name. */
const ARTICLE_INSIDE = `h1, ${ARTICLE_BODY}`;

/** Ancestors that make a `header` the article's own heading block. */
const ARTICLE_CONTAINER = 'article, main, [role="main"], [itemprop~="articleBody"]';

/**
 * Whether an element is site chrome (never extracted, with everything inside it):
 * - `nav`, `aside`, `footer`, `dialog`;
 * - `header`, unless it holds a heading and sits inside an `article`, `main`, `[role=main]` or
 *   `[itemprop=articleBody]` (the article's own header: its h1 stays, its byline and share bar go
 *   by the class rule);
 * - `form`, unless it holds the article (ASP.NET pages wrap the whole page in one form);
 * - a `role` in CHROME_ROLES;
 * - a class or id with a CHROME_WORDS word as a whole token or part (parts split at `-`, `_` and
 *   camelCase: "ad-slot", "share_bar", "relatedPosts"; never substrings: "shadow", "heading",
 *   "shareholders" are not chrome), or a CHROME_PAIRS pair of consecutive parts; except for elements
 *   that are an article body (ARTICLE_BODY: `main`, `.entry-content`, ...) or hold one or an h1
 *   (a "content-sidebar-wrap" wrapper, an "entry-content has-share-buttons" body).
 * `body` and `html` are never chrome.
 * @param el the element
 */
export function isChrome(el: Element): boolean {
  const name = el.localName;
  if (name === 'body' || name === 'html') return false;
  if (CHROME_TAGS.has(name)) return true;
  if (name === 'header') {
    return !(el.querySelector('h1, h2, h3, h4, h5, h6') && el.parentElement?.closest(ARTICLE_CONTAINER));
  }
  if (name === 'form') return !holdsArticle(el);
  const role = el.getAttribute('role');
  if (role && role.toLowerCase().split(/\s+/).some((r) => CHROME_ROLES.has(r))) return true;
  return hasChromeName(el) && !holdsArticle(el);
}

function holdsArticle(el: Element): boolean {
  return el.matches(ARTICLE_BODY) || el.querySelector(ARTICLE_INSIDE) !== null;
}

function hasChromeName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
  return names.some((token) => token !== '' && isChromeToken(token));
}

/**
 * Whether one class or id token names chrome (see {@link isChrome}).
 * @param token one class name or id, e.g. "ad-slot", "relatedPosts"
 */
export function isChromeToken(token: string): boolean {
  const parts = token.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/);
  for (let i = 0; i < parts.length; i++) {
    if (CHROME_WORDS.has(parts[i] as string)) return true;
    if (i > 0 && CHROME_PAIRS.has(`${parts[i - 1]}-${parts[i]}`)) return true;
  }
  return false;
}
