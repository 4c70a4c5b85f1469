import { describe, expect, it } from 'vitest';
import { StatementIndex } from '../../lib/match/statement-index';

const statements = [
  { id: 'aid', text: 'Biden-era U.S. military support for Ukraine totaled $66.9 billion.' },
  { id: 'started', text: 'Ukraine started the war.', title: 'Did Ukraine start the war?' },
  { id: 'vaccine', text: 'The MMR vaccine causes autism in children.', date: '2019-03-01' },
];

describe('StatementIndex serialise/load', () => {
  it('answers the same after a structured-clone round trip (as IndexedDB stores it)', () => {
    const index = new StatementIndex(statements);
    const loaded = StatementIndex.load(structuredClone(index.serialise()));
    expect(loaded.size).toBe(3);
    for (const s of ['Trump claimed that Ukraine started the war.', 'Russia started the war.', 'Does the MMR vaccine cause autism in children?']) {
      expect(loaded.match(s)).toEqual(index.match(s));
      expect(loaded.candidates(s)).toEqual(index.candidates(s));
    }
    expect(loaded.match('Trump claimed that Ukraine started the war.')?.statementId).toBe('started');
  });

  it('refuses data that is not a serialised index, with what to do', () => {
    expect(() => StatementIndex.load({} as never)).toThrow(/rebuild it/);
    expect(() => StatementIndex.load({ ...new StatementIndex(statements).serialise(), format: 'other' } as never)).toThrow(/not a ClaimLens index/);
    // a saved index of this format that lost a part (a damaged store) is refused too, not failed on later
    const { claimants: _claimants, ...damaged } = new StatementIndex(statements).serialise();
    expect(() => StatementIndex.load(damaged as never)).toThrow(/not a ClaimLens index/);
  });

  it('works on an empty collection', () => {
    const empty = new StatementIndex([]);
    expect(empty.match('Ukraine started the war.')).toBeUndefined();
    expect(StatementIndex.load(empty.serialise()).candidates('anything')).toEqual([]);
  });
});
