// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../lib/page/article-root';
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
    for (const [path, headline] of cases) {
      const doc = saved(path);
      expect(pageHeadline(doc, findArticleRoot(doc)), path).toBe(headline);
    }
  });

  it("takes the article's h1, not a logo's h1 in the site header", () => {
    const body = '<p>The council approved the new budget on Tuesday after a long debate about schools and roads.</p>'.repeat(6);
    const inside = parse(`<title>Site</title><header><h1>The Daily Planet</h1></header><main><article><h1>Quellman defends tariff record</h1>${body}</article></main>`);
    expect(pageHeadline(inside, findArticleRoot(inside))).toBe('Quellman defends tariff record');
    const before = parse(`<title>Site</title><header><h1>The Daily Planet</h1></header><main><h1>Quellman defends tariff record</h1><article>${body}</article></main>`);
    expect(pageHeadline(before, findArticleRoot(before))).toBe('Quellman defends tariff record');
    // without the article root no h1 is read: the title
    expect(pageHeadline(before)).toBe('Site');
  });

  it('falls back to the title, collapses whitespace, cuts long ones, and gives nothing for a page without one', () => {
    expect(pageHeadline(parse('<title>  A \n title </title><p>x</p>'))).toBe('A title');
    expect(pageHeadline(parse(`<title>${'word '.repeat(200)}</title>`))!.length).toBe(MAX_HEADLINE);
    expect(pageHeadline(parse('<meta property="og:title" content=" "><p>No headline.</p>'))).toBeUndefined();
  });
});
