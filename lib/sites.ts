/**
 * Match patterns where the content script runs out of the box: reportultra.com (the article
 * ClaimLens is built around) and a short list of large English-language news sites. Other sites
 * are enabled by the user from the popup (optional host permission + registered content script).
 * Pattern syntax: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export const CONTENT_MATCHES: string[] = [
  '*://reportultra.com/*',
  '*://www.reportultra.com/*',
  '*://*.bbc.com/*',
  '*://*.bbc.co.uk/*',
  '*://*.cnn.com/*',
  '*://*.theguardian.com/*',
  '*://*.nytimes.com/*',
  '*://*.washingtonpost.com/*',
  '*://*.reuters.com/*',
  '*://apnews.com/*',
];

/**
 * The match patterns that cover one site, for the "enable on this site" action.
 * @param hostname a page's `location.hostname`, e.g. `www.example.org`
 * @returns patterns for http and https on that host and, for a `www.` host, the bare domain too
 * @throws Error when `hostname` is empty or not a plain host name
 */
export function patternsForHost(hostname: string): string[] {
  const host = hostname.trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) {
    throw new Error(`Not a web site host name: "${hostname}"`);
  }
  const bare = siteOf(host);
  return [bare, `www.${bare}`].map((h) => `*://${h}/*`);
}

/**
 * The host part of a match pattern or origin (`*://*.bbc.com/*` -> `*.bbc.com`,
 * `https://example.org/*` -> `example.org`).
 * @returns '' when there is none
 */
export function hostOfPattern(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
}

/**
 * The site a host name belongs to for the per-site switch: lower case, without a leading `www.`
 * (`www.example.org` and `example.org` are one site, as {@link patternsForHost} covers both).
 * @param hostname e.g. `location.hostname`
 */
export function siteOf(hostname: string): string {
  const host = hostname.trim().toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * Whether the user switched a host's site off.
 * @param disabled the stored `disabledHosts` (any value: entries that are not strings are ignored;
 *   entries saved with `www.` still count for the bare domain and the other way round)
 */
export function isSiteOff(disabled: unknown, hostname: string): boolean {
  const site = siteOf(hostname);
  return Array.isArray(disabled) && disabled.some((h) => typeof h === 'string' && siteOf(h) === site);
}

/**
 * Whether the manifest's content script already runs on a host ({@link CONTENT_MATCHES}), so the
 * switch must not register a second copy there.
 * @param hostname e.g. `www.bbc.com`
 */
export function isBuiltIn(hostname: string): boolean {
  const host = hostname.trim().toLowerCase();
  return CONTENT_MATCHES.some((p) => {
    const pattern = hostOfPattern(p);
    if (!pattern.startsWith('*.')) return host === pattern;
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  });
}
