import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/match/analyze';
import { datesIn } from '../../lib/match/dates';
import { verify } from '../../lib/match/verify';

const check = (statement: string, sentence: string) => {
  const s = analyze(statement);
  return verify(s.facts, s.set, analyze(sentence).facts);
};

describe('verify', () => {
  it('lets a sentence leave out a detail but not replace it', () => {
    expect(check('Sen. Sanders did vote five times against the Brady bill.', 'Senator Sanders, you voted against the Brady bill.')).toBe('ok');
    expect(check('Sanders voted five times against the Brady bill.', 'Sanders voted three times against the Brady bill.')).toBe('number');
    expect(check('Aid totaled $66.9 billion.', 'Aid totaled $66.9 million.')).toBe('scale');
    expect(check('Trump says Ukraine started the war.', 'Trump says Russia started the war.')).toBe('entity');
    expect(check('Trump says Ukraine started the war.', 'He claimed that Ukraine started the war.')).toBe('ok');
  });

  it('compares negation only in the part of the sentence that states the statement', () => {
    expect(check('The vaccine causes autism.', 'The vaccine does not cause autism.')).toBe('negation');
    expect(check('The vaccine causes autism.', "I don't know who said it first, but the vaccine causes autism, they claim.")).not.toBe('negation');
  });

  it('says coverage when nothing is shared', () => {
    expect(check('The vaccine causes autism.', 'Oil prices rose.')).toBe('coverage');
  });
});

describe('datesIn', () => {
  it('reads both orders and ISO dates as days since 1970', () => {
    const d = Date.UTC(2020, 0, 14) / 86_400_000;
    expect(datesIn('— Julie (@jf) January 14, 2020')).toEqual([d]);
    expect(datesIn('14 January 2020')).toEqual([d]);
    expect(datesIn('stated on Jan. 14, 2020 in a tweet')).toEqual([d]);
    expect(datesIn('2020-01-14')).toEqual([d]);
    expect(datesIn('in 2020, about 14 people')).toEqual([]);
  });
});
