import { afterEach, describe, expect, it } from 'vitest';
import { LONG_SENTENCE_CHARS, segmentSentences } from '../../lib/text/segment';
import { REPORTULTRA_SENTENCES } from './reportultra-sentences';

const texts = (text: string) => segmentSentences(text).map((s) => s.text);

describe('segmentSentences on the reportultra article', () => {
  REPORTULTRA_SENTENCES.forEach((expected, i) => {
    it(`splits block ${i} at every sentence boundary and nowhere else`, () => {
      const block = expected.join(' ');
      const got = segmentSentences(block);
      expect(got.map((s) => s.text)).toEqual(expected);
      for (const s of got) expect(block.slice(s.start, s.end)).toBe(s.text);
    });
  });
});

describe('segmentSentences abbreviations', () => {
  it('keeps titles with the name', () => {
    expect(texts('Sen. Lindsey Graham spoke. Mr. and Mrs. Smith left. Dr. Jones and Gov. Lee agreed.'))
      .toEqual(['Sen. Lindsey Graham spoke.', 'Mr. and Mrs. Smith left.', 'Dr. Jones and Gov. Lee agreed.']);
    expect(texts('Rep. Ocasio-Cortez, Gen. Milley, Lt. Col. Vindman and Sgt. York met Prof. Stoner in St. Petersburg.'))
      .toHaveLength(1);
    expect(texts('Pres. Biden spoke. Ms. Harris did not.')).toEqual(['Pres. Biden spoke.', 'Ms. Harris did not.']);
  });

  it('splits after Jr. or Sr. when a sentence starter follows', () => {
    expect(texts('It was signed by Martin Luther King Jr. He wrote it in jail.'))
      .toEqual(['It was signed by Martin Luther King Jr.', 'He wrote it in jail.']);
    expect(texts('Robert Downey Jr. Said nothing.')).toHaveLength(1);
  });

  it('joins month abbreviations before a day', () => {
    expect(texts('Russia invaded on Feb. 24, 2022. Talks began in Sept. 2023 and Dec. 5 passed.'))
      .toEqual(['Russia invaded on Feb. 24, 2022.', 'Talks began in Sept. 2023 and Dec. 5 passed.']);
    for (const m of ['Jan.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.']) {
      expect(texts(`It ended ${m} 3 in Kyiv.`)).toHaveLength(1);
    }
  });

  it('keeps initialisms joined to the next word, but splits before a sentence starter', () => {
    expect(texts('The U.S. Senate voted. U.K. and E.U. officials met at the U.N. Security Council in Washington, D.C. Monday.'))
      .toEqual(['The U.S. Senate voted.', 'U.K. and E.U. officials met at the U.N. Security Council in Washington, D.C. Monday.']);
    expect(texts('Aid came from the U.S. The war went on.')).toEqual(['Aid came from the U.S.', 'The war went on.']);
    expect(texts('J. Edgar Hoover ran it. He left.')).toEqual(['J. Edgar Hoover ran it.', 'He left.']);
  });

  it('joins "No." before a number and "vs.", "e.g.", "i.e." always', () => {
    expect(texts('He is the No. 1 target. No. That is wrong.')).toEqual(['He is the No. 1 target.', 'No.', 'That is wrong.']);
    expect(texts('It was Kyiv vs. Moscow. Some allies, e.g. Poland, agreed. Others, i.e. Hungary, did not.'))
      .toEqual(['It was Kyiv vs. Moscow.', 'Some allies, e.g. Poland, agreed.', 'Others, i.e. Hungary, did not.']);
  });

  it('joins "etc." and "a.m."/"p.m." before lower case only', () => {
    expect(texts('Drones, missiles, etc. were used. Tanks, guns, etc. The list goes on.'))
      .toEqual(['Drones, missiles, etc. were used.', 'Tanks, guns, etc.', 'The list goes on.']);
    expect(texts('It began at 4 a.m. local time and ended at 9 p.m. Trump spoke later.'))
      .toEqual(['It began at 4 a.m. local time and ended at 9 p.m.', 'Trump spoke later.']);
  });
});

