import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT } from '../../lib/store/annotation-model';
import { foldForSearch, LibrarySearch } from '../../lib/store/library-query';
import type { Statement } from '../../lib/types';

const st = (id: string, text: string, over: Partial<Statement> = {}): Statement => ({
  id, text, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'PolitiFact', origin: 'import', tags: [], language: 'en', createdAt: 0, updatedAt: 0, ...over,
});

const search = new LibrarySearch(
  [
    st('1', 'Zelenskyy met Trump in Paris.', { reviewDate: '2025-01-02', verdict: 'true', tags: ['Ukraine'] }),
    st('2', 'Crime fell by 10% in Chicago.', { reviewDate: '2024-06-01', packId: 'pf' }),
    st('3', 'Ukraine aid totals $66.9 billion.', { reviewDate: '2025-03-01', origin: 'personal', tags: ['ukraine', 'aid'] }),
    st('4', 'Café owners pay more tax.', { reviewDate: '2023-01-01', claimant: 'Mayor Ruiz' }),
  ],
  [
    {
      '@context': ANNOTATION_CONTEXT, type: 'Annotation', id: 'n', url: 'https://news.example/a',
      target: { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'Chicago murders', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 15 }] },
      body: { note: 'Check this number', verdict: 'mostly-false', tags: [], links: [] }, created: '2025-02-01T00:00:00.000Z', modified: '2025-02-01T00:00:00.000Z',
    },
  ],
);
const ids = (f: Parameters<LibrarySearch['query']>[0]) => search.query(f, 0, 50).rows.map((r) => r.id);

describe('LibrarySearch', () => {
  it('lists newest first and pages', () => {
    expect(ids({ query: '' })).toEqual(['3', 'n', '1', '2', '4']);
    expect(search.query({ query: '' }, 1, 2)).toMatchObject({ total: 5, rows: [{ id: 'n' }, { id: '1' }] });
  });
  it('needs every word, ignores case and accents, and searches notes and their quotes', () => {
    expect(ids({ query: 'UKRAINE billion' })).toEqual(['3']);
    expect(ids({ query: 'cafe' })).toEqual(['4']);
    expect(ids({ query: 'ruiz' })).toEqual(['4']);
    expect(ids({ query: 'chicago' })).toEqual(['n', '2']);
    expect(foldForSearch('Ça “va”')).toBe('ca "va"');
  });
  it('lists rows with the query words as whole words first ("42" before "142" and "420"), newest first within each', () => {
    const many = new LibrarySearch(
      [
        st('a', 'Cheese variety 142 sold out.', { reviewDate: '2025-05-01' }),
        st('b', 'Cheese variety 42 won a prize.', { reviewDate: '2025-01-01' }),
        st('c', 'Cheese variety 420 is new.', { reviewDate: '2025-04-01' }),
        st('d', 'Cheese variety 42, again.', { reviewDate: '2024-01-01' }),
      ],
      [],
    );
    expect(many.query({ query: 'cheese variety 42' }, 0, 10).rows.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    // with a filter the words are checked row by row: the same order
    expect(many.query({ query: 'variety 42', verdict: 'false' }, 0, 10).rows.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('filters by verdict, origin, pack, notes, tag and date', () => {
    expect(ids({ query: '', verdict: 'true' })).toEqual(['1']);
    expect(ids({ query: '', verdict: 'mostly-false' })).toEqual(['n']);
    expect(ids({ query: '', source: 'origin:personal' })).toEqual(['3']);
    expect(ids({ query: '', source: 'pack:pf' })).toEqual(['2']);
    expect(ids({ query: '', source: 'notes' })).toEqual(['n']);
    expect(ids({ query: '', tag: 'UKRAINE' })).toEqual(['3', '1']);
    expect(ids({ query: '', from: '2024-01-01', to: '2025-01-31' })).toEqual(['1', '2']);
    expect(ids({ query: '', from: '2025-02-01', to: '2025-02-01' })).toEqual(['n']);
    expect(search.tags()).toEqual(['ukraine', 'aid']);
  });
});
