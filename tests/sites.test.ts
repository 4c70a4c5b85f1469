import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { setSiteEnabled, siteState } from '../entrypoints/background/sites';
import { CONTENT_MATCHES, isSiteOff, patternsForHost, siteOf } from '../lib/sites';

describe('sites', () => {
  it('runs on reportultra.com with and without www out of the box', () => {
    expect(CONTENT_MATCHES).toContain('*://reportultra.com/*');
    expect(CONTENT_MATCHES).toContain('*://www.reportultra.com/*');
  });
  it('covers a host with and without www', () => {
    expect(patternsForHost('www.example.org')).toEqual(['*://example.org/*', '*://www.example.org/*']);
    expect(patternsForHost('News.Example.org')).toEqual(['*://news.example.org/*', '*://www.news.example.org/*']);
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
});
