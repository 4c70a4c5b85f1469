import { MAX_QUOTE_CHARS } from '../anchor/describe';
import type { TextSelectors } from '../anchor/types';
import { VERDICTS, type Verdict } from '../types';

/** JSON-LD context of a W3C Web Annotation (https://www.w3.org/TR/annotation-model/ §3.1). */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** What the reader wrote: the note, an optional verdict on the canonical scale, tags and source links. */
export interface AnnotationBody {
  /** Plain text; URLs in it are shown as links. */
  note: string;
  verdict?: Verdict;
  tags: string[];
  /** http(s) URLs only. */
  links: string[];
}

/**
 * A personal note, stored as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 * `target.source` is the page's canonical URL, `target.selector` a TextQuoteSelector and a
 * TextPositionSelector. `url` repeats `target.source` for the IndexedDB index. Schema version 2.
 */
export interface AnnotationRecord {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'Annotation';
  /** Unique id (a UUID). */
  id: string;
  url: string;
  target: { source: string; selector: TextSelectors };
  body: AnnotationBody;
  /** ISO 8601 date-time (W3C §3.3.5 `created`). */
  created: string;
  /** ISO 8601 date-time (W3C §3.3.5 `modified`); also the version an edit must start from. */
  modified: string;
}

/** Limits that keep one note small (characters are UTF-16 units). */
export const LIMITS = { note: 10_000, tags: 20, tag: 50, links: 20, link: 2000 };

/**
 * Checks and cleans a note's body as the form or an import sends it: trims the note, drops empty and
 * repeated tags and links.
 * @returns the cleaned body
 * @throws Error with a message for the reader when a field is unusable: a verdict not on the canonical
 *   scale, a link that is not http(s), or a field over {@link LIMITS}
 */
export function cleanBody(input: unknown): AnnotationBody {
  const b = (input ?? {}) as Record<string, unknown>;
  const note = typeof b.note === 'string' ? b.note.trim() : '';
  if (note.length > LIMITS.note) throw new Error(`The note is ${note.length} characters long; the limit is ${LIMITS.note}.`);
  const verdict = b.verdict === undefined || b.verdict === '' || b.verdict === null ? undefined : b.verdict;
  if (verdict !== undefined && !VERDICTS.includes(verdict as Verdict)) {
    throw new Error(`"${String(verdict)}" is not a verdict; use one of: ${VERDICTS.join(', ')}.`);
  }
  const tags = unique(strings(b.tags, 'tags').map((t) => t.trim().replace(/^#/, '')).filter(Boolean));
  if (tags.length > LIMITS.tags) throw new Error(`A note takes at most ${LIMITS.tags} tags.`);
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long) throw new Error(`The tag "${long.slice(0, 20)}…" is longer than ${LIMITS.tag} characters.`);
  const links = unique(strings(b.links, 'links').map((l) => l.trim()).filter(Boolean));
  if (links.length > LIMITS.links) throw new Error(`A note takes at most ${LIMITS.links} links.`);
  for (const l of links) {
    if (!isWebUrl(l) || l.length > LIMITS.link) throw new Error(`"${l.slice(0, 60)}" is not a web address: links must start with http:// or https://.`);
  }
  return verdict === undefined ? { note, tags, links } : { note, verdict: verdict as Verdict, tags, links };
}

/**
 * Checks the selectors of a target: a non-empty quote of at most MAX_QUOTE_CHARS and integer offsets
 * (a missing or unusable TextPositionSelector becomes 0..0, which anchoring treats as a weak hint).
 * @param input the W3C `selector` list, in any order; other selector types are ignored
 * @param opts `storedOrphan`: also accept the empty quote migrations.ts gives a v1 note that had none
 *   (such a note is stored, shown as an orphan and must survive a backup or an undo)
 * @throws Error when there is no quote, or it is too long
 */
export function cleanSelectors(input: unknown, opts: { storedOrphan?: boolean } = {}): TextSelectors {
  const list = Array.isArray(input) ? (input as Array<Record<string, unknown>>) : [];
  const q = list.find((s) => s?.type === 'TextQuoteSelector');
  const p = list.find((s) => s?.type === 'TextPositionSelector');
  const orphan = opts.storedOrphan && q?.exact === '';
  if (!q || typeof q.exact !== 'string' || (!orphan && !q.exact.trim())) throw new Error('The note has no quoted text to attach to.');
  if (q.exact.length > MAX_QUOTE_CHARS) throw new Error(`The quote is longer than ${MAX_QUOTE_CHARS} characters.`);
  const start = Number(p?.start);
  const end = Number(p?.end);
  const okPos = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
  return [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: typeof q.prefix === 'string' ? q.prefix : '', suffix: typeof q.suffix === 'string' ? q.suffix : '' },
    { type: 'TextPositionSelector', start: okPos ? start : 0, end: okPos ? end : 0 },
  ];
}

/** True for an absolute http(s) URL. */
export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function strings(v: unknown, field: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`"${field}" must be a list of texts.`);
  return v as string[];
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
