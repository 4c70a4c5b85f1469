import { describe, expect, it } from 'vitest';
import { foldChar, normalizeForMatch, tokenize } from '../../lib/text/normalize';

/** Input text behind output [start, end), via the map. */
function source(input: string, map: number[], start: number, end: number): string {
  return input.slice(map[start], map[end]);
}

describe('normalizeForMatch', () => {
  it('folds Unicode spaces to one space and maps back (hard case 4)', () => {
    const input = 'July\u00A03, 5\u202F000 and 2\u2009% \u3000 done';
    const { text, map } = normalizeForMatch(input);
    expect(text).toBe('july 3, 5 000 and 2 % done');
    expect(map).toHaveLength(text.length + 1);
    expect(input[map[4] as number]).toBe('\u00A0');
    const at = text.indexOf('5 000');
    expect(source(input, map, at, at + 5)).toBe('5\u202F000');
  });

  it('removes soft hyphen, zero-width characters, word joiner and BOM, offsets still map (hard case 5)', () => {
    const input = '\uFEFFinfra\u00ADstruc\u200Bture wo\u2060rd a\u200C\u200Db';
    const { text, map } = normalizeForMatch(input);
    expect(text).toBe('infrastructure word ab');
    expect(source(input, map, 0, 14)).toBe('infra\u00ADstruc\u200Bture');
    expect(map[0]).toBe(1);
    expect(map[text.length]).toBe(input.length);
  });

  it('folds curly quotes, apostrophes, dashes and minus (hard case 6)', () => {
    expect(normalizeForMatch('Trump’s “no progress”—at ‘all’ – 2−1 ‚x‛ „y‟ «z»').text)
      .toBe(`trump's "no progress"-at 'all' - 2-1 'x' "y" "z"`);
  });

  it('collapses runs of whitespace and newlines, trims the ends (hard case 7)', () => {
    const input = '  \n The\n\n  deficit\t fell \u200B \r\n';
    const { text, map } = normalizeForMatch(input);
    expect(text).toBe('the deficit fell');
    expect(map[3]).toBe(input.indexOf('\n\n'));
    expect(map[text.length]).toBe(input.length);
  });

  it('applies NFKC per cluster and lower-cases', () => {
    expect(normalizeForMatch('ﬁne ＡＢＣ１２ Ⅻ ½').text).toBe('fine abc12 xii 1⁄2');
    const composed = normalizeForMatch('Cafe\u0301 ÉCOLE');
    expect(composed.text).toBe('café école');
    expect(composed.map.slice(0, 6)).toEqual([0, 1, 2, 3, 5, 6]);
  });

  it('does not let NFKC invent a space', () => {
    expect(normalizeForMatch('a\u00A8b').text).toBe('a\u00A8b');
  });

  it('keeps UTF-16 offsets right after astral characters (hard case 24)', () => {
    const input = '😀 🇺🇦 Aid 𝐀';
    const { text, map } = normalizeForMatch(input);
    const at = text.indexOf('aid');
    expect(source(input, map, at, at + 3)).toBe('Aid');
    expect(input.slice(map[at] as number)).toBe('Aid 𝐀');
  });

  it('maps every output slice back to an input slice that folds to the same text', () => {
    const input = ' “Putin’s\u00A0stance” —\n un\u00ADyielding, ﬁrm ';
    const { text, map } = normalizeForMatch(input);
    // Output units from one input cluster ('ﬁ' -> 'fi') share an offset: cut only between clusters.
    const cuts = [...map.keys()].filter((i) => i === 0 || map[i] !== map[i - 1]);
    for (const s of cuts) {
      for (const e of cuts.filter((c) => c > s)) {
        const back = normalizeForMatch(source(input, map, s, e)).text;
        expect(back).toBe(text.slice(s, e).trim());
      }
    }
  });

  it('handles the empty string', () => {
    expect(normalizeForMatch('')).toEqual({ text: '', map: [0] });
    expect(normalizeForMatch(' \u00AD ')).toEqual({ text: '', map: [3] });
  });
});

describe('foldChar', () => {
  it('folds one character or cluster', () => {
    expect(foldChar('\u00A0')).toBe(' ');
    expect(foldChar('\u00AD')).toBe('');
    expect(foldChar('’')).toBe("'");
    expect(foldChar('—')).toBe('-');
    expect(foldChar('Ä')).toBe('ä');
    expect(foldChar('ﬀ')).toBe('ff');
    expect(foldChar('＂')).toBe('"');
  });
});

describe('tokenize', () => {
  it('keeps decimal numbers whole and splits currency and percent signs', () => {
    expect(tokenize('totaled $66.9 billion by March 2025')).toEqual(['totaled', '$', '66.9', 'billion', 'by', 'march', '2025']);
    expect(tokenize('500% tariffs')).toEqual(['500', '%', 'tariffs']);
    expect(tokenize('€1,000,000 and 1,5')).toEqual(['€', '1000000', 'and', '1', '5']);
  });

  it('keeps inner apostrophes, splits hyphens, folds first', () => {
    expect(tokenize('I didn’t—Trump’s 24-hour Russia-Ukraine')).toEqual(['i', "didn't", "trump's", '24', 'hour', 'russia', 'ukraine']);
  });

  it('splits a number from following letters but keeps digits inside words', () => {
    expect(tokenize('3rd covid19 G7')).toEqual(['3', 'rd', 'covid19', 'g7']);
  });

  it('reads Unicode letters and ignores punctuation', () => {
    expect(tokenize('Зеленський, « Ukraine » : déjà-vu… ')).toEqual(['зеленський', 'ukraine', 'déjà', 'vu']);
    expect(tokenize(' — ')).toEqual([]);
  });
});

describe('normalizeForMatch on plain ASCII', () => {
  it('folds exactly as the general path does (a removed character forces that path)', () => {
    let seed = 3;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = 'aZ9 .,\'"-%$tT\t\n  ';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let n = Math.floor(rand() * 30); n > 0; n--) s += alphabet[Math.floor(rand() * alphabet.length)];
      const fast = normalizeForMatch(s);
      const general = normalizeForMatch(s + '\u00AD');
      expect(fast.text).toBe(general.text);
      expect(fast.map.slice(0, -1)).toEqual(general.map.slice(0, -1));
      expect(fast.map.at(-1)).toBe(s.length);
    }
  });
});
