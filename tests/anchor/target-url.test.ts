import { describe, expect, it } from 'vitest';
import { sameSite, targetUrl } from '../../lib/anchor/target-url';

describe('targetUrl', () => {
  it('takes the canonical link of the same site, without fragment', () => {
    expect(targetUrl('https://www.reportultra.com/x?utm_source=tw#c', 'https://reportultra.com/2025/07/04/a/#top')).toBe('https://reportultra.com/2025/07/04/a/');
    expect(targetUrl('https://reportultra.com/a/', '/b/')).toBe('https://reportultra.com/b/');
  });
  it('ignores a canonical link of another site or scheme, and drops tracking parameters only', () => {
    expect(targetUrl('https://reportultra.com/a/?id=3&utm_medium=x&fbclid=y#z', 'https://other.example/a/')).toBe('https://reportultra.com/a/?id=3');
    expect(targetUrl('https://reportultra.com/a/', 'javascript:alert(1)')).toBe('https://reportultra.com/a/');
  });
  it('refuses pages that are not on the web', () => {
    expect(() => targetUrl('file:///tmp/a.html')).toThrow(/web pages/);
  });
  it('treats www., m. and amp. copies as one site', () => {
    expect(sameSite('https://m.bbc.com/x', 'https://www.bbc.com/y')).toBe(true);
    expect(sameSite('https://bbc.com.evil.example/', 'https://bbc.com/')).toBe(false);
  });
});
