import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { setSiteEnabled, siteState } from '../entrypoints/background/sites';
import { CONTENT_MATCHES, hostOfPattern, isBuiltIn, isSiteOff, patternsForHost, siteOf } from '../lib/sites';

describe('sites', () => {
  it('runs on reportultra.com with and without www out of the box', () => {
    expect(CONTENT_MATCHES).toContain('*://reportultra.com/*');
    expect(CONTENT_MATCHES).toContain('*://www.reportultra.com/*');
  });
  it('covers a host with and without www', () => {
    expect(patternsForHost('www.example.org')).toEqual(['*://example.org/*', '*://www.example.org/*']);
    expect(patternsForHost('News.Example.org')).toEqual(['*://news.example.org/*', '*://www.news.example.org/*']);
  });
  it('reads the host of a match pattern or an origin', () => {
    expect(CONTENT_MATCHES.map(hostOfPattern)).toContain('*.bbc.com');
    expect(hostOfPattern('https://example.org/*')).toBe('example.org');
    expect(hostOfPattern('<all_urls>')).toBe('');
  });
  it('refuses things that are not host names', () => {
    expect(() => patternsForHost('')).toThrow(/host name/);
    expect(() => patternsForHost('localhost')).toThrow();
    expect(() => patternsForHost('a/b.com')).toThrow();
  });
});

describe('the per-site switch', () => {
  it('treats www. and the bare domain as one site, whichever form was saved', () => {
    expect(siteOf('WWW.Example.org')).toBe('example.org');
    expect(siteOf('news.example.org')).toBe('news.example.org');
    expect(isSiteOff(['example.org'], 'www.example.org')).toBe(true);
    expect(isSiteOff(['www.example.org'], 'example.org')).toBe(true);
    expect(isSiteOff(['example.org'], 'news.example.org')).toBe(false);
    expect(isSiteOff('example.org', 'example.org')).toBe(false);
    expect(isSiteOff([42, null, 'other.org'], 'example.org')).toBe(false);
  });

  it('switches both forms off and on again in the background', async () => {
    // the fake browser has no permissions API; this site is not granted, so nothing is registered
    vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => false);
    expect((await setSiteEnabled('www.example.org', false)).enabled).toBe(false);
    expect((await siteState('example.org')).enabled).toBe(false);
    await browser.storage.local.set({ disabledHosts: ['www.example.org', 'example.org', 'other.org'] });
    expect((await setSiteEnabled('example.org', true)).enabled).toBe(true);
    expect((await siteState('www.example.org')).enabled).toBe(true);
    expect((await browser.storage.local.get('disabledHosts')).disabledHosts).toEqual(['other.org']);
  });

  it('knows the sites the manifest already covers (no second registration there)', () => {
    expect(['bbc.com', 'www.bbc.com', 'news.bbc.co.uk', 'reportultra.com', 'www.reportultra.com', 'apnews.com'].every(isBuiltIn)).toBe(true);
    expect(['example.org', 'notbbc.com', 'www.apnews.com', 'reportultra.com.evil.org'].some(isBuiltIn)).toBe(false);
  });

  it('registers the content script only where the manifest does not run it already', async () => {
    vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => true);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
    vi.spyOn(browser.runtime, 'getManifest').mockImplementation(() => ({ manifest_version: 3, name: 'ClaimLens', version: '1', content_scripts: [{ matches: CONTENT_MATCHES, js: ['content.js'] }] }));
    const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async () => undefined);
    await setSiteEnabled('www.bbc.com', true);
    expect(register).not.toHaveBeenCalled();
    await setSiteEnabled('www.apnews.com', true);
    expect(register.mock.calls.at(-1)![0]![0]!.matches).toEqual(['*://www.apnews.com/*']);
    await setSiteEnabled('example.org', true);
    expect(register.mock.calls.at(-1)![0]![0]!.matches).toEqual(['*://example.org/*', '*://www.example.org/*']);
  });
});
