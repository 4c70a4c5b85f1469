// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../lib/match/dates';
import { publicationDate } from '../../lib/page/page-date';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// Stylesheet links and frames are dropped: the test DOM would try to fetch them.
const saved = (path: string) => parse(readFileSync(path, 'utf8').replace(/<(link|iframe)\b[^>]*>/gi, ''));

describe('dayOf', () => {
  it('reads the day as written, whatever the time and zone', () => {
    expect(dayOf('2025-07-04T16:33:00+07:00')).toBe('2025-07-04');
    expect(dayOf('2016-02-01 01:28:49')).toBe('2016-02-01');
    expect(dayOf('20170113')).toBe('2017-01-13');
    expect(dayOf(' 2019-01-03 ')).toBe('2019-01-03');
  });

  it('refuses what is not a real day', () => {
    for (const bad of ['', 'Jan. 13, 2017', '2025-02-30', '2025-13-01', '1426686630', '0001-01-01', '2025-07-04x', null, undefined]) {
      expect(dayOf(bad)).toBeUndefined();
    }
  });
});

describe('publicationDate', () => {
  it('finds the date on the saved pages of large news sites and on the reportultra article', () => {
    const cases: Array<[string, string | undefined]> = [
      ['tests/fixtures/real-world/guardian-1.html', '2019-01-03'], // article:published_time
      ['tests/fixtures/real-world/nytimes-1.html', '2017-01-13'], // article:published
      ['tests/fixtures/real-world/telegraph.html', '2017-11-16'], // itemprop=datePublished
      ['tests/fixtures/real-world/cnn.html', '2016-02-01'], // DC.date.issued
      ['tests/fixtures/pages/reportultra-trump-putin-no-progress.html', '2025-07-04'], // JSON-LD NewsArticle
      ['tests/fixtures/real-world/wikipedia.html', undefined],
    ];
    for (const [path, day] of cases) expect(publicationDate(saved(path)), path).toBe(day);
  });

  it('reads an article in a JSON-LD @graph, and skips broken JSON-LD and non-article types', () => {
    const doc = parse(`<script type="application/ld+json">{ broken datePublished</script>
      <script type="application/ld+json">{"@type":"Person","datePublished":"2001-01-01"}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"datePublished":"2024-05-06T07:00:00Z"}]}</script>`);
    expect(publicationDate(doc)).toBe('2024-05-06');
  });

  it('falls back to the first <time datetime> in the article, and to nothing', () => {
    const doc = parse('<header><time datetime="2000-01-01">old</time></header><article><p>x</p><time datetime="2023-03-04T10:00">4 March</time></article>');
    expect(publicationDate(doc, doc.querySelector('article'))).toBe('2023-03-04');
    expect(publicationDate(parse('<article><p>No date here.</p></article>'))).toBeUndefined();
  });

  it('looks for <time> in the article first, then beside it, never in navigation or related stories', () => {
    const doc = parse(`<aside><time datetime="1999-09-09">related</time></aside>
      <main><header><time datetime="2022-02-02">2 Feb</time></header><article><p>x</p></article></main>
      <nav><time datetime="1998-08-08">menu</time></nav>`);
    expect(publicationDate(doc, doc.querySelector('article'))).toBe('2022-02-02');
    const only = parse('<aside><time datetime="1999-09-09">related</time></aside><article><p>x</p></article>');
    expect(publicationDate(only, only.querySelector('article'))).toBeUndefined();
    expect(publicationDate(only)).toBeUndefined();
  });
});
