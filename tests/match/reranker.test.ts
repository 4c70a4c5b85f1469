import { describe, expect, it } from 'vitest';
import model from '../../assets/models/reranker.json';
import { contextDay } from '../../lib/match/dates';
import { claimantKey, contextWords, FEATURE_NAMES } from '../../lib/match/features';
import { checkModel, crowded, crowdOf, highlightOf, type HighlightRule } from '../../lib/match/reranker';
import { StatementIndex } from '../../lib/match/statement-index';
import { contextOfQueryId, dateOfQueryId } from '../../scripts/eval-formats';

const rule: HighlightRule = { rank: 0.95, coverRank: 0.45, cover: 0.75, coverTerms: 3, margin: 0.6, minCover: 0.5, crowd: 2, crowdGap: 1 };
const cand = (score: number, cover = 0.9, shared = 5) => ({ score, cover, shared });

describe('highlightOf', () => {
  it('highlights a probable candidate that leads its look-alikes', () => {
    expect(highlightOf([cand(0.2), cand(0.97)], 2, rule)).toBe(1);
  });
  it('stays silent when two statements are equally probable (twins) or too many look alike', () => {
    expect(highlightOf([cand(0.97), cand(0.96)], 2, rule)).toBe(-1);
    expect(highlightOf([cand(0.99)], 3, rule)).toBe(-1);
  });
  it('takes the cover path only for a statement mostly restated with enough terms', () => {
    expect(highlightOf([cand(0.6, 0.8, 4)], 1, rule)).toBe(0);
    expect(highlightOf([cand(0.6, 1, 2)], 1, rule)).toBe(-1);
    // Three terms are enough only when all of the statement is there.
    expect(highlightOf([cand(0.6, 1, 3)], 1, rule)).toBe(0);
    expect(highlightOf([cand(0.6, 0.81, 3)], 1, rule)).toBe(-1);
    expect(highlightOf([cand(0.6, 0.5, 6)], 1, rule)).toBe(-1);
  });
  it('lets an explicit threshold replace the probability paths', () => {
    expect(highlightOf([cand(0.5, 0.1, 1)], 1, rule, 0.4)).toBe(0);
    expect(highlightOf([], 0, rule)).toBe(-1);
  });
  it('is silent on a crowd whatever the scores, which is what lets match skip judging it', () => {
    for (let crowd = 0; crowd <= 5; crowd++) {
      expect(crowded(crowd, rule)).toBe(crowd > rule.crowd);
      if (crowded(crowd, rule)) {
        expect(highlightOf([cand(1, 1, 9)], crowd, rule)).toBe(-1);
        expect(highlightOf([cand(1, 1, 9)], crowd, rule, 0)).toBe(-1);
      } else expect(highlightOf([cand(1, 1, 9)], crowd, rule)).toBe(0);
    }
  });
});

describe('crowdOf', () => {
  const lookalikes = (covers: number[]) => covers.map((cover) => ({ cover, shared: 4 }));
  it('counts look-alikes of the best-covered candidate, not statements a long sentence half covers', () => {
    const gap = { ...rule, crowdGap: 0.3 };
    // a long sentence: one statement fully there, two others just over the floor
    expect(crowdOf(lookalikes([1, 0.53, 0.6]), gap)).toBe(1);
    // the same claim checked three times: all covered about as well
    expect(crowdOf(lookalikes([0.9, 0.85, 0.8]), gap)).toBe(3);
    // the floor still holds
    expect(crowdOf(lookalikes([0.7, 0.45]), { ...rule, crowdGap: 0.5 }), 'floor').toBe(1);
    expect(crowdOf([], gap)).toBe(0);
  });
  it('counts every candidate that reaches minCover at gap 1', () => {
    expect(crowdOf(lookalikes([1, 0.53, 0.6, 0.5]), rule)).toBe(4);
  });
  it('does not count a statement that shares one term, however well that term covers it', () => {
    expect(crowdOf([{ cover: 1, shared: 7 }, { cover: 0.96, shared: 1 }, { cover: 0.95, shared: 1 }], { ...rule, crowdGap: 0.3 })).toBe(1);
    expect(crowdOf([{ cover: 1, shared: 7 }, { cover: 0.96, shared: 2 }], { ...rule, crowdGap: 0.3 })).toBe(2);
  });
});

