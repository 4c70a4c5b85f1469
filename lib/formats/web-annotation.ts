/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) import and export of personal notes.
 * A note's text is a TextualBody (purpose `commenting`, or none), its tags are TextualBodies with
 * purpose `tagging`, its verdict a TextualBody with purpose `assessing`, its links SpecificResource
 * bodies (or bodies with an http(s) `id`). Export wraps notes in an AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/#annotation-collection) with one AnnotationPage.
 */
import * as v from 'valibot';
import { targetUrl } from '../anchor/target-url';
import { ANNOTATION_CONTEXT, cleanBody, cleanSelectors, type AnnotationRecord } from '../store/annotation-model';
import { VERDICTS, type Verdict } from '../types';
import { safeUrl } from './claimreview';
import { excerpt, rowIssues, type RowIssue } from './row-report';
import { mapVerdict } from './verdict-labels';

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const typeOf = (x: Json): string[] => list(x.type ?? x['@type']).filter((t): t is string => typeof t === 'string');

/** Prefix of the IRIs ClaimLens gives its notes on export; stripped again on import. */
export const NOTE_IRI_PREFIX = 'urn:claimlens:note:';

/** True for an Annotation, an AnnotationPage, an AnnotationCollection, or a list of Annotations. */
export function isWebAnnotationDoc(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length > 0 && doc.every((a) => isObj(a) && typeOf(a).includes('Annotation'));
  if (!isObj(doc)) return false;
  return typeOf(doc).some((t) => t === 'Annotation' || t === 'AnnotationPage' || t === 'AnnotationCollection');
}

/** The annotations of a document: a collection's embedded pages (`first`, then `next` chains), a page's `items`, a list, one annotation. */
export function annotationsIn(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObj(doc)) return [];
  const types = typeOf(doc);
  if (types.includes('Annotation')) return [doc];
  if (types.includes('AnnotationPage')) return list(doc.items);
  const out: unknown[] = list(doc.items);
  let page = doc.first;
  for (let guard = 0; isObj(page) && guard < 10_000; guard++) {
    out.push(...list(page.items));
    page = page.next;
  }
  return out;
}

const Target = v.union(
  [v.string(), v.looseObject({ source: v.string('must be the page URL'), selector: v.optional(v.unknown()) })],
  'must be a URL or an object with a source',
);
const AnnotationSchema = v.looseObject(
  { target: v.union([Target, v.pipe(v.array(Target), v.minLength(1, 'is an empty list'))], 'must be a URL or an object with a source'), body: v.optional(v.unknown()) },
  'must be an object',
);

