/**
 * Search and filters over the library (statements and notes in one list), in memory. The background
 * builds one {@link LibrarySearch} per database state and answers page-sized slices of a query, so
 * the library page never holds 100,000 rows. Figures: `npm run bench:library`.
 */
import type { Statement, Verdict } from '../types';
import type { AnnotationRecord } from './db';

/** One row of the library list. */
export type LibraryRow = { kind: 'statement'; id: string; statement: Statement } | { kind: 'note'; id: string; note: AnnotationRecord };

/** What the list shows. Empty fields do not filter. */
export interface LibraryFilter {
  /** Words that must all occur (in any field shown), case- and accent-insensitive. */
  query: string;
  verdict?: Verdict | '';
  /** `origin:<starter|import|personal|captured>`, `pack:<id>`, or `notes`. */
  source?: string;
  /** A tag, compared case-insensitively. */
  tag?: string;
  /** ISO dates (`YYYY-MM-DD`), inclusive, on the review date (else claim date, else when added). */
  from?: string;
  to?: string;
}

interface Entry {
  row: LibraryRow;
  hay: string;
  verdict?: Verdict;
  sources: string[];
  tags: string[];
  date: string;
}

/**
 * Folds text for search: lower case, curly quotes straightened, accents dropped (NFKD without
 * combining marks; only for non-ASCII text, which keeps the common case fast).
 */
export function foldForSearch(s: string): string {
  const lower = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201c\u201d]/g, (c) => (c < '\u201c' ? "'" : '"'));
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function statementEntry(s: Statement): Entry {
  const hay = foldForSearch([s.text, s.claimant, s.summary, s.reviewer, s.verdictLabel, s.reviewUrl, s.tags.join(' ')].filter(Boolean).join('\n'));
  const sources = [`origin:${s.origin}`];
  if (s.packId) sources.push(`pack:${s.packId}`);
  return { row: { kind: 'statement', id: s.id, statement: s }, hay, verdict: s.verdict, sources, tags: s.tags.map((t) => t.toLowerCase()), date: s.reviewDate ?? s.claimDate ?? isoDay(s.createdAt) };
}

function noteEntry(n: AnnotationRecord): Entry {
  const hay = foldForSearch([n.body.note, n.target.selector[0].exact, n.url, n.body.tags.join(' ')].join('\n'));
  // `created` is ISO 8601; parsed so an offset other than Z still gives the UTC day.
  const date = isoDay(Date.parse(n.created) || 0);
  return { row: { kind: 'note', id: n.id, note: n }, hay, verdict: n.body.verdict, sources: ['notes'], tags: n.body.tags.map((t) => t.toLowerCase()), date };
}

/**
 * Most hits ranked by {@link wholeWordsFirst} (about 1 microsecond a row in `npm run bench:library`);
 * a broader query keeps the newest-first order, within the search's 100 ms budget.
 */
const RANK_AT_MOST = 20_000;

/** True for a letter or digit (a character that would make a word longer). */
function wordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 48 && x <= 57) || (x >= 97 && x <= 122) || (x >= 65 && x <= 90);
  return /[\p{L}\p{N}]/u.test(c);
}

/** Whether `term` occurs in `hay` as a whole word (no letter or digit right before or after it). */
function hasWholeWord(hay: string, term: string): boolean {
  for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) {
    if (!wordChar(hay[at - 1]) && !wordChar(hay[at + term.length])) return true;
  }
  return false;
}

/**
 * Rows where every query word stands as a whole word ("42" in "variety 42") before rows where one
 * is only part of a word ("142", "420"); newest first within each group (the order of `hits`).
 * More than {@link RANK_AT_MOST} hits stay as they are.
 * @param hits entry indexes in list order
 * @param terms the folded query words
 */
function wholeWordsFirst(hits: Int32Array, terms: string[], hay: (i: number) => string): Int32Array {
  if (!terms.length || hits.length < 2 || hits.length > RANK_AT_MOST) return hits;
  const out = new Int32Array(hits.length);
  let front = 0;
  let back = hits.length;
  // rows with every word whole go to the front in order; the others fill the back, then turn round
  for (const i of hits) {
    const h = hay(i);
    if (terms.every((t) => hasWholeWord(h, t))) out[front++] = i;
    else out[--back] = i;
  }
  out.subarray(front).reverse();
  return out;
}

