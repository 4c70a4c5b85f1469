import { describe, expect, it } from 'vitest';
import { foldChar, isSpaceChar } from '../../lib/text/fold-char';
import { normalizeForMatch } from '../../lib/text/normalize';
import { PLAIN_FOLDS, contentTerms, quickTokens, termOf, tokenNorm, words, wordsFolded } from '../../lib/match/terms';

// The ASCII path of words() skips the offset map; it must give exactly the general path's words.
const TRICKY = [
  "The U.S. didn't raise taxes; it's Trump's plan, isn't it?",
  'Spending rose 1,200.5% to $66.9 billion (3.4 million jobs), 24-hour day, 6th time, 1,5 and 2.',
  "  leading and trailing spaces, and the last word's raw end   ",
  'Tabs\tand\nnewlines\r\nand  double  spaces\v\f',
  "rock'n'roll o'clock 'quoted' can't won't shouldn't've ends with n't",
  'Hyphen-ated words, COVID-19 and covid19, G7, NATO, US and us.',
  'Ends with a URL space ',
  "ends with possessive Obama's  ",
  "ends with negation didn't \t",
  'trailing dot. 50% 50 % 3.14.15 1,000,000 ,5 .5',
  '\x01control\x1fchars\x7f and DEL',
  '',
  '   ',
];

describe('words', () => {
  it('gives the general path words and raw forms on ASCII text', () => {
    for (const t of TRICKY) expect(words(t), JSON.stringify(t)).toEqual(wordsFolded(t));
  });

  it('keeps the raw form of a last word up to the text end, as the folded offsets do', () => {
    expect(words('the US  ').at(-1)).toEqual({ norm: 'us', raw: 'US  ' });
    expect(words('they did\u00a0not')).toEqual(wordsFolded('they did\u00a0not'));
  });

  it('folds non-ASCII text (curly apostrophes, accents, dashes) as before', () => {
    const t = 'Zelenskyy\u2019s aide didn\u2019t say \u201c50\u00a0%\u201d \u2014 Caf\u00e9 NA\u00cfVE\u00ad';
    expect(words(t)).toEqual(wordsFolded(t));
    expect(contentTerms(words(t))).toContain('zelenskyy');
    expect(words(t).map((w) => w.norm)).toContain('not');
  });

  it('splits contractions and keeps numbers whole', () => {
    expect(words("Didn't 1,200.5% Trump's").map((w) => [w.norm, w.raw])).toEqual([
      ['did', 'Did'],
      ['not', "n't"],
      ['1,200.5%', '1,200.5%'],
      ['trump', 'Trump'],
    ]);
  });
});

describe('quickTokens and tokenNorm', () => {
  it("give the terms of words() (the cover filter's look-up keys)", () => {
    for (const t of TRICKY) {
      const viaTokens = quickTokens(t)!.map((tok) => termOf(tokenNorm(tok))).filter((x) => x !== undefined);
      expect(viaTokens, JSON.stringify(t)).toEqual(words(t).map((w) => termOf(w.norm)).filter((x) => x !== undefined));
    }
  });

  it('fold the plain punctuation as normalizeForMatch does', () => {
    for (const [c, f] of Object.entries(PLAIN_FOLDS)) expect(isSpaceChar(c) ? ' ' : foldChar(c), c).toBe(f);
    const plain = [
      'He said \u201cwe didn\u2019t\u201d \u2014 and 1\u20132 \u2026 50\u00a0% \u2022 Trump\u2019s',
      'zero\u200bwidth joins, \u200b alone, 1\u2026 2 a\u2026b U.S.\u2019s 3\u00a0000',
      '\u2018quoted\u2019 rock\u2019n\u2019roll can\u2019t\u00a0\u00a0',
    ];
    for (const t of [...plain, ...TRICKY]) {
      const viaFold = normalizeForMatch(t).text.match(/[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*%?/gu) ?? [];
      expect(quickTokens(t), JSON.stringify(t)).toEqual(viaFold);
      const viaTokens = quickTokens(t)!.map((tok) => termOf(tokenNorm(tok))).filter((x) => x !== undefined);
      expect(viaTokens, JSON.stringify(t)).toEqual(words(t).map((w) => termOf(w.norm)).filter((x) => x !== undefined));
    }
  });

  it('leave other non-ASCII text to the general path', () => {
    expect(quickTokens('Caf\u00e9 didn\u2019t')).toBeUndefined();
    expect(quickTokens('a\u0301 \u2019')).toBeUndefined();
    expect(quickTokens("didn't")).toEqual(["didn't"]);
    expect(["didn't", "trump's", "its", "s's", '1,200.5%'].map(tokenNorm)).toEqual(['did', 'trump', 'its', 's', '1,200.5%']);
  });
});
