/**
 * An import file's bytes as text, or a plain refusal when they are not text (an image, a zip, a
 * workbook): decoding such bytes as UTF-8 and parsing them would echo garbage in the error.
 * The test is git's and Perl's `-B` rule of thumb: a NUL byte, or too many control bytes.
 */
import { checkImportSize, ImportError } from './detect';
import { excerpt } from './row-report';

/** Bytes looked at for control characters (the NUL test reads the whole file). */
const SAMPLE = 64 * 1024;
/** More control bytes than this share of the sample: not text. Random bytes have about 1 in 10. */
const MAX_CONTROL_SHARE = 1 / 32;
/** In a sample that is not UTF-8, more bytes >= 0x80 than this share: not text (Latin-1 prose has a few per cent). */
const MAX_HIGH_SHARE = 0.3;

/**
 * Windows-1252 bytes 0x80-0x9F (WHATWG Encoding, index-windows-1252); empty where the byte is unassigned.
 */
const WINDOWS_1252_C1 = [
  '\u20ac', '', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '', '\u017d', '',
  '', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '', '\u017e', '\u0178',
];

/** Workbook formats people pick instead of their CSV export. */
const WORKBOOK = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  let high = 0;
  for (const b of sample) {
    // tab, LF, VT, FF, CR and ESC occur in text files
    if ((b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f) controls++;
    else if (b >= 0x80) high++;
  }
  if (controls > sample.length * MAX_CONTROL_SHARE) return true;
  if (high <= sample.length * MAX_HIGH_SHARE) return false;
  try {
    // `stream`: a character cut at the sample's end is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: bytes.length > SAMPLE });
    return false;
  } catch {
    return true;
  }
}

/** Share of the sample's high (odd for little-endian) bytes that must be NUL to read it as BOM-less UTF-16: Latin text has one in nearly every code unit. */
const UTF16_NUL_SHARE = 0.4;
/** At most this share of the other bytes may be NUL (there, only U+xx00 characters put one). */
const UTF16_OTHER_NUL_SHARE = 0.05;

/**
 * UTF-16 text saved without a byte order mark (some tools' "Unicode" export), recognised by where
 * its NUL bytes fall: the high byte of nearly every Latin character. The common heuristic of text
 * editors (for example Notepad++'s and uchardet's NUL-position test); the text must then decode
 * without error. The NUL test of {@link looksBinary} would otherwise refuse it.
 * @returns the text, or undefined when the bytes are not such UTF-16
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, SAMPLE);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  const encoding = oddNul >= half * UTF16_NUL_SHARE && evenNul <= half * UTF16_OTHER_NUL_SHARE ? 'utf-16le'
    : evenNul >= half * UTF16_NUL_SHARE && oddNul <= half * UTF16_OTHER_NUL_SHARE ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes an import file: UTF-16 when it starts with a UTF-16 byte order mark, or when its NUL bytes
 * fall as UTF-16's do ({@link utf16WithoutBom}); else UTF-8; else, when
 * the bytes are not valid UTF-8 (a CSV saved by a spreadsheet program as "CSV" on Windows, in the
 * Western code page), Windows-1252, so "Café" and curly quotes arrive intact instead of as U+FFFD.
 * (WHATWG Encoding: the `latin1` and `iso-8859-1` labels decode as windows-1252 too.)
 * @param name the file name, for the message
 * @throws ImportError, in plain words with what to choose instead, when the bytes are not text
 */
export function decodeImportText(name: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return utf16;
  if (!looksBinary(bytes)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Browsers decode 0x80-0x9F by the WHATWG table; some runtimes (Node 20) as C1 controls
      return new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c);
    }
  }
  const shown = excerpt(name, 80);
  if (WORKBOOK.test(name)) {
    throw new ImportError(`"${shown}" is a spreadsheet workbook, not a text file: save it as CSV in your spreadsheet program, then import the CSV. Nothing was imported.`);
  }
  throw new ImportError(
    `"${shown}" is not a text file (it may be an image or another kind of document), so ClaimLens cannot read it. Choose a ClaimReview JSON, JSON-LD or CSV file (or a saved fact-check page, W3C Web Annotations or a ClaimLens backup). Nothing was imported.`,
  );
}

/**
 * Reads a dropped or picked import file as text: refuses an empty or too big file before reading
 * it ({@link checkImportSize}), then {@link decodeImportText}.
 * @throws ImportError
 */
export async function readImportText(file: Blob & { name: string }): Promise<string> {
  checkImportSize(file.name, file.size);
  return decodeImportText(file.name, new Uint8Array(await file.arrayBuffer()));
}
