import { describe, expect, it } from 'vitest';
import asset from '../../assets/models/checkworthy.json';
import {
  CHECKWORTHY_FORMAT,
  checkworthiness,
  checkworthyFeatures,
  checkworthyMargin,
  checkworthyTokens,
  claimMarkers,
  compileCheckworthy,
  distinctWords,
  isCheckworthy,
  type CheckworthyModel,
} from '../../lib/match/checkworthy';

const model: CheckworthyModel = asset;

/** A hand-made model: one unigram, one word vector value, nothing else. */
const tiny = (over: Partial<CheckworthyModel> = {}): CheckworthyModel => ({
  format: CHECKWORTHY_FORMAT,
  bias: -1,
  plattScale: 1,
  plattShift: 0,
  threshold: 0.5,
  defaultIdf: 2,
  groups: { '1.0': { jobs: 4 } },
  words: { jobs: 1 },
  ...over,
});

describe('check-worthiness features', () => {
  it('folds numbers and percentages, keeps words lower-cased', () => {
    expect(checkworthyTokens('Unemployment fell to 3.5% in 2019, $4 billion.')).toEqual(['unemployment', 'fell', 'to', '#pct', 'in', '#num', '$', '#num', 'billion']);
  });

  it('counts unigrams and bigrams with sentence-end marks', () => {
    const f = checkworthyFeatures('Jobs, jobs and jobs.');
    expect(f.get('jobs')).toBe(3);
    expect(f.get('^ jobs')).toBe(1);
    expect(f.get('jobs jobs')).toBe(1);
    expect(f.get('jobs $')).toBe(1);
    expect(f.get('and')).toBe(1);
    expect(f.get('m:len1')).toBe(1);
    expect(distinctWords(f).sort()).toEqual(['and', 'jobs']);
  });

  it('marks numbers, money, years, past tense, inner capitals and comparatives', () => {
    const text = 'Senator Obama voted for 94 tax increases in 2007, which cost more than $1 billion.';
    const m = claimMarkers(text, checkworthyTokens(text));
    expect(m).toEqual(expect.arrayContaining(['num', 'money', 'year', 'ed1', 'caps1', 'comparative', 'len4']));
    expect(m).not.toContain('question');
    expect(m).not.toContain('opinion');
  });

  it('marks questions, first-person opinions and modals', () => {
    const text = 'I think we should do better, don\'t you?';
    const m = claimMarkers(text, checkworthyTokens(text));
    expect(m).toEqual(expect.arrayContaining(['question', 'opinion', 'modal', 'caps0', 'ed0']));
    expect(m).not.toContain('num');
  });
});

describe('check-worthiness scoring', () => {
  it('adds the normalised TF-IDF dot product and the mean word value to the bias', () => {
    // "jobs": x = idf 1 (tf 1); "rise": unknown, default IDF 2; norm sqrt(1 + 4 + ...); words: jobs 1, rise 0.
    const text = 'jobs rise';
    const f = checkworthyFeatures(text);
    const xs = [...f.entries()].map(([k, n]) => (1 + Math.log(n)) * (k === 'jobs' ? 1 : 2));
    const norm = Math.sqrt(xs.reduce((a, x) => a + x * x, 0));
    expect(checkworthyMargin(tiny(), text)).toBeCloseTo(-1 + 4 / norm + 1 / 2, 10);
    expect(checkworthiness(tiny(), text)).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 4 / norm + 0.5))), 10);
  });

  it('gives the bias alone for empty text', () => {
    expect(checkworthyMargin(tiny(), '')).toBe(-1);
  });

  it('rejects a stale or malformed asset with a clear error', () => {
    const stale = { weights: { jobs: 1 }, bias: 0, threshold: 0.5 } as unknown as CheckworthyModel;
    expect(() => isCheckworthy(stale, 'jobs')).toThrow(/expected format "checkworthy-svm-2".*npm run train:checkworthy/);
    expect(() => compileCheckworthy(tiny({ plattShift: '0' as unknown as number }))).toThrow(/format/);
  });
});

describe('shipped check-worthiness model', () => {
  it('has the current format', () => {
    expect(model.format).toBe(CHECKWORTHY_FORMAT);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(() => compileCheckworthy(model)).not.toThrow();
  });

  const claims = [
    'We have lost 70,000 manufacturing jobs in this state since 2001.',
    'Unemployment fell to 4.5 percent last year, the lowest rate in a decade.',
    'The governor raised taxes on the middle class three times.',
    'Senator Kerry voted against the $87 billion for our troops in Iraq.',
  ];
  const chat = [
    'Thank you very much, it is great to be here tonight.',
    'What would you do about it?',
    'I think we need a president who listens.',
    'Let me finish.',
  ];

  it('flags factual claims and not chat, questions or opinions', () => {
    for (const c of claims) expect(isCheckworthy(model, c), c).toBe(true);
    for (const c of chat) expect(isCheckworthy(model, c), c).toBe(false);
    expect(Math.min(...claims.map((c) => checkworthiness(model, c)))).toBeGreaterThan(Math.max(...chat.map((c) => checkworthiness(model, c))));
  });

  it('gives a probability strictly between 0 and 1, also for empty text', () => {
    for (const t of ['', ...claims, ...chat]) {
      const p = checkworthiness(model, t);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });
});
