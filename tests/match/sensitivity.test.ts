import { describe, expect, it } from 'vitest';
import { SAMPLE_STATEMENTS } from './sample-statements';
import model from '../../assets/models/reranker.json';
import { ruleFor, SENSITIVITIES } from '../../lib/match/sensitivity';
import { StatementIndex } from '../../lib/match/statement-index';

const statements = SAMPLE_STATEMENTS;
const index = new StatementIndex(statements);
const sentences = [
  'The U.S. has since distanced itself from Kyiv, with the aid pause reflecting a shift from Biden-era support that totaled $66.9 billion by March 2025.',
  'Graham wants tariffs on buyers of Russian oil.',
  'The vaccine causes autism.',
  'Lindsey Graham floated steep tariffs for nations that keep buying oil from Russia.',
  'Trump admitted no progress with Putin.',
  'The MMR shot leads to autism.',
  'Vaccines like MMR cause autism, some parents believe.',
  'Russia started the war.',
  'Oil prices edged higher on Friday.',
  'The war was started by Ukraine, he claimed.',
];
const matched = (s: (typeof SENSITIVITIES)[number]) => sentences.filter((x) => index.match(x, { sensitivity: s }));

describe('match sensitivity', () => {
  it('balanced is the shipped rule', () => {
    expect(ruleFor(model.highlight, 'balanced')).toEqual(model.highlight);
  });

  it('strict raises every bar and lenient lowers it, within 0..1', () => {
    const [strict, lenient] = [ruleFor(model.highlight, 'strict'), ruleFor(model.highlight, 'lenient')];
    for (const key of ['rank', 'coverRank', 'cover', 'margin', 'minCover'] as const) {
      expect(strict[key]).toBeGreaterThanOrEqual(model.highlight[key]);
      expect(lenient[key]).toBeLessThan(model.highlight[key]);
      expect(strict[key]).toBeLessThanOrEqual(1);
      expect(lenient[key]).toBeGreaterThanOrEqual(0);
    }
    expect(strict.coverTerms).toBeGreaterThan(model.highlight.coverTerms);
    expect(lenient.coverTerms).toBeLessThan(model.highlight.coverTerms);
    expect(strict.crowd).toBeLessThanOrEqual(model.highlight.crowd);
    expect(lenient.crowd).toBeGreaterThan(model.highlight.crowd);
  });

  it('each stricter setting highlights a subset of the looser one', () => {
    const [strict, balanced, lenient] = SENSITIVITIES.map(matched);
    expect(balanced).toEqual(expect.arrayContaining(strict!));
    expect(lenient).toEqual(expect.arrayContaining(balanced!));
  });

  it('lenient also accepts a looser paraphrase that balanced leaves out', () => {
    const loose = 'Graham wants tariffs on buyers of Russian oil.';
    expect(index.match(loose)).toBeUndefined();
    expect(index.match(loose, { sensitivity: 'lenient' })?.statementId).toBe('tariffs');
  });

  it('lenient reaches below the shipped cover floor: the early-exit filter proves its own floor', () => {
    const below = 'The MMR shot leads to autism.';
    const best = index.candidates(below)[0]!;
    expect(best.cover).toBeLessThan(model.highlight.minCover);
    expect(index.match(below)).toBeUndefined();
    expect(index.match(below, { sensitivity: 'lenient' })?.statementId).toBe('vaccine');
  });

  it('no setting lets a different actor or number through (the verifier still decides)', () => {
    for (const s of SENSITIVITIES) {
      expect(index.match('Russia started the war.', { sensitivity: s })).toBeUndefined();
      expect(index.match('Biden-era U.S. military support for Ukraine totaled $61.4 billion.', { sensitivity: s })).toBeUndefined();
    }
  });
});