describe('re-ranker model asset', () => {
  it('fits this build and rejects a stale one', () => {
    expect(checkModel(model).features).toEqual([...FEATURE_NAMES]);
    expect(() => checkModel({ ...model, features: model.features.slice(1) })).toThrow(/train:reranker/);
    const { crowd: _crowd, ...old } = model.highlight;
    expect(() => checkModel({ ...model, highlight: old as HighlightRule })).toThrow(/train:reranker/);
    const { crowdGap: _gap, ...older } = model.highlight;
    expect(() => checkModel({ ...model, highlight: older as HighlightRule })).toThrow(/train:reranker/);
  });
});

describe('page date (MatchOptions.date)', () => {
  it('parses ISO dates and day numbers, and refuses anything else', () => {
    expect(contextDay('2016-09-26')).toBe(Date.UTC(2016, 8, 26) / 86_400_000);
    expect(contextDay('2016-09-26T23:00:00Z')).toBe(contextDay('2016-09-26'));
    expect(contextDay(17070.5)).toBe(17070);
    expect(contextDay(undefined)).toBeUndefined();
    expect(() => contextDay('September 26, 2016')).toThrow(RangeError);
    expect(() => contextDay('2016-02-30')).toThrow(RangeError);
  });
  it('ranks the statement made near the page date first among twins', () => {
    const twins = [
      { id: 'old', text: 'We are the highest taxed nation in the world.', date: 'stated on February 6, 2012 in a debate' },
      { id: 'new', text: 'We are the highest taxed nation in the world.', date: 'stated on May 8, 2016 in an interview' },
    ];
    const index = new StatementIndex(twins);
    const s = 'We are the highest taxed nation in the world.';
    expect(index.candidates(s, { date: '2016-05-08' })[0]?.statementId).toBe('new');
    expect(index.candidates(s, { date: '2012-02-07' })[0]?.statementId).toBe('old');
    // Twins are ambiguous without a date: nothing is highlighted.
    expect(index.match(s)).toBeUndefined();
  });
  it('is derived by the evaluation only from ids that start with a valid YYYYMMDD date', () => {
    expect(dateOfQueryId('20160926_1pres_0012')).toBe('2016-09-26');
    expect(dateOfQueryId('20160230_x_1')).toBeUndefined();
    expect(dateOfQueryId('tweet-sno-204')).toBeUndefined();
    expect(dateOfQueryId('1234567890')).toBeUndefined();
  });
});

describe('page context (MatchOptions.context)', () => {
  it('names a claimant by the last word of a proper name, and a kind of source by nothing', () => {
    expect(claimantKey('Donald Trump')).toBe('trump');
    expect(claimantKey('Department of Justice')).toBe('justice');
    for (const source of ['Facebook posts', 'Viral image', 'Chain email', 'Social media users', 'viral image']) expect(claimantKey(source), source).toBeUndefined();
    expect(claimantKey('Beto O\u2019Rourke')).toBe("o'rourke");
    expect(claimantKey('viral image')).toBeUndefined();
    expect(claimantKey(undefined)).toBeUndefined();
    expect(contextWords('Trump admits \u2018no progress\u2019')?.has('trump')).toBe(true);
    expect(contextWords('  ')).toBeUndefined();
  });
  it('ranks the statement whose claimant the headline names first among twins, and only then', () => {
    const twins = [
      { id: 'biden', text: 'Unemployment among veterans is lower than in the general population.', claimant: 'Joe Biden' },
      { id: 'trump', text: 'Unemployment among veterans is lower than in the general population.', claimant: 'Donald Trump' },
    ];
    const index = new StatementIndex(twins);
    const s = 'Unemployment among veterans is lower than in the general population.';
    const first = (context?: string) => index.candidates(s, { context })[0]!;
    expect(first('Trump rally in Phoenix').statementId).toBe('trump');
    expect(first('Biden speaks at the convention').statementId).toBe('biden');
    // a context that names neither claimant changes nothing
    const ids = (context?: string) => index.candidates(s, { context }).map((c) => [c.statementId, c.order]);
    expect(ids('Senate hearing on veterans')).toEqual(ids());
    // serialised and loaded, the claimants stay
    const loaded = StatementIndex.load(structuredClone(index.serialise()));
    expect(loaded.candidates(s, { context: 'Trump rally' })[0]!.statementId).toBe('trump');
  });
  it('is derived by the evaluation from the event a dated CheckThat! id names', () => {
    expect(contextOfQueryId('20170822_Trump_phoenix_0204')).toBe('Trump phoenix');
    expect(contextOfQueryId('20160926_1pres_0012')).toBe('1pres');
    expect(contextOfQueryId('tweet-sno-204')).toBeUndefined();
    expect(contextOfQueryId('1234567890')).toBeUndefined();
  });
});
