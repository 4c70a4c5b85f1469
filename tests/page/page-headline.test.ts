// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_HEADLINE, pageHeadline } from '../../lib/page/page-headline';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// Stylesheet links and frames are dropped: the test DOM would try to fetch them.
const saved = (path: string) => parse(readFileSync(path, 'utf8').replace(/<(link|iframe)\b[^>]*>/gi, ''));

describe('pageHeadline', () => {
  it('finds the headline on the saved pages of large news sites and on the reportultra article', () => {
    const cases: Array<[string, string]> = [
      ['tests/fixtures/real-world/bbc-1.html', "Obama admits US gun laws are his 'biggest frustration' - BBC News"], // og:title
      ['tests/fixtures/real-world/cnn.html', "The 'birth lottery' and economic mobility"], // og:title, trimmed
      ['tests/fixtures/pages/reportultra-trump-putin-no-progress.html', 'Trump admits \u2018no progress\u2019 on ending Russia-Ukraine war following call with Putin'], // <h1>
    ];
    for (const [path, headline] of cases) expect(pageHeadline(saved(path)), path).toBe(headline);
  });

  it('falls back to the title, collapses whitespace, cuts long ones, and gives nothing for a page without one', () => {
    expect(pageHeadline(parse('<title>  A \n title </title><p>x</p>'))).toBe('A title');
    expect(pageHeadline(parse(`<h1>${'word '.repeat(200)}</h1>`))!.length).toBe(MAX_HEADLINE);
    expect(pageHeadline(parse('<meta property="og:title" content=" "><p>No headline.</p>'))).toBeUndefined();
  });
});