/** The library's rows, newest first, with the search over them. */
export class LibrarySearch {
  private readonly entries: Entry[];
  /** Every entry's folded text, joined by U+0000 in list order: one `indexOf` scan finds a word's rows. */
  private readonly all: string;
  /** `starts[i]` is where entry i's text begins in {@link all}; one extra end element. */
  private readonly starts: Int32Array;
  private last: { key: string; hits: Int32Array } | undefined;

  /** Builds the search; cost is linear in the total text length. */
  constructor(statements: Statement[], notes: AnnotationRecord[]) {
    this.entries = [...statements.map(statementEntry), ...notes.map(noteEntry)];
    this.entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    this.starts = new Int32Array(this.entries.length + 1);
    let at = 0;
    this.entries.forEach((e, i) => {
      this.starts[i] = at;
      at += e.hay.length + 1;
    });
    this.starts[this.entries.length] = at;
    this.all = this.entries.map((e) => e.hay).join('\u0000');
  }

  /** Indexes (ascending) of the entries whose text contains `term`: one scan of {@link all}, skipping to the next entry after each hit. */
  private rowsWith(term: string): Int32Array {
    const out: number[] = [];
    let from = 0;
    for (;;) {
      const p = this.all.indexOf(term, from);
      if (p < 0) break;
      // Binary search: the last entry starting at or before p.
      let lo = 0;
      let hi = this.entries.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= p) lo = mid;
        else hi = mid - 1;
      }
      out.push(lo);
      from = this.starts[lo + 1]!;
    }
    return Int32Array.from(out);
  }

  /** Number of rows. */
  get size(): number {
    return this.entries.length;
  }

  /** Indexes of the rows that pass the filter (the last answer is cached for paging). */
  private hits(f: LibraryFilter): Int32Array {
    const key = JSON.stringify([f.query.trim(), f.verdict ?? '', f.source ?? '', f.tag ?? '', f.from ?? '', f.to ?? '']);
    if (this.last?.key === key) return this.last.hits;
    const words = foldForSearch(f.query).split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length);
    const terms = [...words];
    const tag = f.tag?.trim().toLowerCase();
    // Without other filters, the longest word (usually the rarest) picks candidate rows with one
    // scan of the joined text; with filters, the cheap field checks go first and words are checked per row.
    const filtered = !!(f.verdict || f.source || tag || f.from || f.to);
    const candidates = terms.length && !filtered ? this.rowsWith(terms.shift()!) : undefined;
    const count = candidates ? candidates.length : this.entries.length;
    const out = new Int32Array(count);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : k;
      const e = this.entries[i]!;
      if (f.verdict && e.verdict !== f.verdict) continue;
      if (f.source && !e.sources.includes(f.source)) continue;
      if (tag && !e.tags.includes(tag)) continue;
      if (f.from && e.date < f.from) continue;
      if (f.to && e.date > f.to) continue;
      let ok = true;
      for (const t of terms) {
        if (!e.hay.includes(t)) {
          ok = false;
          break;
        }
      }
      if (ok) out[n++] = i;
    }
    const hits = wholeWordsFirst(out.slice(0, n), words, (i) => this.entries[i]!.hay);
    this.last = { key, hits };
    return hits;
  }

  /**
   * One page of a query's answer.
   * @param offset first row (0-based), limit rows at most
   * @returns the total number of matching rows and the rows of the page
   */
  query(f: LibraryFilter, offset: number, limit: number): { total: number; rows: LibraryRow[] } {
    const hits = this.hits(f);
    const rows: LibraryRow[] = [];
    for (let i = Math.max(0, offset); i < Math.min(hits.length, offset + limit); i++) rows.push(this.entries[hits[i]!]!.row);
    return { total: hits.length, rows };
  }

  /** Tags in use, most frequent first (at most `limit`). */
  tags(limit = 200): string[] {
    const counts = new Map<string, number>();
    for (const e of this.entries) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([t]) => t);
  }
}
