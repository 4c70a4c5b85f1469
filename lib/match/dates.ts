const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "January 14, 2020", "Jan. 14 2020" */
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi');
/** "14 January 2020" */
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'gi');
/** A year as the forms below write it. */
const YEAR = /(?:19|20)\d\d/;
/** ISO "2020-01-14" */
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;

function day(y: number, m: number, d: number): number | undefined {
  if (m < 0 || m > 11 || d < 1 || d > 31) return undefined;
  return Math.floor(Date.UTC(y, m, d) / 86_400_000);
}

/**
 * Full calendar dates written in a text (English month names, either order, or ISO 8601).
 * @returns days since 1970-01-01 (UTC), in text order; years alone are not dates here
 */
export function datesIn(text: string): number[] {
  const out: number[] = [];
  // every form below has a year: most texts have none
  if (!YEAR.test(text)) return out;
  const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase());
  // exec with lastIndex rather than matchAll: no regex copy per text (speed)
  for (let m = first(MDY, text); m; m = MDY.exec(text)) {
    const v = day(Number(m[3]), month(m[1]!), Number(m[2]));
    if (v !== undefined) out.push(v);
  }
  for (let m = first(DMY, text); m; m = DMY.exec(text)) {
    const v = day(Number(m[3]), month(m[2]!), Number(m[1]));
    if (v !== undefined) out.push(v);
  }
  for (let m = first(ISO, text); m; m = ISO.exec(text)) {
    const v = day(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (v !== undefined) out.push(v);
  }
  return out;
}

/**
 * The calendar day a date string names, as written (the time and zone are dropped: the day a page
 * shows its readers). Accepts ISO 8601 (`2025-07-04T16:33:00+07:00`), `2016-02-01 01:28:49` and
 * the compact `20170113`.
 * @returns `YYYY-MM-DD`, or undefined for anything else, an impossible day or a year outside 1900..2100
 */
export function dayOf(value: string | null | undefined): string | undefined {
  const v = value?.trim() ?? '';
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || day(y, mo - 1, d) === undefined) return undefined;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1) return undefined; // 2025-02-30
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The context date of `MatchOptions.date` (statement-index.ts) in days since 1970-01-01, or undefined when not given.
 * @throws RangeError when it is neither a finite number nor a day {@link dayOf} reads
 */
export function contextDay(date: string | number | undefined): number | undefined {
  if (date === undefined) return undefined;
  if (typeof date === 'number') {
    if (!Number.isFinite(date)) throw new RangeError(`not a day number: ${date}`);
    return Math.floor(date);
  }
  const iso = dayOf(date);
  if (!iso) throw new RangeError(`not an ISO date: "${date}"`);
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
}

/** The first match of a global regex in `text`, from the start. */
function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}
