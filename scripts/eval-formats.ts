import { dayOf } from '../lib/match/dates';
import { readFileSync } from 'node:fs';

/** One fact-checked claim of a CheckThat! claims file (JSONL). */
export interface EvalClaim {
  id: string;
  text: string;
  /** `title` and `subtitle` joined, when present. */
  title?: string;
  /** Who made the claim (`speaker`): the matcher's claimant. */
  claimant?: string;
  date?: string;
}

/**
 * Reads a claims JSONL file (CLEF CheckThat! 2021 Task 2A/2B): one object a line with `vclaim_id`
 * and `vclaim`, optionally `title`, `subtitle`, `speaker`, `date`; blank lines are skipped.
 * @throws Error naming the file and line when a line is not JSON or lacks `vclaim_id`/`vclaim`
 */
export function readClaims(path: string): EvalClaim[] {
  const out: EvalClaim[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${path}:${i + 1}: not a JSON object`);
    }
    const id = o.vclaim_id;
    const text = o.vclaim;
    if (typeof id !== 'string' || typeof text !== 'string') throw new Error(`${path}:${i + 1}: needs "vclaim_id" and "vclaim" strings`);
    const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : undefined);
    const title = [str('title'), str('subtitle')].filter(Boolean).join(' ') || undefined;
    out.push({ id, text, title, claimant: str('speaker'), date: str('date') });
  });
  return out;
}

/**
 * Reads a queries TSV: `id<TAB>text` a line; a first line `id<TAB>...` naming columns is skipped.
 * @throws Error naming the file and line when a line has no tab
 */
export function readQueries(path: string): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${path}:${i + 1}: expected "id<TAB>text"`);
    const id = line.slice(0, tab).trim();
    if (i === 0 && /^(query_?id|id|iclaim_id|tweet_id)$/i.test(id)) return;
    out.push({ id, text: line.slice(tab + 1).trim() });
  });
  return out;
}

/**
 * Reads TREC qrels (`query_id 0 doc_id relevance`, tabs or spaces); relevance > 0 counts.
 * @returns query id -> set of relevant claim ids
 * @throws Error naming the file and line when a line has fewer than 4 fields
 */
export function readQrels(path: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const f = line.trim().split(/\s+/);
    if (f.length < 4) throw new Error(`${path}:${i + 1}: expected "query_id 0 doc_id relevance"`);
    if (i === 0 && !/^\d+$/.test(f[3]!)) return;
    if (Number(f[3]) <= 0) return;
    let set = out.get(f[0]!);
    if (!set) out.set(f[0]!, (set = new Set()));
    set.add(f[2]!);
  });
  return out;
}

/**
 * The date a CheckThat! debate query id starts with (`20160926_1pres_0012` -> `2016-09-26`): the
 * debate's date, which the evaluation passes as the page's date.
 * @returns an ISO date, or undefined when the id does not start with a valid YYYYMMDD date and `_`
 */
export function dateOfQueryId(id: string): string | undefined {
  const m = /^(\d{8})_/.exec(id);
  return m ? dayOf(m[1]) : undefined;
}

/**
 * The event a CheckThat! debate query id names after its date (`20170822_Trump_phoenix_0204` ->
 * `Trump phoenix`): what the page's headline is to the extension, so the evaluation passes it as
 * the matcher's context (`MatchOptions.context`) together with the date.
 * @returns undefined when the id does not start with a valid YYYYMMDD date and `_`
 */
export function contextOfQueryId(id: string): string | undefined {
  if (!dateOfQueryId(id)) return undefined;
  return id.replace(/^\d{8}_/, '').replace(/_\d+$/, '').replace(/_/g, ' ').trim() || undefined;
}
