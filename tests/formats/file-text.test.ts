import { describe, expect, it } from 'vitest';
import { detectImport, ImportError } from '../../lib/formats/detect';
import { readImportText } from '../../lib/formats/file-text';
import { excerpt } from '../../lib/formats/row-report';

/** The start of a real PNG file: signature, IHDR chunk of a 1x1 image. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
  0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
]);

/** Bytes from a seeded generator, so the test is the same every run. */
function randomBytes(n: number, seed = 7, from = 0): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    out[i] = from + (seed >>> 24) % (256 - from);
  }
  return out;
}

/** What the import worker does with a dropped file: read it as text, then detect its format. */
async function open(name: string, bytes: Uint8Array | string): Promise<ImportError> {
  try {
    detectImport(name, await readImportText(new File([bytes as BlobPart], name)));
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${name} was read as an import`);
}

/** Only printable characters: no controls, format characters, unpaired surrogates or U+FFFD. */
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\uFFFD]*$/u;

describe('a file that is not text', () => {
  it('a PNG renamed .json: says in plain words that it is not text and what to choose, without its bytes', async () => {
    const e = await open('photo.json', PNG);
    expect(e.message).toMatch(/^"photo\.json" is not a text file\b.*Choose a ClaimReview JSON, JSON-LD or CSV file.*Nothing was imported\.$/);
    expect(e.message).toMatch(PRINTABLE);
    expect(e.message).not.toMatch(/PNG|IHDR/);
  });

  it('random bytes as .json, .csv or .txt, and random high bytes with no control character at all', async () => {
    for (const [name, bytes] of [['noise.json', randomBytes(4096)], ['noise.csv', randomBytes(4096, 11)], ['small.txt', randomBytes(200, 3)], ['high.json', randomBytes(3000, 5, 0x80)]] as const) {
      const e = await open(name, bytes);
      expect(e.message, name).toMatch(/is not a text file/);
      expect(e.message, name).toMatch(PRINTABLE);
    }
  });

  it('a spreadsheet workbook: says to save it as CSV', async () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...randomBytes(500)]);
    expect((await open('claims.xlsx', xlsx)).message).toMatch(/save it as CSV/);
  });

  it('text still reads: UTF-8 with a BOM, UTF-16 with a BOM (Excel\'s "Unicode text"), and a Western (Windows-1252) CSV with its accents and curly quotes', async () => {
    const csv = 'claim\trating\nThe café is open.\tFalse\n';
    const read = (bytes: Uint8Array) => readImportText(new File([bytes as BlobPart], 'x.txt'));
    expect(await read(new TextEncoder().encode('\uFEFF' + csv))).toMatch(/^\uFEFF?claim\trating\nThe café is open\./);
    const le = new Uint8Array(2 + csv.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) le[2 + 2 * i] = csv.charCodeAt(i);
    expect(await read(le)).toBe(csv);
    const latin1 = Uint8Array.from(csv, (c) => c.charCodeAt(0));
    expect(await read(latin1)).toBe(csv);
    expect(detectImport('x.csv', await read(latin1)).format).toBe('csv');
    // Windows-1252's 0x93/0x94 are curly double quotes, 0x96 an en dash
    const cp1252 = Uint8Array.from([...new TextEncoder().encode('claim\trating\n'), 0x93, 0x4e, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x09, 0x46, 0x0a]);
    expect(await read(cp1252)).toBe('claim\trating\n\u201cNo\u201d \u2013 José\tF\n');
    // valid UTF-8 is never read as Windows-1252
    expect(await read(new TextEncoder().encode(csv))).toBe(csv);
  });

  it('UTF-16 without a byte order mark reads too, in either byte order; binary with NULs is still refused', async () => {
    const csv = 'claim\trating\nThe café is open, “really”.\tFalse\n';
    const read = (bytes: Uint8Array) => readImportText(new File([bytes as BlobPart], 'x.csv'));
    const le = new Uint8Array(csv.length * 2);
    const be = new Uint8Array(csv.length * 2);
    for (let i = 0; i < csv.length; i++) {
      const c = csv.charCodeAt(i);
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
    }
    expect(await read(le)).toBe(csv);
    expect(await read(be)).toBe(csv);
    expect(detectImport('x.csv', await read(le)).format).toBe('csv');
    // NULs all over, not in UTF-16's places: still not text
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...randomBytes(400)]);
    expect((await open('x.csv', png)).message).toMatch(/not a text file/);
  });
});

describe('file content quoted in an error', () => {
  it('broken JSON with control characters: the quoted part is printable and short', () => {
    // V8 quotes the start of the text in "Unexpected token" messages
    const text = 'x\u0007\u0008\u001b[31m\u202e\uFFFD' + 'y'.repeat(500);
    let message = '';
    try {
      detectImport('bad.json', text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^"bad\.json" is not valid JSON/);
    expect(message).toMatch(PRINTABLE);
    expect(message.length).toBeLessThan(260);
  });

  it('excerpt: printable characters only, whitespace runs as one space, cut with an ellipsis', () => {
    expect(excerpt('Three\u0000 Bananas\u202e\n\t!')).toBe('Three Bananas !');
    expect(excerpt('a'.repeat(100), 10)).toBe('aaaaaaaaa…');
    expect(excerpt('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
  });
});
