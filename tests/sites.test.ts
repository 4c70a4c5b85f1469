import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, patternsForHost } from '../lib/sites';

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
