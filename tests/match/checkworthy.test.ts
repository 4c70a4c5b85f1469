import { describe, expect, it } from 'vitest';
import model from '../../assets/models/checkworthy.json';
import { checkworthiness, checkworthyFeatures, isCheckworthy } from '../../lib/match/checkworthy';

describe('check-worthiness', () => {
  it('folds numbers and adds bigrams and shape markers', () => {
    const f = checkworthyFeatures('Unemployment fell to 3.5% in 2019.');
    expect(f).toContain('w:unemployment');
    expect(f).toContain('b:to_#pct');
    expect(f).toContain('w:#num');
    expect(f).toContain('m:number');
  });

  it('scores a factual claim above a greeting', () => {
    const claim = 'We have lost 70,000 manufacturing jobs in this state since 2001.';
    const chat = 'Thank you very much, it is great to be here tonight.';
    expect(checkworthiness(model, claim)).toBeGreaterThan(checkworthiness(model, chat));
    expect(isCheckworthy(model, claim)).toBe(true);
    expect(isCheckworthy(model, chat)).toBe(false);
  });

  it('gives a probability for empty text', () => {
    const p = checkworthiness(model, '');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });
});
