/**
 * Query parameters that track a visit and never choose the content: Google Analytics `utm_*`, ad
 * click ids (Facebook `fbclid`, Google `gclid`/`dclid`/`gbraid`/`wbraid`, Microsoft `msclkid`,
 * Yandex `yclid`, Twitter `twclid`, Instagram `igshid`), Mailchimp `mc_cid`/`mc_eid`, HubSpot
 * `_hsenc`/`_hsmi`, and `ref_src`/`ref_url`.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|ref_src|ref_url)$/i;

/**
 * The URL a note targets: the page's `link rel=canonical` when it is an http(s) URL of the same site
 * ({@link sameSite}), else the page URL; either way without fragment and tracking parameters.
 * @param pageUrl `location.href`
 * @param canonicalHref the `href` of `link[rel=canonical]`, if any (relative URLs resolve against pageUrl)
 * @returns an absolute http(s) URL
 * @throws TypeError when `pageUrl` is not an http(s) URL (ClaimLens annotates web pages only)
 */
export function targetUrl(pageUrl: string, canonicalHref?: string | null): string {
  const page = new URL(pageUrl);
  if (page.protocol !== 'http:' && page.protocol !== 'https:') throw new TypeError(`Only web pages can be annotated, not ${page.protocol} pages`);
  let chosen = page;
  if (canonicalHref) {
    try {
      const c = new URL(canonicalHref, page);
      if ((c.protocol === 'http:' || c.protocol === 'https:') && sameSite(c.href, page.href)) chosen = c;
    } catch {
      // an unparsable canonical link is ignored
    }
  }
  const out = new URL(chosen.href);
  out.hash = '';
  // forEach, not the iterator: Firefox content scripts see URLSearchParams iterators as not iterable.
  const keys: string[] = [];
  out.searchParams.forEach((_value, key) => keys.push(key));
  for (const key of keys) if (TRACKING.test(key)) out.searchParams.delete(key);
  return out.href;
}

/** Host without a leading `www.`, `m.` or `amp.` (mobile and AMP copies of one site). */
function siteHost(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  } catch {
    return null;
  }
}

/**
 * Whether two http(s) URLs belong to one site: equal hosts once a leading `www.`, `m.` or `amp.` is
 * dropped. A content script may only touch notes of its own site (docs/architecture.md, rules).
 */
export function sameSite(a: string, b: string): boolean {
  const ha = siteHost(a);
  return ha !== null && ha === siteHost(b);
}
