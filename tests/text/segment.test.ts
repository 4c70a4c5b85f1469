import { afterEach, describe, expect, it } from 'vitest';
import { segmentSentences } from '../../lib/text/segment';
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
