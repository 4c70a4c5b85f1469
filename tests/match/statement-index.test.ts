import { describe, expect, it } from 'vitest';
import { SAMPLE_STATEMENTS } from './sample-statements';
import { StatementIndex } from '../../lib/match/statement-index';
import { stem } from '../../lib/match/terms';

const statements = SAMPLE_STATEMENTS;
const index = new StatementIndex(statements);

describe('StatementIndex', () => {
  it('finds a statement that a longer sentence repeats in other words', () => {
    const m = index.match(
      'The U.S. has since distanced itself from Kyiv, with the aid pause reflecting a shift from Biden-era support that totaled $66.9 billion by March 2025.',
    );
    expect(m?.statementId).toBe('aid');
  });

  it('finds a paraphrase with other word forms', () => {
    expect(index.match('Some allies pushed for tariffs of 500% on countries that buy Russian oil, Senator Lindsey Graham said.')?.statementId).toBe('tariffs');
    expect(index.match('Trump conceded he had made no progress with Putin toward ending the war.')?.statementId).toBe('progress');
  });

  it('rejects a sentence whose named actor differs (hard case 20)', () => {
    expect(index.match('Russia started the war.')).toBeUndefined();
    expect(index.candidates('Russia started the war.').find((c) => c.statementId === 'started')?.rejection).toBe('entity');
  });

  it('accepts the same sentence with the same actor', () => {
    expect(index.match('Trump claimed that Ukraine started the war.')?.statementId).toBe('started');
  });

  it('rejects a sentence whose number differs', () => {
    const s = 'Biden-era U.S. military support for Ukraine totaled $61.4 billion.';
    expect(index.match(s)).toBeUndefined();
    expect(index.candidates(s)[0]?.rejection).toBe('number');
  });

  it('rejects a sentence whose scale differs', () => {
    expect(index.match('Biden-era U.S. military support for Ukraine totaled $66.9 million.')).toBeUndefined();
  });

  it('rejects a sentence whose negation differs', () => {
    const s = 'Trump said he made progress with Putin on ending the war.';
    expect(index.match(s)).toBeUndefined();
    expect(index.candidates(s).find((c) => c.statementId === 'progress')?.rejection).toBe('negation');
    expect(index.match('The MMR vaccine does not cause autism in children.')).toBeUndefined();
  });

  it('stays silent on unrelated or merely similar sentences', () => {
    expect(index.match('The war entered its fourth year with heavy fighting in the east.')).toBeUndefined();
    expect(index.match('Oil prices edged higher on Friday.')).toBeUndefined();
    expect(index.match('')).toBeUndefined();
  });

  it('keeps a match when a bulk import of templated statements shares one number with the sentence', () => {
    // Words in every imported statement weigh almost nothing, so "third" -> 3 alone covers "... number 3 ...".
    const templated = Array.from({ length: 3000 }, (_, i) => ({ id: `bulk-${i}`, text: `Synthetic claim number ${i} about topic ${i} and the budget of city ${i % 314} rising by ${i} percent.` }));
    const note = { id: 'note', text: 'House Speaker Mike Johnson faces a fragile majority.' };
    const sentence = 'House Speaker Mike Johnson faces a fragile majority, with two Republicans joining Democrats to oppose an earlier bill vote, and a third absent amid reported exhaustion.';
    const bulk = new StatementIndex([...statements, note, ...templated]);
    expect(bulk.candidates(sentence).filter((c) => c.statementId.startsWith('bulk-') && c.cover > 0.9).length, 'one-number look-alikes').toBeGreaterThan(0);
    expect(bulk.match(sentence)?.statementId).toBe('note');
  });

  it('highlights a claim stored twice (two fact-checkers, or an import repeating the starter pack), and keeps negation twins apart', () => {
    const text = 'Lightning never strikes the same place twice.';
    const sentence = 'Lightning never strikes the same place twice, the old saying goes.';
    const once = new StatementIndex([...statements, { id: 'lightning-a', text }]);
    expect(once.match(sentence)?.statementId).toBe('lightning-a');
    // the same words, other case and quotes: one claim, one highlight (before: two look-alikes, none)
    const twice = new StatementIndex([...statements, { id: 'lightning-a', text }, { id: 'lightning-b', text: '"LIGHTNING never strikes the same place twice"' }]);
    expect(['lightning-a', 'lightning-b']).toContain(twice.match(sentence)?.statementId);
    // a statement and its negation are two claims: the sentence states one of them
    const both = new StatementIndex([...statements, { id: 'cold-yes', text: 'Vitamin C prevents the common cold.' }, { id: 'cold-no', text: 'Vitamin C does not prevent the common cold.' }]);
    expect(both.match('Vitamin C does not prevent the common cold.')?.statementId).toBe('cold-no');
    expect(both.match('Vitamin C prevents the common cold, the advert claims.')?.statementId).toBe('cold-yes');
  });

  it('scores coverage between 0 and 1', () => {
    for (const c of index.candidates('Ukraine started the war, Trump said, and tariffs of 500% loom.')) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('stem', () => {
  it('conflates inflections', () => {
    expect(stem('started')).toBe(stem('starting'));
    expect(stem('starts')).toBe('start');
    expect(stem('tariffs')).toBe(stem('tariff'));
    expect(stem('shipments')).toBe(stem('shipment'));
    expect(stem('prices')).toBe(stem('price'));
    expect(stem('totalled')).toBe(stem('totaled'));
  });
  it('leaves short words and numbers alone', () => {
    expect(stem('war')).toBe('war');
    expect(stem('66.9')).toBe('66.9');
  });
});