describe('segmentSentences quotes and offsets', () => {
  it('keeps the closing quote with its sentence', () => {
    expect(texts('He said “no progress.” Then he left. She asked “why?” Nobody knew.'))
      .toEqual(['He said “no progress.”', 'Then he left.', 'She asked “why?”', 'Nobody knew.']);
    expect(texts('He said "stop." It stopped.')).toEqual(['He said "stop."', 'It stopped.']);
  });

  it('joins a quoted question or exclamation to the lower-case words that follow', () => {
    expect(texts('“Why?” he asked. “Now!” she said.')).toEqual(['“Why?” he asked.', '“Now!” she said.']);
  });

  it('returns trimmed UTF-16 offsets', () => {
    const text = '  😀 First one.   Second\u00A0one!  ';
    const got = segmentSentences(text);
    expect(got.map((s) => s.text)).toEqual(['😀 First one.', 'Second\u00A0one!']);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got[0]?.start).toBe(2);
  });

  it('handles empty and whitespace-only text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n ')).toEqual([]);
  });

  it('throws RangeError on an invalid locale', () => {
    expect(() => segmentSentences('Hi.', 'not a locale!')).toThrow(RangeError);
  });
});

describe('segmentSentences without Intl.Segmenter', () => {
  const saved = Intl.Segmenter;
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', { value: saved, configurable: true, writable: true });
  });

  it('falls back to punctuation and still applies the abbreviation rules', () => {
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
    expect(texts('Sen. Graham spoke. The U.S. Senate voted! Why? “Yes.” Done'))
      .toEqual(['Sen. Graham spoke.', 'The U.S. Senate voted!', 'Why?', '“Yes.”', 'Done']);
  });
});

describe('segmentSentences on run-on text (a list or transcript without stops)', () => {
  const CLAIM = 'Russia launched a drone attack on Kyiv, injuring 14 and sparking fires across multiple districts';
  const filler = (i: number) => `item ${i} of the running list goes on without a stop here`;
  const pieces = (text: string) => segmentSentences(text);

  it(`cuts a run over ${LONG_SENTENCE_CHARS} units into its clauses, the claim's its own, offsets right`, () => {
    const clauses = [...Array.from({ length: 60 }, (_, i) => filler(i)), CLAIM, ...Array.from({ length: 60 }, (_, i) => filler(60 + i))];
    const run = clauses.join('; ');
    expect(run.length).toBeGreaterThan(6000);
    const got = pieces(run);
    expect(got.length).toBeGreaterThan(10);
    for (const s of got) {
      expect(s.text.length).toBeLessThanOrEqual(LONG_SENTENCE_CHARS);
      expect(run.slice(s.start, s.end)).toBe(s.text);
      // cut after "; ", never inside a clause
      expect(s.text.endsWith(';') || s.end === run.length).toBe(true);
    }
    // the claim is a piece of its own: its clause, not the list around it
    expect(got.find((s) => s.text.includes(CLAIM))?.text).toBe(`${CLAIM};`);
    // contiguous: only the whitespace after each cut is left out
    expect(got.map((s) => s.text).join(' ')).toBe(run);
  });

  it('cuts at every clause mark (semicolon, colon, spaced dash); a long clause at commas, then spaces', () => {
    const dashes = Array.from({ length: 30 }, (_, i) => filler(i)).join(' \u2014 ');
    expect(pieces(dashes).map((s) => s.text)).toEqual(Array.from({ length: 30 }, (_, i) => (i < 29 ? `${filler(i)} \u2014` : filler(i))));
    const commas = Array.from({ length: 40 }, (_, i) => filler(i)).join(', ');
    for (const s of pieces(commas).slice(0, -1)) expect(s.text.endsWith(',')).toBe(true);
    const spaces = Array.from({ length: 40 }, (_, i) => filler(i)).join(' ');
    expect(pieces(spaces).every((s) => s.text.length <= LONG_SENTENCE_CHARS)).toBe(true);
    expect(pieces(spaces).map((s) => s.text).join(' ')).toBe(spaces);
  });

  it('cuts a run without spaces at the limit, never inside a surrogate pair', () => {
    const emoji = '\u{1F4F0}'.repeat(700);
    const got = pieces(emoji);
    expect(got.map((s) => s.text).join('')).toBe(emoji);
    for (const s of got) {
      expect(s.text.length).toBeLessThanOrEqual(LONG_SENTENCE_CHARS);
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s.text)).toBe(false);
    }
  });

  it('leaves sentences of news length whole', () => {
    const long = `${'A long but ordinary sentence, with clauses; and more, '.repeat(10)}ends here.`;
    expect(long.length).toBeLessThan(LONG_SENTENCE_CHARS);
    expect(texts(long)).toEqual([long]);
  });
});
