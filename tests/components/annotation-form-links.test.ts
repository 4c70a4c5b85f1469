import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../components/AnnotationForm';
import { cleanBody } from '../../lib/store/annotation-model';

describe('the links field of the annotate form', () => {
  it('takes one link per line, as its label says', () => {
    expect(splitLinks('https://a.example/x\n\n  http://b.example/y  \r\nhttps://c.example/')).toEqual(['https://a.example/x', 'http://b.example/y', 'https://c.example/']);
    expect(splitLinks('  \n ')).toEqual([]);
  });

  it('keeps a space inside an address as part of it, encoded', () => {
    expect(splitLinks('https://example.org/my report 2025.pdf')).toEqual(['https://example.org/my%20report%202025.pdf']);
    expect(cleanBody({ links: splitLinks('https://example.org/my report.pdf') }).links).toEqual(['https://example.org/my%20report.pdf']);
  });

  it('still splits a line of several addresses separated by spaces', () => {
    expect(splitLinks('https://a.example/ https://b.example/')).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('leaves a line that is not an address whole, so the form says which one is wrong', () => {
    const links = splitLinks('see the report');
    expect(links).toEqual(['see the report']);
    expect(() => cleanBody({ links })).toThrow('"see the report" is not a web address');
  });
});
