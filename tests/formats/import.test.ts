import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/formats/backup-format';
import { statementsToClaimReviewDoc } from '../../lib/formats/claimreview-export';
import { statementsToCsv } from '../../lib/formats/csv';
import { checkImportSize, detectImport, ImportError, type Detected } from '../../lib/formats/detect';
import { planImport, type ImportPlan } from '../../lib/formats/import-plan';
import { notesToAnnotationCollection } from '../../lib/formats/web-annotation';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { ANNOTATION_CONTEXT } from '../../lib/store/annotation-model';
import type { AnnotationRecord } from '../../lib/store/db';

const fixture = (name: string) => readFileSync(new URL(`../library/fixtures/${name}`, import.meta.url), 'utf8');
const plan = (name: string, text: string, extra: Partial<Parameters<typeof planImport>[1]> = {}): Promise<ImportPlan> => {
  const d = detectImport(name, text);
  return planImport(d, { now: 1000, packId: 'p1', csvMapping: d.format === 'csv' ? d.mapping : undefined, ...extra });
};

const note: AnnotationRecord = {
  '@context': ANNOTATION_CONTEXT, type: 'Annotation', id: 'n1', url: 'https://news.example/a',
  target: { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'the quote', prefix: 'a ', suffix: ' b' }, { type: 'TextPositionSelector', start: 12, end: 21 }] },
  body: { note: 'My note <b>bold</b>', verdict: 'false', tags: ['t1'], links: ['https://src.example/'] }, created: '2023-11-14T22:13:20.000Z', modified: '2023-11-14T22:15:00.000Z',
};

const review = (claim: unknown, label: unknown = 'False') => ({ '@type': 'ClaimReview', claimReviewed: claim, reviewRating: { '@type': 'Rating', alternateName: label }, author: { name: 'R' }, url: 'https://r.example/1' });