/** An xsd:dateTime as ISO 8601 UTC (what stored notes hold and sort by), or undefined when unreadable. */
function isoTime(x: unknown): string | undefined {
  const t = typeof x === 'string' ? Date.parse(x) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** What the bodies of one annotation say, before cleaning. */
interface BodyParts {
  texts: string[];
  tags: string[];
  links: string[];
  /** Values of `assessing` bodies. */
  ratings: string[];
  /** Bodies that were neither text nor an http(s) resource. */
  dropped: number;
}

function bodyParts(bodies: unknown[]): BodyParts {
  const parts: BodyParts = { texts: [], tags: [], links: [], ratings: [], dropped: 0 };
  for (const b of bodies) {
    if (typeof b === 'string') parts.texts.push(b);
    if (!isObj(b)) continue;
    const value = typeof b.value === 'string' ? b.value : undefined;
    const purpose = list(b.purpose)[0];
    if (value !== undefined && purpose === 'tagging') parts.tags.push(value);
    else if (value !== undefined && purpose === 'assessing') parts.ratings.push(value);
    else if (value !== undefined) parts.texts.push(value);
    else {
      const link = safeUrl(b.id ?? b['@id'] ?? b.source);
      if (link) parts.links.push(link);
      else parts.dropped++;
    }
  }
  return parts;
}

/**
 * The verdict of an `assessing` body: a canonical verdict as it is, a publisher label mapped
 * (lib/formats/verdict-labels.ts); anything else stays readable in the note text.
 */
function verdictOf(ratings: string[], row: number, warnings: RowIssue[]): { verdict?: Verdict; extra: string[] } {
  let verdict: Verdict | undefined;
  const extra: string[] = [];
  for (const rating of ratings.map((r) => r.trim()).filter(Boolean)) {
    const mapped = VERDICTS.includes(rating as Verdict) ? { verdict: rating as Verdict, known: 'label' } : mapVerdict(rating);
    if (mapped.known === 'label' && !verdict) {
      verdict = mapped.verdict;
      if (mapped.verdict !== rating) warnings.push({ row, field: 'body (assessing)', reason: `"${excerpt(rating)}" read as the verdict ${mapped.verdict}` });
    } else {
      extra.push(`Verdict: ${rating}`);
      warnings.push({ row, field: 'body (assessing)', reason: `"${excerpt(rating)}" is not on the verdict scale; kept in the note text` });
    }
  }
  return { verdict, extra };
}

/**
 * Validates one Web Annotation and turns it into a stored note (schema 2, lib/store/annotation-model.ts),
 * cleaned as a note made in the page is: the target URL without fragment and tracking parameters
 * (lib/anchor/target-url), the selectors as `[TextQuoteSelector, TextPositionSelector]` (a missing
 * position becomes 0..0), the body through `cleanBody`, dates as ISO 8601 UTC.
 * @param row 1-based row number for the report
 * @param now epoch ms for a missing `created`
 * @returns the note, or errors (missing target, target not an http(s) page, no TextQuoteSelector,
 *   no text body, a body over the limits); warnings for what was changed on the way
 */
export function noteFromAnnotation(a: unknown, row: number, now: number): { note?: AnnotationRecord; errors: RowIssue[]; warnings: RowIssue[] } {
  const warnings: RowIssue[] = [];
  const fail = (field: string, reason: string) => ({ errors: [{ row, field, reason }], warnings });
  const parsed = v.safeParse(AnnotationSchema, a);
  if (!parsed.success) return { errors: rowIssues(parsed.issues, row), warnings };
  const o = parsed.output as Json;
  const t = list(o.target)[0] as string | Json;
  let url: string;
  try {
    url = targetUrl(typeof t === 'string' ? t : (t.source as string));
  } catch {
    return fail('target.source', 'is not an http(s) page address');
  }
  let selector: AnnotationRecord['target']['selector'];
  try {
    selector = cleanSelectors(typeof t === 'string' ? [] : list(t.selector));
  } catch (e) {
    return fail('target.selector', `${(e as Error).message} (ClaimLens needs a TextQuoteSelector)`);
  }
  const parts = bodyParts(list(o.body ?? o.bodyValue));
  if (parts.dropped) warnings.push({ row, field: 'body', reason: `${parts.dropped} body item(s) neither text nor an http(s) link were left out` });
  const { verdict, extra } = verdictOf(parts.ratings, row, warnings);
  const note = [...parts.texts, ...extra].join('\n\n').trim();
  if (!note && !parts.tags.length && !verdict) return fail('body', 'has no text (a TextualBody value)');
  let body: AnnotationRecord['body'];
  try {
    body = cleanBody({ note, verdict, tags: parts.tags, links: parts.links });
  } catch (e) {
    return fail('body', (e as Error).message);
  }
  const rawId = typeof o.id === 'string' ? o.id : typeof o['@id'] === 'string' ? (o['@id'] as string) : undefined;
  const id = rawId?.startsWith(NOTE_IRI_PREFIX) ? rawId.slice(NOTE_IRI_PREFIX.length) : (rawId || crypto.randomUUID());
  const created = isoTime(o.created) ?? new Date(now).toISOString();
  return {
    note: { '@context': ANNOTATION_CONTEXT, type: 'Annotation', id, url, target: { source: url, selector }, body, created, modified: isoTime(o.modified) ?? created },
    errors: [],
    warnings,
  };
}

/** One note as a W3C Web Annotation (JSON-LD object without `@context`). */
export function annotationFromNote(n: AnnotationRecord): Json {
  const body: Json[] = [];
  if (n.body.note) body.push({ type: 'TextualBody', value: n.body.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of n.body.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (n.body.verdict) body.push({ type: 'TextualBody', value: n.body.verdict, purpose: 'assessing' });
  for (const link of n.body.links) body.push({ id: link, type: 'SpecificResource' });
  return {
    id: NOTE_IRI_PREFIX + n.id,
    type: 'Annotation',
    created: n.created,
    modified: n.modified,
    body,
    target: { source: n.target.source, selector: n.target.selector },
  };
}
/** Notes as an AnnotationCollection JSON-LD document with a single embedded page. */
export function notesToAnnotationCollection(notes: AnnotationRecord[], label = 'ClaimLens notes'): Json {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(annotationFromNote) },
  };
}