describe('format detection', () => {
  it('reads ClaimReview as one object, a list and an @graph', async () => {
    expect((await plan('a.json', JSON.stringify(review('One.')))).statements).toHaveLength(1);
    expect((await plan('a.json', JSON.stringify([review('One.'), review('Two.')]))).statements).toHaveLength(2);
    const p = await plan('a.jsonld', fixture('claimreviews.json'));
    expect(p.format).toBe('claimreview');
    expect(p.statements.map((s) => s.verdict)).toEqual(['false', 'mostly-true', 'mixed']);
    expect(p.statements[0]).toMatchObject({ verdictLabel: 'Pants on Fire', claimant: 'A. Blogger', packId: 'p1', origin: 'import', tags: ['moon', 'space'] });
  });

  it('reads ClaimReview JSON-LD embedded in a saved HTML page, skipping other blocks', async () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script type='application/ld+json'>${JSON.stringify({ '@context': 'https://schema.org', ...review('Embedded claim.') })}</script></head><body><p>x</p></body></html>`;
    const p = await plan('page.html', html);
    expect(p.format).toBe('html');
    expect(p.statements.map((s) => s.text)).toEqual(['Embedded claim.']);
  });

  it('refuses an HTML page without ClaimReview markup, saying what it reads', () => {
    expect(() => detectImport('page.html', '<html><body>No markup</body></html>')).toThrow(/without ClaimReview markup.*ClaimLens imports/);
  });

  it('reads a DataFeed of DataFeedItems and of bare ClaimReviews', async () => {
    const feed = { '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [review('Feed one.')] }, review('Feed two.')] };
    const p = await plan('feed.json', JSON.stringify(feed));
    expect(p.format).toBe('datafeed');
    expect(p.statements.map((s) => s.text)).toEqual(['Feed one.', 'Feed two.']);
  });

  it('reads a Fact Check Tools claims:search response, reporting errors with its own field names', async () => {
    const res = {
      claims: [
        { text: 'Tools claim.', claimant: 'Someone', claimDate: '2024-05-01T00:00:00Z', claimReview: [{ publisher: { name: 'PolitiFact', site: 'politifact.com' }, url: 'https://www.politifact.com/x', title: 'T', reviewDate: '2024-05-03T00:00:00Z', textualRating: 'Mostly False', languageCode: 'en' }] },
        { claimReview: [{ url: 'https://x.example', textualRating: 'False' }] },
      ],
      nextPageToken: 'abc',
    };
    const p = await plan('claims.json', JSON.stringify(res));
    expect(p.format).toBe('factcheck-tools');
    expect(p.statements[0]).toMatchObject({ text: 'Tools claim.', claimant: 'Someone', claimDate: '2024-05-01', verdict: 'mostly-false', reviewer: 'PolitiFact', reviewDate: '2024-05-03' });
    expect(p.errors).toEqual([{ row: 2, field: 'claims[1].text', reason: 'is missing' }]);
  });

  it('reads W3C Web Annotations and writes them back losslessly', async () => {
    const p = await plan('notes.jsonld', JSON.stringify(notesToAnnotationCollection([note])));
    expect(p.format).toBe('web-annotation');
    expect(p.notes).toEqual([note]);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    const bad = await plan('n.json', JSON.stringify([{ type: 'Annotation', target: 'javascript:alert(1)', body: 'x' }]));
    expect(bad.errors).toEqual([{ row: 1, field: 'target.source', reason: 'is not an http(s) page address' }]);
  });

  it("maps another tool's annotation to the note shape the page makes (quote and position selectors, canonical URL, ISO dates)", async () => {
    // As the Hypothesis client exports: selectors in its own order, a RangeSelector, tracking parameters in the URL.
    const hyp = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'https://hypothes.is/a/abc', created: '2024-03-05T10:20:30.123456+00:00',
      body: [{ type: 'TextualBody', value: 'Source?', format: 'text/markdown' }, { type: 'TextualBody', value: '#budget', purpose: 'tagging' }],
      target: [{
        source: 'https://news.example/story?id=4&utm_source=x#para-3',
        selector: [
          { type: 'RangeSelector', startContainer: '/p[3]', startOffset: 0, endContainer: '/p[3]', endOffset: 20 },
          { type: 'TextPositionSelector', start: 812, end: 832 },
          { type: 'TextQuoteSelector', exact: 'spending rose by 40%', prefix: 'Last year ', suffix: ' in real terms' },
        ],
      }],
    };
    const p = await plan('hypothesis.json', JSON.stringify([hyp, { ...hyp, id: 'b', target: { source: 'https://news.example/', selector: { type: 'TextQuoteSelector', exact: 'only a quote' } } }]));
    expect(p.errors).toEqual([]);
    expect(p.notes[0]).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'https://hypothes.is/a/abc', url: 'https://news.example/story?id=4',
      target: {
        source: 'https://news.example/story?id=4',
        selector: [{ type: 'TextQuoteSelector', exact: 'spending rose by 40%', prefix: 'Last year ', suffix: ' in real terms' }, { type: 'TextPositionSelector', start: 812, end: 832 }],
      },
      body: { note: 'Source?', tags: ['budget'], links: [] }, created: '2024-03-05T10:20:30.123Z', modified: '2024-03-05T10:20:30.123Z',
    });
    expect(p.notes[1]!.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'only a quote', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }]);
  });

  it('annotations ClaimLens cannot anchor or store are reported by row; verdict labels are mapped or kept as text', async () => {
    const target = { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'the quote' }] };
    const p = await plan('n.json', JSON.stringify([
      { type: 'Annotation', target: 'https://news.example/a', body: 'A page note without a quote' },
      { type: 'Annotation', target, body: [{ type: 'TextualBody', value: 'x' }, ...Array.from({ length: 21 }, (_, i) => ({ type: 'TextualBody', value: `t${i}`, purpose: 'tagging' }))] },
      { type: 'Annotation', target, body: [{ type: 'TextualBody', value: 'Pants on Fire!', purpose: 'assessing' }] },
      { type: 'Annotation', target, body: [{ type: 'TextualBody', value: 'Dubious', purpose: 'assessing' }, { id: 'javascript:alert(1)', type: 'SpecificResource' }] },
    ]));
    expect(p.errors).toEqual([
      { row: 1, field: 'target.selector', reason: expect.stringContaining('no quoted text') },
      { row: 2, field: 'body', reason: 'A note takes at most 20 tags.' },
    ]);
    expect(p.notes.map((n) => n.body)).toEqual([
      { note: '', verdict: 'false', tags: [], links: [] },
      { note: 'Verdict: Dubious', tags: [], links: [] },
    ]);
    expect(p.warnings).toEqual([
      { row: 3, field: 'body (assessing)', reason: '"Pants on Fire!" read as the verdict false' },
      { row: 4, field: 'body', reason: expect.stringContaining('left out') },
      { row: 4, field: 'body (assessing)', reason: expect.stringContaining('kept in the note text') },
    ]);
  });

  it('restores the notes of a backup as stored, converts schema-1 notes of a version-1 backup, and reports a bad note', async () => {
    const orphan = { ...note, id: 'orphan', target: { source: note.url, selector: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 0 }] } };
    const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: 'x', statements: [], notes: [note, orphan, { ...note, id: 'bad', url: 'file:///etc/passwd' }], packs: [], settings: DEFAULT_SETTINGS };
    const p = await plan('backup.json', JSON.stringify(backup));
    expect(p.notes).toEqual([note, orphan]);
    expect(p.errors).toEqual([{ row: 3, field: 'notes', reason: expect.stringContaining('not a web page') }]);
    const v1 = { id: 'old', url: note.url, target: { source: note.url, selector: [{ type: 'TextQuoteSelector', exact: 'the quote' }] }, body: { note: 'Old note', verdict: 'true', tags: ['a'], links: [] }, created: 1_700_000_000_000, modified: 1_700_000_100_000 };
    const old = await plan('old.json', JSON.stringify({ ...backup, version: 1, notes: [v1] }));
    expect(old.errors).toEqual([]);
    expect(old.notes[0]).toMatchObject({ '@context': ANNOTATION_CONTEXT, id: 'old', body: { note: 'Old note', verdict: 'true' }, created: '2023-11-14T22:13:20.000Z', modified: '2023-11-14T22:15:00.000Z' });
  });

  it('restores a ClaimLens backup verbatim and reports a bad record by row and field', async () => {
    const good = (await plan('a.json', fixture('claimreviews.json'))).statements;
    const backup = { format: BACKUP_FORMAT, version: 1, exportedAt: 'x', statements: [...good, { ...good[0], id: 'bad', verdict: 'sort of' }], notes: [], packs: [{ id: 'p1', name: 'P', source: 'f', count: 3, importedAt: 5 }], settings: { ...DEFAULT_SETTINGS, showCheckworthy: true } };
    const p = await plan('backup.json', JSON.stringify(backup));
    expect(p.format).toBe('backup');
    expect(p.statements).toEqual(JSON.parse(JSON.stringify(good)));
    expect(p.errors).toEqual([{ row: 4, field: 'verdict', reason: expect.stringContaining('must be one of') }]);
    expect(p.settings?.showCheckworthy).toBe(true);
    await expect(plan('b.json', JSON.stringify({ ...backup, version: 9 }))).rejects.toThrow(/version 9/);
  });

  it('exports ClaimReview JSON-LD and CSV that import back to the same claims and labels', async () => {
    const first = (await plan('a.json', fixture('claimreviews.json'))).statements;
    const again = (await plan('b.json', JSON.stringify(statementsToClaimReviewDoc(first)))).statements;
    const pick = (s: (typeof first)[number]) => [s.text, s.verdict, s.verdictLabel, s.summary, s.reviewer, s.reviewUrl, s.reviewDate, s.claimant, s.tags];
    expect(again.map(pick)).toEqual(first.map(pick));
    const csv = await plan('c.csv', statementsToCsv(first));
    expect(csv.statements.map(pick)).toEqual(first.map(pick));
  });
});

describe('hostile and broken inputs', () => {
  it('truncated JSON: one clear message, nothing planned', () => {
    const text = fixture('claimreviews.json');
    expect(() => detectImport('cut.json', text.slice(0, text.length / 2))).toThrow(ImportError);
    expect(() => detectImport('cut.json', text.slice(0, text.length / 2))).toThrow(/not valid JSON.*cut off/);
  });

  it('wrong types: each bad row listed by row, field and reason; the good rows stay importable', async () => {
    const p = await plan('h.json', fixture('hostile.json'));
    expect(p.statements).toHaveLength(2);
    expect(p.errors).toEqual([
      { row: 2, field: 'claimReviewed', reason: 'must be text' },
      { row: 2, field: 'reviewRating', reason: 'must be a Rating object' },
    ]);
  });

  it('a 50 MB file is refused before it is read, with the size and the limit', () => {
    expect(() => checkImportSize('big.json', 50 * 1024 * 1024)).toThrow(/50\.0 MB; ClaimLens imports files up to 40\.0 MB\. Split it/);
    expect(() => checkImportSize('empty.json', 0)).toThrow(/empty/);
    expect(() => checkImportSize('ok.json', 1024)).not.toThrow();
  });

  it('CSV with a BOM, semicolons and quoted newlines: columns guessed, rows read whole', async () => {
    const d = detectImport('s.csv', fixture('semicolons.csv')) as Extract<Detected, { format: 'csv' }>;
    expect(d.table.delimiter).toBe(';');
    expect(d.table.headers[0]).toBe('claim');
    expect(d.mapping).toMatchObject({ claim: 'claim', rating: 'rating', summary: 'summary', reviewUrl: 'review_url', tags: 'tags' });
    const p = await planImport(d, { now: 1, packId: 'p', csvMapping: d.mapping });
    expect(p.statements.map((s) => [s.text, s.verdict, s.summary])).toEqual([
      ['A claim; with a semicolon', 'false', 'Line one\nline two'],
      ['Second "quoted" claim', 'mostly-true', 'Plain'],
    ]);
    expect(p.errors).toEqual([{ row: 3, field: 'column "claim"', reason: 'is missing' }]);
    await expect(planImport(d, { now: 1, csvMapping: { claim: 'claim' } })).rejects.toThrow(/claim and the rating/);
  });

  it('an unknown rating scale: imported as Unproven with the label kept, and reported', async () => {
    const p = await plan('h.json', fixture('hostile.json'));
    const s = p.statements.find((x) => x.text.includes('scale nobody knows'))!;
    expect(s).toMatchObject({ verdict: 'unproven', verdictLabel: 'Three Bananas' });
    expect(p.warnings).toContainEqual({ row: 3, field: 'reviewRating', reason: expect.stringContaining('"Three Bananas" is not on a known rating scale') });
  });

  it('markup stays text and a javascript: review URL is dropped with a warning', async () => {
    const p = await plan('h.json', fixture('hostile.json'));
    const s = p.statements[0]!;
    expect(s.summary).toBe('<img src=x onerror=alert(1)> The toll did not change.');
    expect(s.reviewer).toBe('<b>Bold Reviewer</b>');
    expect(s.reviewUrl).toBeUndefined();
    expect(p.warnings).toContainEqual({ row: 1, field: 'url', reason: 'is not an http(s) link; it was left out' });
    // the preview says the markup will show as text, field by field
    expect(p.warnings).toContainEqual({ row: 1, field: 'reviewBody', reason: 'contains HTML markup (<img src=x onerror=alert(1)>); it is kept and shown as text' });
    expect(p.warnings).toContainEqual({ row: 1, field: 'author.name', reason: 'contains HTML markup (<b>); it is kept and shown as text' });
  });

  it('warns of HTML character references and tags, not of text that only looks alike', async () => {
    const rows = [
      review('Trump&#8217;s claim about tariffs.'),
      review('The toll is < 5 dollars & > 2 dollars, says R&D.'),
    ];
    const p = await plan('m.json', JSON.stringify(rows));
    expect(p.warnings.filter((w) => /HTML markup/.test(w.reason)).map((w) => [w.row, w.field])).toEqual([[1, 'claimReviewed']]);
  });

  it('a date that is not a date: the row is imported without it, and the column is named', async () => {
    const csv = 'claim,rating,claim_date,review_date\r\nThe bridge cost $2 billion.,False,yesterday,2024-05-01\r\nThe toll rose.,True,2023-01-02,soon\r\n';
    const p = await plan('d.csv', csv);
    expect(p.statements.map((s) => [s.claimDate, s.reviewDate])).toEqual([[undefined, '2024-05-01'], ['2023-01-02', undefined]]);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([
      { row: 1, field: 'column "claim_date"', reason: '"yesterday" is not a date; it was left out' },
      { row: 2, field: 'column "review_date"', reason: '"soon" is not a date; it was left out' },
    ]);
  });

  it('JSON of no known shape says which formats are read', () => {
    expect(() => detectImport('x.json', '{"hello": 1}')).toThrow(/No fact-checks found.*ClaimReview JSON-LD/);
  });

  it('stops between slices when cancelled', async () => {
    const many = JSON.stringify(Array.from({ length: 50 }, (_, i) => review(`Claim ${i}.`)));
    const ctrl = new AbortController();
    const seen: number[] = [];
    const run = plan('m.json', many, { slice: 10, signal: ctrl.signal, onProgress: (done) => { seen.push(done); if (done >= 20) ctrl.abort(); } });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(seen).toEqual([10, 20]);
  });
});
